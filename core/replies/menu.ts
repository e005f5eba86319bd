import type { Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translate.js';
import type { Button, OutboundMessage } from '../messages.js';

/** Button ids the router understands: `intent:<intent>`, `faq:<code>`, `confirm`, `deny`. */
export function menuButtons(locale: Locale): Button[] {
  const t = translator(locale);
  return [
    { id: 'intent:book_tickets', title: t('menu.book') },
    { id: 'intent:agenda', title: t('menu.agenda') },
    { id: 'intent:talk_to_human', title: t('menu.human') },
  ];
}

export const confirmButtons = (yes: string, no: string): Button[] => [
  { id: 'confirm', title: yes },
  { id: 'deny', title: no },
];

export function helpMenu(eventName: string, locale: Locale): OutboundMessage {
  const t = translator(locale);
  return {
    kind: 'buttons',
    text: [
      t('help.intro', { event: eventName }),
      t('help.tickets'),
      t('help.waitlist'),
      t('help.checkin'),
      t('help.privacy'),
      t('help.agenda'),
      t('help.networking'),
      t('help.questions'),
      t('help.sponsors'),
      t('help.human'),
      t('help.stop'),
      t('help.voice'),
      t('help.languages'),
    ].join('\n'),
    buttons: menuButtons(locale),
  };
}
