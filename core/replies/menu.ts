import type { Button, OutboundMessage } from '../messages.js';

/** Button ids the router understands: `intent:<intent>`, `faq:<code>`, `confirm`, `deny`. */
export const menuButtons: Button[] = [
  { id: 'intent:book_tickets', title: 'Book tickets' },
  { id: 'intent:agenda', title: 'Agenda' },
  { id: 'intent:talk_to_human', title: 'Talk to a human' },
];

export const confirmButtons = (yes = 'Yes', no = 'No'): Button[] => [
  { id: 'confirm', title: yes },
  { id: 'deny', title: no },
];

export function helpMenu(eventName: string): OutboundMessage {
  return {
    kind: 'buttons',
    text: [
      `Here's what I can do for ${eventName}:`,
      '• Tickets — "2 VIP tickets", "my tickets", "cancel my booking"',
      '• Waiting lists — "put me on the VIP waiting list, we are 3", "where am I on the list?"',
      '• Check-in — "selfie check-in": agree once, send a selfie, and at the venue a selfie checks you in',
      '• Privacy — "delete my face data", "forget me"',
      '• Agenda — "what\'s on at 2pm?", "where is the keynote?"',
      '• Networking — "who should I meet?", "meet Bob at 3pm", "my meetings", "I\'m a CTO into Postgres, looking to hire"',
      '• Questions — Wi-Fi, parking, food, refunds… just ask',
      '• Sponsors — ask a sponsor for a demo, or send the code on their booth; nothing is shared without your yes',
      '• A human — say "talk to a human" any time',
      '• STOP to pause updates and offers, START to resume',
      'You can also send voice notes.',
    ].join('\n'),
    buttons: menuButtons,
  };
}
