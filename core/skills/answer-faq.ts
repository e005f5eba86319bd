import { translate } from '../i18n/translate.js';
import { TICKET_TOPIC } from '../nlu/label-schema.js';
import { faqAnswer } from '../replies/faq-replies.js';
import { tierInfo } from '../replies/tier-info-replies.js';
import { offerHuman } from '../router/offer-human.js';
import { MIN_CONFIDENCE } from '../router/route-intent.js';
import type { Skill } from '../router/skill.js';
import { findFaq } from '../services/faq/find-faq.js';
import { embedQuestion, FAQ_SCORE_FLOOR, searchFaqs } from '../services/faq/search-faqs.js';
import { countFaqUse } from '../services/faq-library/count-faq-use.js';
import { listTiers } from '../services/tickets/list-tiers.js';

/**
 * Answers from the event's FAQ library (hybrid vector + keyword search). Below the floor we never guess:
 * we say we are not sure and offer a human.
 */
export const answerFaq: Skill<'embedder' | 'faqSemantics'> = async (ctx) => {
  // A question about the tickets themselves is answered from the tiers, and books nothing.
  if (ctx.understood.slots.faq === TICKET_TOPIC) {
    const { tiers } = await listTiers(ctx.em, ctx.event.id);
    return { replies: [tierInfo(tiers, ctx.understood.slots.tier, ctx.locale)] };
  }
  const question = ctx.text.trim();
  if (question.length === 0 || ctx.inbound.kind === 'button') {
    return { replies: [{ kind: 'text', text: translate(ctx.locale, 'faq.askWhat') }] };
  }
  const embedded = await embedQuestion(ctx.embedder, question, ctx.faqSemantics);
  const hits = await searchFaqs(ctx.em, ctx.event.id, embedded);
  const linked = ctx.understood.slots.faq;
  // The NLU links a FAQ only past its own floor and margin (its question, its alternative phrasings, its
  // concepts), so a confident link is answered even where the keyword and vector search scored low
  // ("Where is the venue?" is mostly stop words).
  const trusted =
    linked && ctx.understood.confidence >= MIN_CONFIDENCE
      ? await findFaq(ctx.em, ctx.event.id, linked)
      : null;
  if (trusted) {
    await countFaqUse(ctx.em, ctx.event.id, trusted.code);
    return { replies: [faqAnswer(trusted, ctx.locale)] };
  }
  const best = hits.find((h) => h.code === linked && h.score >= FAQ_SCORE_FLOOR * 0.8) ?? hits[0];
  if (!best || best.score < FAQ_SCORE_FLOOR) {
    // Unanswered: noted for `/eventos faq gaps` (the pipeline's faq-gaps step stores it with the message).
    return { ...offerHuman(translate(ctx.locale, 'faq.notSure'), ctx.now, ctx.locale), faqMiss: embedded };
  }
  await countFaqUse(ctx.em, ctx.event.id, best.code);
  return { replies: [faqAnswer(best, ctx.locale)] };
};
