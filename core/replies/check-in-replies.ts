import { DateTime } from 'luxon';
import { longDay } from '../i18n/format-event-day.js';
import { formatTime } from '../i18n/format-time.js';
import type { Locale } from '../i18n/locale.js';
import { type MessageId, translator } from '../i18n/translate.js';
import type { Button, OutboundMessage } from '../messages.js';
import type { SelfieProblem } from '../services/faces/judge-selfie.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import { bookButtonIn, myTicketsButtonIn } from './ticket-replies.js';

/** Button ids of selfie check-in (`act:<name>:<arg>`). Words in core/i18n/catalogs/check-in. */
export const CHECK_IN_ACTIONS = {
  /** Ask the consent question again (after a No, or after withdrawing). */
  askConsent: 'face-consent',
} as const;

export const selfieCheckInButton = (locale: Locale): Button => ({
  id: 'intent:checkin',
  title: translator(locale)('checkin.button'),
});

const say = (locale: Locale, id: MessageId, values?: Record<string, string | number>): OutboundMessage => ({
  kind: 'text',
  text: translator(locale)(id, values),
});
const day = (d: DateTime, locale: Locale) => longDay(d.toJSDate(), d.zoneName ?? 'UTC', locale);

/** Consent first: what is stored, why, and when it is deleted — then Yes / No. */
export function consentQuestion(eventName: string, deletedOn: DateTime, locale: Locale): OutboundMessage {
  const t = translator(locale);
  return {
    kind: 'buttons',
    text: t('checkin.consent', { event: eventName, day: day(deletedOn, locale) }),
    buttons: [
      { id: 'confirm', title: t('checkin.agree') },
      { id: 'deny', title: t('checkin.qrOnly') },
    ],
  };
}

export const enrolPrompt = (locale: Locale): OutboundMessage => say(locale, 'checkin.enrolPrompt');

export function enrolled(
  window: { open: boolean; opensAt: DateTime },
  venue: string,
  locale: Locale,
): OutboundMessage {
  return window.open
    ? say(locale, 'checkin.enrolledNow')
    : say(locale, 'checkin.enrolledLater', { day: day(window.opensAt, locale), venue });
}

export const readyForSelfie = (
  window: { open: boolean; opensAt: DateTime },
  venue: string,
  locale: Locale,
): OutboundMessage =>
  window.open
    ? say(locale, 'checkin.readyNow')
    : say(locale, 'checkin.readyLater', { day: day(window.opensAt, locale), venue });

export const notOpenYet = (
  window: { opensAt: DateTime; closesAt: DateTime },
  now: Date,
  locale: Locale,
): OutboundMessage =>
  now.getTime() < window.opensAt.toMillis()
    ? say(locale, 'checkin.notOpen', { day: day(window.opensAt, locale) })
    : say(locale, 'checkin.closed');

export function welcome(
  p: {
    eventName: string;
    holder: string;
    reference: string;
    badgeInfo: string | null;
    venue: string;
    more: number;
  },
  locale: Locale,
): OutboundMessage {
  const t = translator(locale);
  const badge = p.badgeInfo ?? t('checkin.badgeDesk', { venue: p.venue });
  const text = t('checkin.welcome', { event: p.eventName, holder: p.holder, reference: p.reference, badge });
  return {
    kind: 'text',
    text: p.more > 0 ? `${text}\n${t('checkin.moreTickets', { more: p.more })}` : text,
  };
}

/** `at` in the event's zone; "today" only when it was today there (a two-day event spans two). */
export function alreadyCheckedIn(at: DateTime, now: Date, locale: Locale): OutboundMessage {
  const t = translator(locale);
  const today = at.hasSame(DateTime.fromJSDate(now, { zone: at.zone }), 'day');
  const time = formatTime(at.toJSDate(), at.zoneName ?? 'UTC', locale);
  const when = today
    ? t('checkin.sinceToday', { time })
    : t('checkin.sinceDay', { time, day: day(at, locale) });
  return say(locale, 'checkin.already', { when });
}

export const noTicket = (eventName: string, locale: Locale): OutboundMessage => ({
  kind: 'buttons',
  text: translator(locale)('checkin.noTicket', { event: eventName }),
  buttons: [bookButtonIn(locale), myTicketsButtonIn(locale)],
});

/** The person sends a selfie without having agreed: we did not look at it. */
export const photoWithoutConsent = (locale: Locale): OutboundMessage => {
  const t = translator(locale);
  return {
    kind: 'buttons',
    text: t('checkin.photoWithoutConsent'),
    buttons: [
      selfieCheckInButton(locale),
      { id: 'intent:my_tickets', title: t('checkin.myQr') },
      { id: 'intent:help', title: t('checkin.somethingElse') },
    ],
  };
};

export const photoAfterNo = (locale: Locale): OutboundMessage => say(locale, 'checkin.photoAfterNo');

/** After a No: show the QR code; `justRefused` when the No was this very message. */
export const qrOnlyReminder = (locale: Locale, justRefused = false): OutboundMessage => ({
  kind: 'buttons',
  text: translator(locale)(justRefused ? 'checkin.qrOnlyAfterNo' : 'checkin.qrOnlyReminder'),
  buttons: [{ id: `act:${CHECK_IN_ACTIONS.askConsent}:ask`, title: translator(locale)('checkin.useSelfie') }],
});

const PROBLEMS: Record<SelfieProblem, MessageId> = {
  no_face: 'checkin.problem.noFace',
  two_faces: 'checkin.problem.twoFaces',
  too_small: 'checkin.problem.tooSmall',
  blurry: 'checkin.problem.blurry',
};

const UNREADABLE: Record<Extract<SelfieReading, { status: 'unreadable' }>['reason'], MessageId> = {
  not_an_image: 'checkin.unreadable.notAnImage',
  too_big: 'checkin.unreadable.tooBig',
  download_failed: 'checkin.unreadable.downloadFailed',
};

export const selfieProblem = (problem: SelfieProblem, locale: Locale): OutboundMessage =>
  say(locale, PROBLEMS[problem]);
export const unreadablePhoto = (reason: keyof typeof UNREADABLE, locale: Locale): OutboundMessage =>
  say(locale, UNREADABLE[reason]);

export const sendAgain = (locale: Locale): OutboundMessage => say(locale, 'checkin.sendAgain');

export const retryAdvice = (locale: Locale): OutboundMessage => say(locale, 'checkin.retry');

export const qrFallback = (locale: Locale): OutboundMessage => say(locale, 'checkin.qrFallback');

export const enrolmentUnusable = (locale: Locale): OutboundMessage =>
  say(locale, 'checkin.enrolmentUnusable');
