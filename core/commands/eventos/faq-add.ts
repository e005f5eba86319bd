import { answer, defineCommand } from '../command.js';

/** `/eventos faq add`: the empty FAQ form, opened at once (Slack's trigger for it lasts 3 seconds). */
export const faqAdd = defineCommand({
  name: 'faq add',
  role: 'staff',
  runs: 'at-once',
  parse: () => ({}),
  run: async (ctx) => ctx.seat.eventId,
  reply: (eventId) => answer(null, { form: { kind: 'faq', eventId, faq: null } }),
});
