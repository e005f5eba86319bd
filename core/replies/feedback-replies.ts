import { formatDay, formatTime } from '../i18n/format-time.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { ListItem, OutboundMessage } from '../messages.js';
import type { AttendanceOutcome } from '../services/attendance/record-attendance.js';

/** Attendee-facing wording of session attendance, session feedback and CSAT (core/i18n/catalogs/feedback). */

export const FEEDBACK_ACTIONS = {
  attend: 'attend-session',
  rate: 'feedback-rate',
  comment: 'feedback-comment',
  skip: 'feedback-skip',
} as const;

const room = (r: string) => (r ? ` (${r})` : '');
const at = (when: Date, timezone: string, locale: Locale) => ({
  time: formatTime(when, timezone, locale),
  day: formatDay(when, timezone, locale),
});

export function attendanceReply(
  outcome: AttendanceOutcome,
  timezone: string,
  locale: Locale,
): OutboundMessage {
  const s = outcome.session;
  const text = (() => {
    switch (outcome.kind) {
      case 'recorded':
        return translate(locale, 'attendance.recorded', { title: s.title, room: room(s.room) });
      case 'already':
        return translate(locale, 'attendance.already', { title: s.title });
      case 'not_started':
        return translate(locale, 'attendance.notStarted', {
          title: s.title,
          room: room(s.room),
          ...at(s.startsAt, timezone, locale),
        });
      case 'ended':
        return translate(locale, 'attendance.ended', { title: s.title, ...at(s.endsAt, timezone, locale) });
    }
  })();
  return { kind: 'text', text };
}

export const unknownSessionCode = (locale: Locale): OutboundMessage => ({
  kind: 'text',
  text: translate(locale, 'attendance.unknownCode'),
});

const RATINGS = [1, 2, 3, 4, 5] as const;

/** 1–5 as list rows (WhatsApp allows 3 reply buttons but 10 list rows); row n is rating n, so a typed "4" is 4. */
export function ratingItems(feedbackId: string, locale: Locale): ListItem[] {
  return RATINGS.map((n) => ({
    id: `act:${FEEDBACK_ACTIONS.rate}:${feedbackId}:${n}`,
    title: translate(locale, `feedback.rating.${n}`),
  }));
}

/** The request, free-form (inside WhatsApp's 24-hour window), in the person's language. */
export function ratingQuestion(
  sessionTitle: string,
  feedbackId: string,
  locale: Locale,
): OutboundMessage & { kind: 'list' } {
  return {
    kind: 'list',
    text: translate(locale, 'feedback.rating.question', { title: sessionTitle }),
    buttonText: translate(locale, 'feedback.rating.button'),
    items: ratingItems(feedbackId, locale),
  };
}

export const ratingAgain = (sessionTitle: string, feedbackId: string, locale: Locale): OutboundMessage => ({
  ...ratingQuestion(sessionTitle, feedbackId, locale),
  text: translate(locale, 'feedback.rating.again', { title: sessionTitle }),
});

export const commentQuestion = (feedbackId: string, locale: Locale): OutboundMessage => ({
  kind: 'buttons',
  text: translate(locale, 'feedback.comment.question'),
  buttons: [
    { id: `act:${FEEDBACK_ACTIONS.skip}:${feedbackId}`, title: translate(locale, 'feedback.comment.skip') },
  ],
});

const text = (t: string): OutboundMessage => ({ kind: 'text', text: t });

export const alreadyRated = (sessionTitle: string, rating: number, locale: Locale): OutboundMessage =>
  text(translate(locale, 'feedback.alreadyRated', { title: sessionTitle, rating }));

export const commentSaved = (locale: Locale) => text(translate(locale, 'feedback.comment.saved'));

export const commentSkipped = (locale: Locale) => text(translate(locale, 'feedback.comment.skipped'));

export const commentTooLong = (max: number, locale: Locale) =>
  text(translate(locale, 'feedback.comment.tooLong', { max }));

export const feedbackClosed = (locale: Locale) => text(translate(locale, 'feedback.closed'));

export const CSAT_ACTION = 'csat';

/** "Did we solve it?" after a resolved conversation: 👍 is row 1, so a typed "1" or a "yes" in words is 👍. */
export const csatQuestion = (requestId: string, locale: Locale): OutboundMessage & { kind: 'buttons' } => ({
  kind: 'buttons',
  text: translate(locale, 'csat.question'),
  buttons: [
    { id: `act:${CSAT_ACTION}:${requestId}:up`, title: translate(locale, 'csat.yes') },
    { id: `act:${CSAT_ACTION}:${requestId}:down`, title: translate(locale, 'csat.no') },
  ],
});

export const csatThanks = (rating: number, locale: Locale) =>
  text(translate(locale, rating === 1 ? 'csat.thanks.up' : 'csat.thanks.down'));

export const csatAlready = (locale: Locale) => text(translate(locale, 'csat.already'));
