import { faqRemovedNote, usageNote } from '../../replies/organizer-command-notes.js';
import { removeFaq } from '../../services/faq-library/save-faq.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos faq remove <code>`: the bot stops answering with it. */
export const faqRemove = defineCommand({
  name: 'faq remove',
  role: 'staff',
  runs: 'queued',
  parse: (input) => (input ? { code: input } : null),
  run: async (ctx, args) => ({
    code: args.code,
    removed: await removeFaq(ctx.em, ctx.seat.eventId, args.code),
  }),
  reply: (o) => answer(faqRemovedNote(o.code, o.removed)),
  usage: () => usageNote('faq'),
});
