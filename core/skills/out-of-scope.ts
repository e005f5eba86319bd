import { translate } from '../i18n/translate.js';
import { faqAnswer } from '../replies/faq-replies.js';
import { menuButtons } from '../replies/menu.js';
import { offerHuman } from '../router/offer-human.js';
import type { Skill } from '../router/skill.js';
import { embedQuestion, FAQ_SCORE_FLOOR, searchFaqs } from '../services/faq/search-faqs.js';
import { countFaqUse } from '../services/faq-library/count-faq-use.js';

const QUESTION = /\?\s*$|^(what|where|when|who|why|how|which|can|could|is|are|do|does|will|may|should)\b/i;

/**
 * A message we could not place. The FAQ library gets one more look (people phrase practical questions in
 * ways no classifier expects); a question it cannot answer is offered to the team rather than guessed; anything
 * else gets a plain "sorry" with what we can do (the router counts these).
 */
export const outOfScope: Skill<'embedder' | 'faqSemantics'> = async (ctx) => {
  const text = ctx.text.trim();
  if (text.length > 0) {
    const embedded = await embedQuestion(ctx.embedder, text, ctx.faqSemantics);
    const [best] = await searchFaqs(ctx.em, ctx.event.id, embedded, 1);
    if (best && best.score >= FAQ_SCORE_FLOOR) {
      await countFaqUse(ctx.em, ctx.event.id, best.code);
      return { replies: [faqAnswer(best, ctx.locale)] };
    }
    if (QUESTION.test(text)) {
      // A question below the FAQ floor: noted for `/eventos faq gaps`.
      return {
        ...offerHuman(translate(ctx.locale, 'fallback.goodQuestion'), ctx.now, ctx.locale),
        faqMiss: embedded,
      };
    }
  }
  return {
    replies: [
      {
        kind: 'buttons',
        text: translate(ctx.locale, 'fallback.notUnderstood', { event: ctx.event.name }),
        buttons: menuButtons(ctx.locale),
      },
    ],
    misunderstood: true,
  };
};
