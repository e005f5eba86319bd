import { defineTemplate } from './template.js';

/** core/services/networking/meeting-messages.ts: ten minutes before a meeting, outside 24 h. */
export const meetingReminder = defineTemplate({
  name: 'meeting_reminder',
  version: 1,
  category: 'UTILITY',
  variables: {
    '1': { means: 'first name', sample: 'Ana' },
    '2': { means: 'the other person', sample: 'Rui Costa' },
    '3': { means: 'where', sample: 'Lounge A' },
    '4': { means: 'when', sample: '14:30' },
  },
  languages: {
    en: { body: 'Hi {{1}}, in 10 minutes: your meeting with {{2}} at {{3}}, {{4}}. See you there.' },
    pt: { body: 'Olá {{1}}, daqui a 10 minutos: o seu encontro com {{2}} em {{3}}, {{4}}. Até já.' },
    es: { body: 'Hola {{1}}, en 10 minutos: tu reunión con {{2}} en {{3}}, {{4}}. Nos vemos.' },
  },
});
