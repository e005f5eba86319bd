import { noTierNote } from '../../replies/organizer-command-notes.js';
import { waitlistNote } from '../../replies/organizer-notes.js';
import { findEventTier } from '../../services/organizer/find-event-tier.js';
import { listWaitlist, type WaitlistLine } from '../../services/organizer/list-waitlist.js';
import { answer, defineCommand } from '../command.js';

type Outcome = { kind: 'listed'; lines: WaitlistLine[]; tier?: string } | { kind: 'no-tier'; typed: string };

/** `/eventos waitlist [tier]`: who is waiting, in order, with buttons to offer seats or remove a party. */
export const waitlist = defineCommand({
  name: 'waitlist',
  role: 'staff',
  runs: 'queued',
  parse: (input): { tier?: string } => (input ? { tier: input } : {}),
  async run(ctx, args): Promise<Outcome> {
    if (!args.tier) return { kind: 'listed', lines: await listWaitlist(ctx.em, ctx.seat.eventId) };
    const tier = await findEventTier(ctx.em, ctx.seat.eventId, args.tier);
    if (!tier) return { kind: 'no-tier', typed: args.tier };
    return { kind: 'listed', lines: await listWaitlist(ctx.em, ctx.seat.eventId, tier.id), tier: tier.code };
  },
  reply: (o) => answer(o.kind === 'no-tier' ? noTierNote(o.typed) : waitlistNote(o.lines, o.tier)),
});
