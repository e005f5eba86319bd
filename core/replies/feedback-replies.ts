import { DateTime } from 'luxon';
import type { ListItem, OutboundMessage } from '../messages.js';
import type { AttendanceOutcome } from '../services/attendance/record-attendance.js';

/**
 * Attendee-facing wording of session attendance and feedback (English until the message catalogs land;
 * then these move into them).
 */

export const FEEDBACK_ACTIONS = {
  attend: 'attend-session',
  rate: 'feedback-rate',
  comment: 'feedback-comment',
  skip: 'feedback-skip',
} as const;

const when = (at: Date, timezone: string) =>
  DateTime.fromJSDate(at, { zone: timezone }).toFormat('HH:mm, ccc d LLL');
const room = (r: string) => (r ? ` (${r})` : '');

export function attendanceReply(outcome: AttendanceOutcome, timezone: string): OutboundMessage {
  const s = outcome.session;
  switch (outcome.kind) {
    case 'recorded':
      return {
        kind: 'text',
        text: `Welcome to *${s.title}*${room(s.room)} ✅ I've noted that you're here. When it ends I'll ask you how it was.`,
      };
    case 'already':
      return { kind: 'text', text: `You're already noted at *${s.title}* — enjoy the session!` };
    case 'not_started':
      return {
        kind: 'text',
        text: `*${s.title}* starts at ${when(s.startsAt, timezone)}${room(s.room)}. Scan the code at the door again when you're there.`,
      };
    case 'ended':
      return {
        kind: 'text',
        text: `*${s.title}* already ended (${when(s.endsAt, timezone)}), so I can't note you as there now.`,
      };
  }
}

export const unknownSessionCode = (): OutboundMessage => ({
  kind: 'text',
  text: 'I don\'t recognise that session code. Which talk are you at? Tell me its title, e.g. "I\'m at the keynote".',
});

const RATING_WORDS = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;

/** 1–5 as list rows (WhatsApp allows 3 reply buttons but 10 list rows); row n is rating n, so a typed "4" is 4. */
export function ratingItems(feedbackId: string): ListItem[] {
  return RATING_WORDS.map((word, i) => ({
    id: `act:${FEEDBACK_ACTIONS.rate}:${feedbackId}:${i + 1}`,
    title: `${i + 1} – ${word}`,
  }));
}

/** The request, free-form (inside WhatsApp's 24-hour window). */
export function ratingQuestion(sessionTitle: string, feedbackId: string): OutboundMessage & { kind: 'list' } {
  return {
    kind: 'list',
    text: `How was *${sessionTitle}*? Rate it from 1 to 5 (5 = excellent).`,
    buttonText: 'Rate it',
    items: ratingItems(feedbackId),
  };
}

export const ratingAgain = (sessionTitle: string, feedbackId: string): OutboundMessage => ({
  ...ratingQuestion(sessionTitle, feedbackId),
  text: `Please pick a number from 1 to 5 for *${sessionTitle}* (1 = poor, 5 = excellent).`,
});

export const commentQuestion = (feedbackId: string): OutboundMessage => ({
  kind: 'buttons',
  text: 'Thank you! Anything you would like to add? Type a short comment, or tap Skip.',
  buttons: [{ id: `act:${FEEDBACK_ACTIONS.skip}:${feedbackId}`, title: 'Skip' }],
});

export const alreadyRated = (sessionTitle: string, rating: number): OutboundMessage => ({
  kind: 'text',
  text: `You already rated *${sessionTitle}* ${rating}/5 — thanks, it counts once.`,
});

export const commentSaved = (): OutboundMessage => ({
  kind: 'text',
  text: 'Thanks — your comment has been passed on to the organizers.',
});

export const commentSkipped = (): OutboundMessage => ({
  kind: 'text',
  text: 'No problem — thanks for rating!',
});

export const commentTooLong = (max: number): OutboundMessage => ({
  kind: 'text',
  text: `That comment is a bit long for me — could you keep it under ${max} characters? Or tap Skip.`,
});

export const feedbackClosed = (): OutboundMessage => ({
  kind: 'text',
  text: 'That feedback request has already been answered or has lapsed — thank you!',
});

export const CSAT_ACTION = 'csat';

/** "Did we solve it?" after a resolved conversation: 👍 is row 1, so a typed "1" or a "yes" in words is 👍. */
export const csatQuestion = (requestId: string): OutboundMessage & { kind: 'buttons' } => ({
  kind: 'buttons',
  text: 'Did we solve it?',
  buttons: [
    { id: `act:${CSAT_ACTION}:${requestId}:up`, title: '👍 Yes' },
    { id: `act:${CSAT_ACTION}:${requestId}:down`, title: '👎 No' },
  ],
});

export const csatThanks = (rating: number): OutboundMessage => ({
  kind: 'text',
  text:
    rating === 1
      ? 'Great — thanks for letting us know! 🙌'
      : 'Sorry we didn\'t get it right. Thanks for telling us — the team will look at it. Say "talk to a human" any time.',
});

export const csatAlready = (): OutboundMessage => ({
  kind: 'text',
  text: 'Thanks — we already have your answer to that one.',
});
