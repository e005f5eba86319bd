import { isUuid } from '../../is-uuid.js';
import { FAQ_GAP_ADD_PREFIX, FAQ_GAPS_SHOWN, faqGapGoneNote } from '../../replies/faq-gap-notes.js';
import { readFaqMissQuestion } from '../../services/faq-gaps/list-faq-gaps.js';
import { answer, defineCommand } from '../command.js';

const [first, ...rest] = Array.from({ length: FAQ_GAPS_SHOWN }, (_, i) => `${FAQ_GAP_ADD_PREFIX}${i + 1}`);

/**
 * "Add FAQ" under `/eventos faq gaps`: the add-FAQ form with the gap's question filled in. The button carries
 * only the question's id; its text is read now, so a text blanked since (retention, "forget me") is not shown.
 */
export const addFaqFromGap = defineCommand({
  name: first!,
  aliases: rest,
  role: 'staff',
  runs: 'at-once',
  parse: (input) => (isUuid(input) ? { missId: input } : null),
  run: async (ctx, args) => ({
    eventId: ctx.seat.eventId,
    question: await readFaqMissQuestion(ctx.em, ctx.seat.eventId, args.missId),
  }),
  reply: (o) =>
    o.question === null
      ? answer(faqGapGoneNote())
      : answer(null, {
          form: { kind: 'faq', eventId: o.eventId, faq: null, question: o.question.slice(0, 300) },
        }),
});
