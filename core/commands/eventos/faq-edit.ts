import { noFaqToEditNote, usageNote } from '../../replies/organizer-command-notes.js';
import { findFaq } from '../../services/faq-library/list-faqs.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos faq edit <code>`: the FAQ's form, filled in, opened at once. */
export const faqEdit = defineCommand({
  name: 'faq edit',
  role: 'staff',
  runs: 'at-once',
  parse: (input) => (input ? { code: input } : null),
  run: async (ctx, args) => ({
    eventId: ctx.seat.eventId,
    code: args.code,
    faq: await findFaq(ctx.em, ctx.seat.eventId, args.code),
  }),
  reply: (o) =>
    o.faq
      ? answer(null, { form: { kind: 'faq', eventId: o.eventId, faq: o.faq } })
      : answer(noFaqToEditNote(o.code)),
  usage: () => usageNote('faq'),
});
