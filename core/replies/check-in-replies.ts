import { DateTime } from 'luxon';
import type { Button, OutboundMessage } from '../messages.js';
import type { SelfieProblem } from '../services/faces/judge-selfie.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import { bookButton, myTicketsButton } from './ticket-replies.js';

/** Button ids of selfie check-in (`act:<name>:<arg>`). */
export const CHECK_IN_ACTIONS = {
  /** Ask the consent question again (after a No, or after withdrawing). */
  askConsent: 'face-consent',
} as const;

export const selfieCheckInButton: Button = { id: 'intent:checkin', title: 'Selfie check-in' };

const text = (t: string): OutboundMessage => ({ kind: 'text', text: t });
const day = (d: DateTime) => d.toFormat('cccc d LLLL');

/** Consent first: what is stored, why, and when it is deleted — then Yes / No. */
export function consentQuestion(eventName: string, deletedOn: DateTime): OutboundMessage {
  return {
    kind: 'buttons',
    text: [
      `Selfie check-in for ${eventName}: at the venue you send me a selfie and I check you in — no queue for the QR scanner.`,
      '• What I keep: a face template (128 numbers computed from your selfie), encrypted. Not the photo: it is read once and discarded.',
      `• Why: only to check you in at ${eventName}. It is never shared.`,
      `• Until when: it is deleted automatically on ${day(deletedOn)} (after the event), or at once when you say "delete my face data".`,
      'Do you agree? If not, your ticket QR code works just as well.',
    ].join('\n'),
    buttons: [
      { id: 'confirm', title: 'Yes, I agree' },
      { id: 'deny', title: 'No, QR only' },
    ],
  };
}

export const enrolPrompt = (): OutboundMessage =>
  text(
    'Thanks! Now send me a selfie: just you, facing the camera, in good light, face not cut off. I keep only the encrypted face template, never the photo.',
  );

export function enrolled(window: { open: boolean; opensAt: DateTime }, venue: string): OutboundMessage {
  return text(
    window.open
      ? "You're enrolled ✅ Your photo is already discarded. When you're at the entrance, send me another selfie to check in."
      : `You're enrolled ✅ Your photo is already discarded. On ${day(window.opensAt)} at ${venue}, send me a selfie here and I'll check you in.`,
  );
}

export const readyForSelfie = (
  window: { open: boolean; opensAt: DateTime },
  venue: string,
): OutboundMessage =>
  text(
    window.open
      ? "You're enrolled — send me a selfie now and I'll check you in."
      : `You're all set for selfie check-in. On ${day(window.opensAt)} at ${venue}, send me a selfie here.`,
  );

export const notOpenYet = (window: { opensAt: DateTime; closesAt: DateTime }, now: Date): OutboundMessage =>
  text(
    now.getTime() < window.opensAt.toMillis()
      ? `Check-in opens on ${day(window.opensAt)} (event time). Your selfie wasn't used for anything — send one again when you're at the venue.`
      : "Check-in for this event is closed — the event is over. Your selfie wasn't used for anything.",
  );

export function welcome(p: {
  eventName: string;
  holder: string;
  reference: string;
  badgeInfo: string | null;
  venue: string;
  more: number;
}): OutboundMessage {
  const badge = p.badgeInfo ?? `Pick up your badge at the registration desk at ${p.venue}.`;
  const more =
    p.more > 0
      ? `\nYou have ${p.more} more ${p.more === 1 ? 'ticket' : 'tickets'} on this number: your guests check in with their QR codes.`
      : '';
  return text(
    `✅ Welcome to ${p.eventName}, ${p.holder}! You're checked in (ticket ${p.reference}).\n🪪 ${badge}${more}`,
  );
}

/** `at` in the event's zone; "today" only when it was today there (a two-day event spans two). */
export function alreadyCheckedIn(at: DateTime, now: Date): OutboundMessage {
  const today = at.hasSame(DateTime.fromJSDate(now, { zone: at.zone }), 'day');
  const when = today ? `${at.toFormat('HH:mm')} today` : `${at.toFormat('HH:mm')} on ${day(at)}`;
  return text(`You're already checked in — since ${when}. Enjoy the event! 🎉`);
}

export const noTicket = (eventName: string): OutboundMessage => ({
  kind: 'buttons',
  text: `I can't find a ticket for ${eventName} on this number, so there's nothing to check in yet.`,
  buttons: [bookButton, myTicketsButton],
});

/** The person sends a selfie without having agreed: we did not look at it. */
export const photoWithoutConsent = (): OutboundMessage => ({
  kind: 'buttons',
  text: "Thanks for the photo! I haven't looked at it: I only read faces for selfie check-in, and only after you agree to it. What would you like to do?",
  buttons: [
    selfieCheckInButton,
    { id: 'intent:my_tickets', title: 'My QR code' },
    { id: 'intent:help', title: 'Something else' },
  ],
});

export const photoAfterNo = (): OutboundMessage =>
  text("Thanks for the photo! You chose QR check-in, so I didn't look at it. Here is your ticket:");

export const qrOnlyReminder = (): OutboundMessage => ({
  kind: 'buttons',
  text: 'You chose QR check-in: show this code at the entrance (or tell staff the reference).',
  buttons: [{ id: `act:${CHECK_IN_ACTIONS.askConsent}:ask`, title: 'Use a selfie instead' }],
});

const PROBLEMS: Record<SelfieProblem, string> = {
  no_face:
    "I couldn't find a face in that photo. Please send a selfie: face the camera, good light, face fully in the picture.",
  two_faces:
    'I can see more than one face in that photo. Please send a selfie with only you in it — each guest checks in on their own.',
  too_small:
    'Your face is too small in that photo. Please hold the phone closer, so your face fills a good part of the picture.',
  blurry: 'That photo is too blurry for me. Please hold still, wipe the lens and try again in good light.',
};

const UNREADABLE: Record<Extract<SelfieReading, { status: 'unreadable' }>['reason'], string> = {
  not_an_image:
    "I couldn't open that as a photo (the file seems damaged or isn't a picture). Please send a selfie taken with your camera.",
  too_big:
    "That file is too big for me (16 MB at most). Please send a normal selfie from your phone's camera.",
  download_failed: "I couldn't download that photo. Could you send it again? Your ticket QR code works too.",
};

export const selfieProblem = (problem: SelfieProblem): OutboundMessage => text(PROBLEMS[problem]);
export const unreadablePhoto = (reason: keyof typeof UNREADABLE): OutboundMessage => text(UNREADABLE[reason]);

export const sendAgain = (): OutboundMessage =>
  text("I didn't get to read that photo — could you send your selfie once more?");

export const retryAdvice = (): OutboundMessage =>
  text(
    "Hmm, that selfie doesn't match your enrolment closely enough. Let's try once more: face the camera straight on, good light, no sunglasses or mask.",
  );

export const qrFallback = (): OutboundMessage =>
  text(
    "Sorry, I still can't confirm it's you from the selfie, so let's use your ticket instead: show this QR code at the entrance.",
  );

export const enrolmentUnusable = (): OutboundMessage =>
  text(
    'I can\'t use your face enrolment any more, so please check in with your ticket QR code (below). You can enrol again with "selfie check-in".',
  );
