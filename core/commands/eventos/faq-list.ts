import { usageNote } from '../../replies/organizer-command-notes.js';
import { faqListNote } from '../../replies/organizer-notes.js';
import { listFaqs } from '../../services/faq-library/list-faqs.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos faq` or `faq list`: the FAQ library the bot answers from, by category, with codes. */
export const faqList = defineCommand({
  name: 'faq',
  aliases: ['faq list'],
  role: 'staff',
  runs: 'queued',
  // Bare `faq` lists; `faq <anything else>` is no faq command.
  parse: (input, name) => (name === 'faq' && input ? null : {}),
  run: (ctx) => listFaqs(ctx.em, ctx.seat.eventId),
  reply: (faqs) => answer(faqListNote(faqs)),
  usage: () => usageNote('faq'),
});
