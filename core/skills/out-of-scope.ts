import { menuButtons } from '../replies/menu.js';
import { offerHuman } from '../router/offer-human.js';
import type { Skill } from '../router/skill.js';
import { FAQ_SCORE_FLOOR, searchFaqs } from '../services/faq/search-faqs.js';

const QUESTION = /\?\s*$|^(what|where|when|who|why|how|which|can|could|is|are|do|does|will|may|should)\b/i;

/**
 * A message we could not place. The FAQ library gets one more look (people phrase practical questions in
 * ways no classifier expects); a question it cannot answer is offered to the team rather than guessed; anything
 * else gets a plain "sorry" with what we can do (the router counts these).
 */
export const outOfScope: Skill<'embedder'> = async (ctx) => {
  const text = ctx.text.trim();
  if (text.length > 0) {
    const [best] = await searchFaqs(ctx.em, ctx.embedder, ctx.event.id, text, 1);
    if (best && best.score >= FAQ_SCORE_FLOOR) return { replies: [{ kind: 'text', text: best.answer }] };
    if (QUESTION.test(text)) {
      return offerHuman(
        "Good question — I don't have the answer, and I'd rather not guess. Shall I ask someone from the team to reply to you here?",
        ctx.now,
      );
    }
  }
  return {
    replies: [
      {
        kind: 'buttons',
        text: `Sorry, I didn't understand that. I can help with ${ctx.event.name}: the agenda, practical questions (Wi-Fi, parking, food…), or reaching the team.`,
        buttons: menuButtons,
      },
    ],
    misunderstood: true,
  };
};
