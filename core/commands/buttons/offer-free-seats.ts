import { isUuid } from '../../is-uuid.js';
import { noFreeSeatsNote, offeringSeatsNote, otherEventNote } from '../../replies/organizer-action-notes.js';
import { WAITLIST_OFFER_ACTION } from '../../replies/organizer-notes.js';
import { freeSeats } from '../../services/organizer/free-seats.js';
import { answer, defineCommand } from '../command.js';

type Outcome =
  | { kind: 'not-ours' }
  | { kind: 'none-free'; tier: string }
  | { kind: 'offering'; tierId: string; tier: string; free: number };

/** "Offer free <tier> seats now" under `/eventos waitlist`: the waiting list gets the tier's free seats. */
export const offerFreeSeats = defineCommand({
  name: WAITLIST_OFFER_ACTION,
  role: 'staff',
  runs: 'at-once',
  parse: (input) => (isUuid(input) ? { tierId: input } : null),
  async run(ctx, args): Promise<Outcome> {
    const tier = await freeSeats(ctx.em, ctx.seat.eventId, args.tierId);
    if (!tier) return { kind: 'not-ours' };
    if (tier.free <= 0) return { kind: 'none-free', tier: tier.code };
    return { kind: 'offering', tierId: args.tierId, tier: tier.code, free: tier.free };
  },
  reply(o) {
    if (o.kind === 'not-ours') return answer(otherEventNote('tier'), { refused: true });
    if (o.kind === 'none-free') return answer(noFreeSeatsNote(o.tier));
    return answer(offeringSeatsNote(o.tier, o.free), {
      followUps: [{ kind: 'offer-freed-seats', tierId: o.tierId }],
    });
  },
});
