import { defineTemplate } from './template.js';

/** core/services/networking/meeting-messages.ts: accepted, declined, cancelled, lapsed — variable 1 is the news. */
export const meetingUpdate = defineTemplate({
  name: 'meeting_update',
  version: 1,
  category: 'UTILITY',
  variables: {
    '1': {
      means: 'the news, one sentence',
      sample: "Rui Costa can't make it at 14:30. Shall I suggest other people to meet?",
    },
  },
  languages: {
    en: { body: 'An update about your meetings:\n\n{{1}}\n\nReply here to see your meetings.' },
    pt: { body: 'Novidades sobre os seus encontros:\n\n{{1}}\n\nResponda aqui para ver os seus encontros.' },
    es: { body: 'Novedades sobre tus reuniones:\n\n{{1}}\n\nResponde aquí para ver tus reuniones.' },
  },
});
