import { offerHuman } from '../router/offer-human.js';
import type { Skill } from '../router/skill.js';
import { FAQ_SCORE_FLOOR, searchFaqs } from '../services/faq/search-faqs.js';

/**
 * Answers from the event's FAQ library (hybrid vector + keyword search). Below the floor we never guess:
 * we say we are not sure and offer a human.
 */
export const answerFaq: Skill<'embedder'> = async (ctx) => {
  const question = ctx.text.trim();
  if (question.length === 0 || ctx.inbound.kind === 'button') {
    return {
      replies: [
        { kind: 'text', text: 'Sure — what would you like to know? (e.g. "what\'s the Wi-Fi password?")' },
      ],
    };
  }
  const hits = await searchFaqs(ctx.em, ctx.embedder, ctx.event.id, question);
  const linked = ctx.understood.slots.faq;
  const best = hits.find((h) => h.code === linked && h.score >= FAQ_SCORE_FLOOR * 0.8) ?? hits[0];
  if (!best || best.score < FAQ_SCORE_FLOOR) {
    return offerHuman(
      "I'm not sure about that one, and I'd rather not guess. Shall I ask someone from the team to answer you here?",
      ctx.now,
    );
  }
  return { replies: [{ kind: 'text', text: best.answer }] };
};
