import { DateTime } from 'luxon';
import { formatMoney } from '../format-money.js';
import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { PriceHistoryRow } from '../services/pricing/list-price-history.js';

/** Organizer (Slack) words of `/eventos price`; English, outside the attendee catalogs. */

export const PRICE_CONFIRM_ACTION = 'price_confirm';

export const priceUsageNote = (): OrganizerNote => ({
  text: 'Usage: `/eventos price <tier> <amount> [reason]` — e.g. `price vip 549 demand is high` — or `/eventos price history [tier]`.',
});

export const badAmountNote = (typed: string): OrganizerNote => ({
  text: `“${typed}” is not a price: give an amount like \`549\` or \`549.50\`, more than zero. (A free tier is set in the event file.)`,
});

export const noPriceTierNote = (typed: string): OrganizerNote => ({
  text: `There is no tier called “${typed}”.`,
});

export const samePriceNote = (code: string, cents: number, currency: string): OrganizerNote => ({
  text: `${code} already costs ${formatMoney(cents, currency)} — nothing changed.`,
});

/** The change waits for Confirm; existing orders and live reservations keep their price. */
export const priceConfirmNote = (
  change: {
    code: string;
    oldPriceCents: number;
    newPriceCents: number;
    currency: string;
    reason: string | null;
  },
  commandId: string,
): OrganizerNote => ({
  text: `Price of ${change.code}: ${formatMoney(change.oldPriceCents, change.currency)} → ${formatMoney(change.newPriceCents, change.currency)}${change.reason ? ` (${change.reason})` : ''}. Existing orders and reservations keep their price; people looking at a summary see the new total and confirm again. Nothing changes until you confirm.`,
  buttons: [
    {
      actionId: PRICE_CONFIRM_ACTION,
      label: `Set ${change.code} to ${formatMoney(change.newPriceCents, change.currency)}`.slice(0, 75),
      value: commandId,
      style: 'primary',
    },
  ],
});

export const priceChangedNote = (change: {
  code: string;
  oldPriceCents: number;
  newPriceCents: number;
  currency: string;
}): OrganizerNote => ({
  text: `✅ ${change.code} now costs ${formatMoney(change.newPriceCents, change.currency)} (was ${formatMoney(change.oldPriceCents, change.currency)}). Recorded in the price history.`,
});

export const priceAlreadyConfirmedNote = (): OrganizerNote => ({
  text: 'That price change was already confirmed (or is no longer waiting).',
});

export function priceHistoryNote(rows: PriceHistoryRow[], zone: string): OrganizerNote {
  if (rows.length === 0) return { text: 'No price changes yet.' };
  return {
    text: 'Price history (newest first)',
    sections: [
      {
        lines: rows.map(
          (r) =>
            `${DateTime.fromJSDate(r.appliedAt, { zone }).toFormat('d LLL HH:mm')} · ${r.tierName}: ${formatMoney(r.oldPriceCents, r.currency)} → ${formatMoney(r.newPriceCents, r.currency)} · ${r.appliedBy === 'schedule' ? 'scheduled phase' : r.appliedBy.replace(/^slack:/, '<@') + (r.appliedBy.startsWith('slack:') ? '>' : '')}${r.reason ? ` · ${r.reason}` : ''}`,
        ),
      },
    ],
  };
}
