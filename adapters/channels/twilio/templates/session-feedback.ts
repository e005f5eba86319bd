import { defineTemplate } from './template.js';

/**
 * core/services/feedback/ask-session-feedback.ts: "How was <session>?" after it ended, outside 24 h. A
 * quick-reply template allows 3 buttons, too few for 1–5, so the person replies with the number: the request
 * leaves a feedback question open in their conversation, which reads it (core/pipeline/steps/feedback-answer.ts).
 */
export const sessionFeedback = defineTemplate({
  name: 'session_feedback',
  version: 1,
  category: 'UTILITY',
  variables: {
    '1': { means: 'session title', sample: 'Scaling Postgres with pgvector' },
  },
  languages: {
    en: { body: 'How was {{1}}? Reply with a number from 1 (poor) to 5 (excellent).' },
    pt: { body: 'Como foi {{1}}? Responda com um número de 1 (fraco) a 5 (excelente).' },
    es: { body: '¿Qué tal {{1}}? Responde con un número del 1 (flojo) al 5 (excelente).' },
  },
});
