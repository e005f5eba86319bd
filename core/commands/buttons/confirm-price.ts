import { isUuid } from '../../is-uuid.js';
import { otherEventNote } from '../../replies/organizer-action-notes.js';
import {
  noPriceTierNote,
  PRICE_CONFIRM_ACTION,
  priceAlreadyConfirmedNote,
  priceChangedNote,
  samePriceNote,
} from '../../replies/pricing-notes.js';
import { findEventTier } from '../../services/organizer/find-event-tier.js';
import { claimConfirmation, commandEvent } from '../../services/organizer/record-command.js';
import { changePrice, type PriceChange } from '../../services/pricing/change-price.js';
import { readTierPrice } from '../../services/pricing/read-tier-price.js';
import { answer, defineCommand } from '../command.js';
import { parsePrice, priceCents } from '../eventos/price.js';

type Outcome =
  | { kind: 'not-ours' }
  | { kind: 'already' }
  | { kind: 'no-tier'; typed: string }
  | { kind: 'done'; code: string; currency: string; change: PriceChange };

/**
 * Confirm under `/eventos price`: once (the logged command is claimed), by an organizer of its event; the
 * change and its pricing_history row (who, why, when) are written together.
 */
export const confirmPrice = defineCommand({
  name: PRICE_CONFIRM_ACTION,
  role: 'organizer',
  runs: 'at-once',
  parse: (input) => (isUuid(input) ? { commandId: input } : null),
  async run(ctx, args): Promise<Outcome> {
    if ((await commandEvent(ctx.em, args.commandId)) !== ctx.seat.eventId) return { kind: 'not-ours' };
    const claimed = await claimConfirmation(ctx.em, args.commandId, 'price');
    const parsed = claimed ? parsePrice(claimed.args) : null;
    const cents = parsed?.kind === 'change' ? priceCents(parsed.amount) : null;
    if (parsed?.kind !== 'change' || cents === null) return { kind: 'already' };
    const tier = await findEventTier(ctx.em, ctx.seat.eventId, parsed.tier);
    if (!tier) return { kind: 'no-tier', typed: parsed.tier };
    const change = await changePrice(ctx.em, {
      tierId: tier.id,
      newPriceCents: cents,
      reason: parsed.reason,
      appliedBy: `slack:${ctx.requester.slackUserId}`,
      now: ctx.now,
    });
    const { currency } = await readTierPrice(ctx.em, tier.id);
    return { kind: 'done', code: tier.code, currency, change };
  },
  reply(o) {
    if (o.kind === 'not-ours') return answer(otherEventNote('price change'), { refused: true });
    if (o.kind === 'already') return answer(priceAlreadyConfirmedNote());
    if (o.kind === 'no-tier') return answer(noPriceTierNote(o.typed));
    const { change } = o;
    return answer(null, {
      replace: change.changed
        ? priceChangedNote({ ...change, code: o.code, currency: o.currency })
        : samePriceNote(o.code, change.priceCents, o.currency),
    });
  },
});
