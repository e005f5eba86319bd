import { faqGapsNote } from '../../replies/faq-gap-notes.js';
import { listFaqGaps } from '../../services/faq-gaps/list-faq-gaps.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos faq gaps`: unanswered questions clustered by similarity, with counts and "Add FAQ" buttons. */
export const faqGaps = defineCommand({
  name: 'faq gaps',
  role: 'staff',
  runs: 'queued',
  parse: () => ({}),
  run: (ctx) => listFaqGaps(ctx.em, ctx.seat.eventId),
  reply: (outcome) => answer(faqGapsNote(outcome)),
});
