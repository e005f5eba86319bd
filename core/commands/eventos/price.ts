import {
  badAmountNote,
  noPriceTierNote,
  priceConfirmNote,
  priceHistoryNote,
  priceUsageNote,
  samePriceNote,
} from '../../replies/pricing-notes.js';
import { loadEventInfo } from '../../services/events/load-event.js';
import { findEventTier } from '../../services/organizer/find-event-tier.js';
import { listPriceHistory, type PriceHistoryRow } from '../../services/pricing/list-price-history.js';
import { readTierPrice } from '../../services/pricing/read-tier-price.js';
import { answer, defineCommand } from '../command.js';

export type PriceArgs =
  | { kind: 'history'; tier?: string }
  | { kind: 'change'; tier: string; amount: string; reason: string | null };

type Outcome =
  | { kind: 'history'; rows: PriceHistoryRow[]; zone: string }
  | { kind: 'no-tier'; typed: string }
  | { kind: 'bad-amount'; typed: string }
  | { kind: 'same'; code: string; cents: number; currency: string }
  | {
      kind: 'preview';
      change: {
        code: string;
        oldPriceCents: number;
        newPriceCents: number;
        currency: string;
        reason: string | null;
      };
      commandId: string;
    };

/** "549", "549.5", "549.50", "€549" → cents; anything else (negative, "free", 0, words) → null. */
export function priceCents(typed: string): number | null {
  const m = /^[€$£]?(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(typed.trim());
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  return cents > 0 ? cents : null;
}

/** `price <tier words> <amount> [reason]` or `price history [tier]`. */
export function parsePrice(input: string): PriceArgs | null {
  const words = input.trim().split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() === 'history')
    return { kind: 'history', ...(words.length > 1 ? { tier: words.slice(1).join(' ') } : {}) };
  const at = words.findIndex((w, i) => i > 0 && /^(-|[€$£]?\d)|^free$/i.test(w));
  if (at < 1) return null;
  const reason = words
    .slice(at + 1)
    .join(' ')
    .slice(0, 200);
  return { kind: 'change', tier: words.slice(0, at).join(' '), amount: words[at]!, reason: reason || null };
}

/**
 * `/eventos price <tier> <amount> [reason]`: previews the change with a Confirm button (confirm-price.ts),
 * which applies it and writes pricing_history. `/eventos price history [tier]`: the changes, newest first.
 */
export const price = defineCommand({
  name: 'price',
  role: 'organizer',
  runs: 'queued',
  parse: parsePrice,
  async run(ctx, args): Promise<Outcome> {
    const event = await loadEventInfo(ctx.em, ctx.seat.eventId);
    const zone = event?.timezone ?? 'UTC';
    const tier = args.tier ? await findEventTier(ctx.em, ctx.seat.eventId, args.tier) : null;
    if (args.tier && !tier) return { kind: 'no-tier', typed: args.tier };
    if (args.kind === 'history')
      return {
        kind: 'history',
        zone,
        rows: await listPriceHistory(ctx.em, {
          eventId: ctx.seat.eventId,
          ...(tier ? { tierId: tier.id } : {}),
        }),
      };
    const cents = priceCents(args.amount);
    if (cents === null) return { kind: 'bad-amount', typed: args.amount };
    const current = await readTierPrice(ctx.em, tier!.id);
    if (current.priceCents === cents)
      return { kind: 'same', code: tier!.code, cents, currency: current.currency };
    return {
      kind: 'preview',
      change: {
        code: tier!.code,
        oldPriceCents: current.priceCents,
        newPriceCents: cents,
        currency: current.currency,
        reason: args.reason,
      },
      commandId: ctx.commandId ?? '',
    };
  },
  reply(o) {
    switch (o.kind) {
      case 'history':
        return answer(priceHistoryNote(o.rows, o.zone));
      case 'no-tier':
        return answer(noPriceTierNote(o.typed));
      case 'bad-amount':
        return answer(badAmountNote(o.typed));
      case 'same':
        return answer(samePriceNote(o.code, o.cents, o.currency));
      case 'preview':
        return answer(priceConfirmNote(o.change, o.commandId));
    }
  },
  usage: priceUsageNote,
});
