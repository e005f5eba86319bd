import {
  capacityConfirmNote,
  capacityNote,
  noTierNote,
  usageNote,
} from '../../replies/organizer-command-notes.js';
import { findEventTier } from '../../services/organizer/find-event-tier.js';
import { type CapacityResult, setCapacity } from '../../services/organizer/set-capacity.js';
import { answer, defineCommand } from '../command.js';

type Outcome =
  | { kind: 'changed'; result: CapacityResult; commandId: string }
  | { kind: 'no-tier'; typed: string };

/**
 * `/eventos capacity <tier> <+n|n>`: raise or set a tier's capacity; new seats go to the waiting list. Bounded
 * by the seats taken and the venue; a large change waits for the Confirm button (confirm-capacity.ts).
 */
export const capacity = defineCommand({
  name: 'capacity',
  role: 'organizer',
  runs: 'queued',
  parse(input) {
    const words = input.split(/\s+/).filter(Boolean);
    const tier = words.slice(0, -1).join(' ');
    const match = /^([+]?)(\d{1,6})$/.exec(words.at(-1) ?? '');
    if (!tier || !match) return null;
    const n = Number(match[2]);
    return { tier, change: match[1] === '+' ? { add: n } : { set: n } };
  },
  async run(ctx, args): Promise<Outcome> {
    const tier = await findEventTier(ctx.em, ctx.seat.eventId, args.tier);
    if (!tier) return { kind: 'no-tier', typed: args.tier };
    const result = await setCapacity(ctx.em, tier.id, args.change);
    return { kind: 'changed', result, commandId: ctx.commandId ?? '' };
  },
  reply(o) {
    if (o.kind === 'no-tier') return answer(noTierNote(o.typed));
    const changed = o.result;
    if (!changed.ok && changed.reason === 'needs-confirm')
      return answer(capacityConfirmNote(changed, o.commandId));
    // Raised: the new seats are offered to the waiting list once the change has committed.
    const raised = changed.ok && changed.after > changed.before;
    return answer(capacityNote(changed), {
      followUps: raised ? [{ kind: 'offer-freed-seats', tierId: changed.tierId }] : [],
    });
  },
  usage: () => usageNote('capacity'),
});
