import { DateTime } from 'luxon';
// The one money formatter, shared with the ticket replies.
import { formatMoney } from '../../format-money.js';
import { formatDay, formatTime } from '../../i18n/format-time.js';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale.js';
import { type Translate, translator } from '../../i18n/translate.js';
import type { Button, OutboundMessage } from '../../messages.js';

/** What an offer message says. */
export interface OfferDetails {
  promotionId: string;
  firstName: string | null;
  eventName: string;
  tierName: string;
  seats: number;
  unitPriceCents: number;
  currency: string;
  expiresAt: Date;
  timezone: string;
  /** The person's remembered language (English when unknown). */
  locale?: Locale;
}

/** The approved template per language: `en` always; pt and es when their versions are configured. */
/** Reply buttons are at most 20 characters on WhatsApp; ids route to the claim-offer / pass-offer actions. */
export const offerButtons = (promotionId: string, locale: Locale = DEFAULT_LOCALE): Button[] => {
  const t = translator(locale);
  return [
    { id: `act:claim-offer:${promotionId}`, title: t('offer.claim') },
    { id: `act:pass-offer:${promotionId}`, title: t('offer.pass') },
  ];
};

/**
 * "14:35 WET, Thu 10 Dec" in the event's time zone: people read deadlines in the venue's local time. In
 * Portuguese and Spanish, "14:35 WET, quinta-feira, 10 de dezembro" (their short month names end in a dot).
 */
export function formatDeadline(at: Date, timezone: string, locale: Locale = DEFAULT_LOCALE): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  if (locale === 'en') return local.toFormat('HH:mm ZZZZ, ccc d LLL');
  return `${formatTime(at, timezone, locale)} ${local.toFormat('ZZZZ')}, ${formatDay(at, timezone, locale)}`;
}

function priceLine(d: OfferDetails, t: Translate, locale: Locale): string {
  if (d.unitPriceCents === 0) return t('offer.free');
  const total = formatMoney(d.unitPriceCents * d.seats, d.currency, locale);
  return d.seats === 1
    ? t('offer.priceOne', { total })
    : t('offer.priceMany', { total, unit: formatMoney(d.unitPriceCents, d.currency, locale) });
}

/**
 * The offer as a message, in the person's language. Inside WhatsApp's 24-hour window it is a free-form
 * message with Claim / Pass buttons; outside it only a pre-approved template may be sent (Twilio error 63016,
 * https://www.twilio.com/docs/whatsapp/key-concepts#the-24-hour-window-or-24-hour-session), so the same facts
 * go as template variables — numbered, as Twilio Content templates name them — with the template named and
 * its language given; the channel sends that language's version (English when it was never synced).
 */
export function buildOfferMessage(
  d: OfferDetails,
  options: { inWindow: boolean; templateId: string },
): OutboundMessage {
  const locale = d.locale ?? DEFAULT_LOCALE;
  const text = offerText(d, locale);
  if (options.inWindow) return { kind: 'buttons', text, buttons: offerButtons(d.promotionId, locale) };
  const templateLocale = locale;
  const t = translator(templateLocale);
  return {
    kind: 'template',
    templateId: options.templateId,
    language: templateLocale,
    variables: {
      '1': d.firstName ?? t('offer.there'),
      '2': String(d.seats),
      '3': d.tierName,
      '4': d.eventName,
      '5': formatDeadline(d.expiresAt, d.timezone, templateLocale),
      '6':
        d.unitPriceCents === 0
          ? t('offer.freeWord')
          : formatMoney(d.unitPriceCents * d.seats, d.currency, templateLocale),
      // For the template's quick-reply ids, `act:claim-offer:{{7}}` / `act:pass-offer:{{7}}`: Content templates
      // accept variables in actions (https://www.twilio.com/docs/content/twilio-quick-reply).
      '7': d.promotionId,
    },
    fallbackText: `${text}\n${translator(locale)('offer.replyNumber')}`,
  };
}

function offerText(d: OfferDetails, locale: Locale): string {
  const t = translator(locale);
  const greeting = d.firstName ? t('offer.goodNewsName', { name: d.firstName }) : t('offer.goodNews');
  const opened = t('offer.opened', {
    seats: d.seats,
    tier: d.tierName,
    event: d.eventName,
    deadline: formatDeadline(d.expiresAt, d.timezone, locale),
  });
  return [`${greeting} ${opened}`, priceLine(d, t, locale), t('offer.howTo')].join('\n');
}

export function offerExpiredMessage(
  tier: { code: string; name: string },
  seats: number,
  locale: Locale = DEFAULT_LOCALE,
): OutboundMessage {
  const t = translator(locale);
  return {
    kind: 'buttons',
    text: t('offer.expired', { seats, tier: tier.name }),
    buttons: [{ id: `act:join-waitlist:${tier.code}:${seats}`, title: t('offer.joinAgain') }],
  };
}
