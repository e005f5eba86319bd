import type { Button, OutboundMessage } from '../messages.js';
import type { ActivityKind } from '../services/leads/record-activity.js';

/** Attendee-facing wording of the sponsor-lead flow. */

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  role: 'role',
  company: 'company',
  interests: 'interests',
  industry: 'industry',
  email: 'email address',
  phone: 'phone number',
};

/** ["name", "role", "company"] → "name, role and company". */
export function describeFields(fields: string[]): string {
  const words = fields.map((f) => FIELD_WORDS[f] ?? f);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export const LEAD_ACTIONS = { ask: 'lead-ask', consent: 'lead-consent', rate: 'rate-lead' } as const;

/**
 * Yes / (Yes, and they may contact me) / No — at most 3 reply buttons of 20 characters on WhatsApp
 * (https://developers.facebook.com/docs/whatsapp/guides/interactive-messages).
 */
export function consentButtons(sponsorCode: string, offerContact: boolean): Button[] {
  const id = (choice: string) => `act:${LEAD_ACTIONS.consent}:${sponsorCode}:${choice}`;
  return [
    { id: id('yes'), title: 'Yes, share' },
    ...(offerContact ? [{ id: id('contact'), title: 'Yes + contact me' }] : []),
    { id: id('no'), title: 'No thanks' },
  ];
}

export function consentQuestion(q: {
  sponsorName: string;
  sponsorCode: string;
  booth: string;
  why: Exclude<ActivityKind, 'session_attended'>;
  fields: string[];
  offerContact: boolean;
}): OutboundMessage {
  const opener = {
    booth_visit: boothWelcome(q.sponsorName, q.booth),
    demo_request: `Happy to set up a demo with ${q.sponsorName}.`,
    share_details: `Happy to connect you with ${q.sponsorName}.`,
  }[q.why];
  const lines = [
    opener,
    `May I share your ${describeFields(q.fields)} with ${q.sponsorName}? Nothing else — and only if you say yes.`,
    q.offerContact
      ? `Choose "Yes + contact me" to also give them your phone number so they can get in touch.`
      : '',
    `You can change your mind any time: say "stop sharing with ${q.sponsorName}".`,
  ].filter(Boolean);
  return { kind: 'buttons', text: lines.join('\n'), buttons: consentButtons(q.sponsorCode, q.offerContact) };
}

/** "👋 Welcome to the Acme Cloud booth (B12)!" — a booth code was scanned or typed. */
export const boothWelcome = (sponsorName: string, booth?: string | null) =>
  `👋 Welcome to the ${sponsorName} booth${booth ? ` (${booth})` : ''}!`;

export const stopHint = (sponsorName: string) =>
  `Say "stop sharing with ${sponsorName}" any time to withdraw.`;
