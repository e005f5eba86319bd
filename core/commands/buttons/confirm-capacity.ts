import { isUuid } from '../../is-uuid.js';
import { otherEventNote } from '../../replies/organizer-action-notes.js';
import {
  capacityAlreadyConfirmedNote,
  capacityNote,
  noTierNote,
} from '../../replies/organizer-command-notes.js';
import { CAPACITY_CONFIRM_ACTION } from '../../replies/organizer-notes.js';
import { findEventTier } from '../../services/organizer/find-event-tier.js';
import { claimConfirmation, commandEvent } from '../../services/organizer/record-command.js';
import { type CapacityResult, setCapacity } from '../../services/organizer/set-capacity.js';
import { answer, defineCommand } from '../command.js';
import { capacity } from '../eventos/capacity.js';

type Outcome =
  | { kind: 'not-ours' }
  | { kind: 'already' }
  | { kind: 'no-tier'; typed: string }
  | { kind: 'changed'; result: CapacityResult };

/**
 * Confirm under a large `/eventos capacity` change: once, by an organizer of the command's event. The logged
 * command is read again, so the button carries only its id; the bounds are checked again at the change.
 */
export const confirmCapacity = defineCommand({
  name: CAPACITY_CONFIRM_ACTION,
  role: 'organizer',
  runs: 'at-once',
  parse: (input) => (isUuid(input) ? { commandId: input } : null),
  async run(ctx, args): Promise<Outcome> {
    if ((await commandEvent(ctx.em, args.commandId)) !== ctx.seat.eventId) return { kind: 'not-ours' };
    const claimed = await claimConfirmation(ctx.em, args.commandId, 'capacity');
    const change = claimed ? capacity.parse(claimed.args, 'capacity') : null;
    if (!change) return { kind: 'already' };
    const tier = await findEventTier(ctx.em, ctx.seat.eventId, change.tier);
    if (!tier) return { kind: 'no-tier', typed: change.tier };
    return {
      kind: 'changed',
      result: await setCapacity(ctx.em, tier.id, change.change, { confirmed: true }),
    };
  },
  reply(o) {
    if (o.kind === 'not-ours') return answer(otherEventNote('capacity change'), { refused: true });
    if (o.kind === 'already') return answer(capacityAlreadyConfirmedNote());
    if (o.kind === 'no-tier') return answer(noTierNote(o.typed));
    const changed = o.result;
    const raised = changed.ok && changed.after > changed.before;
    return answer(null, {
      replace: capacityNote(changed),
      followUps: raised && changed.ok ? [{ kind: 'offer-freed-seats', tierId: changed.tierId }] : [],
    });
  },
});
