import { formatMoney } from '../format-money.js';
import type { Locale } from '../i18n/locale.js';
import { type Translate, translator } from '../i18n/translate.js';
import type { OutboundMessage } from '../messages.js';
import type { TierOnSale } from '../services/tickets/list-tiers.js';
import { bookButtonIn, TICKET_ACTIONS } from './ticket-replies.js';

function tierLine(tier: TierOnSale, t: Translate, locale: Locale): string {
  const price = tier.priceCents === 0 ? t('tiers.free') : formatMoney(tier.priceCents, tier.currency, locale);
  const left =
    tier.available === 0
      ? t('tiers.soldOut')
      : t('tiers.left', { available: tier.available, max: tier.maxPerOrder });
  const parts = [t('tiers.line', { tier: tier.name, price, left })];
  if (tier.benefits.length > 0) parts.push(t('tiers.includes', { benefits: tier.benefits.join(', ') }));
  if (tier.requires) parts.push(t('tiers.requires', { requirement: tier.requires }));
  return parts.join(' — ');
}

/**
 * "What does a VIP pass cost?", "what's included?", "are there tickets left?": the tiers' price, benefits,
 * what is left and what they require, with a Book button. Answering starts no booking.
 */
export function tierInfo(tiers: TierOnSale[], tierCode: string | undefined, locale: Locale): OutboundMessage {
  const t = translator(locale);
  const one = tiers.find((tier) => tier.code === tierCode);
  if (one) {
    return {
      kind: 'buttons',
      text: tierLine(one, t, locale),
      buttons: [
        {
          id: `act:${TICKET_ACTIONS.chooseTier}:${one.code}`,
          title: t('tiers.book', { tier: one.name }).slice(0, 20),
        },
      ],
    };
  }
  if (tiers.length === 0) return { kind: 'text', text: t('tiers.none') };
  return {
    kind: 'buttons',
    text: [t('tiers.heading'), ...tiers.map((tier) => `• ${tierLine(tier, t, locale)}`)].join('\n'),
    buttons: [bookButtonIn(locale)],
  };
}
