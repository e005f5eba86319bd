import { defineTemplate, type QuickReply } from './template.js';

/** Row n is rating n, as in the free-form list (core/replies/feedback-replies.ts). */
const ratings = (): QuickReply[] =>
  [1, 2, 3, 4, 5].map((n) => ({ id: `act:feedback-rate:{{2}}:${n}`, title: String(n) }));

/** core/services/feedback/ask-session-feedback.ts: "How was <session>? 1–5" after it ended, outside 24 h. */
export const sessionFeedback = defineTemplate({
  name: 'session_feedback',
  version: 1,
  category: 'UTILITY',
  configVariable: 'WHATSAPP_FEEDBACK_TEMPLATE_SID',
  variables: {
    '1': { means: 'session title', sample: 'Scaling Postgres with pgvector' },
    '2': { means: 'feedback request id (button payload)', sample: '6f1c2d3e-0000-4000-8000-000000000002' },
  },
  languages: {
    en: { body: 'How was {{1}}? Rate it from 1 to 5 (5 = excellent).', quickReplies: ratings() },
    pt: { body: 'Como foi {{1}}? Dê uma nota de 1 a 5 (5 = excelente).', quickReplies: ratings() },
    es: { body: '¿Qué tal {{1}}? Puntúala del 1 al 5 (5 = excelente).', quickReplies: ratings() },
  },
});
