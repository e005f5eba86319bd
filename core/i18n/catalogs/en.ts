import { agendaEn } from './agenda/en.js';
import { checkInEn } from './check-in/en.js';
import { feedbackEn } from './feedback/en.js';
import { leadsEn } from './leads/en.js';
import { networkingEn } from './networking/en.js';
import { nluEn } from './nlu/en.js';
import { paymentsEn } from './payments/en.js';
import { privacyEn } from './privacy/en.js';
import { voiceEn } from './voice/en.js';
import { waitlistEn } from './waitlist/en.js';
/**
 * English, the source catalog: every attendee-facing text, by message id, in ICU MessageFormat
 * (`{name}` interpolates, `{count, plural, one {…} other {…}}` counts, `'{'` quotes a brace). pt.ts and es.ts
 * are typed from this one, so a missing or extra id fails the typecheck; tests/unit/i18n checks that every
 * translation parses and uses the same arguments. Slack (organizer) text is not here: it stays English.
 */
export const en = {
  ...nluEn,
  ...voiceEn,
  ...feedbackEn,
  // Language: switching on request, and people who write in a language we do not speak.
  'language.switched': "OK — I'll answer in English from now on.",
  'language.unsupported': "(Sorry, I only speak English, Português and Español, so I'll answer in English.)",

  // Buttons and menus shared by many replies (WhatsApp buttons: at most 20 characters).
  'button.yes': 'Yes',
  'button.no': 'No',
  'button.confirm': 'Confirm',
  'button.cancel': 'Cancel',
  'menu.book': 'Book tickets',
  'menu.agenda': 'Agenda',
  'menu.human': 'Talk to a human',
  'menu.myTickets': 'My tickets',

  // Offering a person from the team.
  'human.offer.yes': 'Yes, ask the team',
  'human.offer.no': 'No thanks',

  // FAQ answers.
  'faq.askWhat': 'Sure — what would you like to know? (e.g. "what\'s the Wi-Fi password?")',
  'faq.notSure':
    "I'm not sure about that one, and I'd rather not guess. Shall I ask someone from the team to answer you here?",

  // Ticket questions answered from the tiers.
  'tiers.free': 'free',
  'tiers.soldOut': 'sold out',
  'tiers.left': '{available} left, up to {max} per order',
  'tiers.line': '*{tier}*: {price} ({left})',
  'tiers.includes': 'includes {benefits}',
  'tiers.requires': 'requires {requirement}',
  'tiers.book': 'Book {tier}',
  'tiers.none': 'There are no tickets on sale for this event.',
  'tiers.heading': 'Our tickets:',

  // Booking tickets.
  'tickets.choose': 'Happy to book! Which ticket type would you like?',
  'tickets.chooseFor': 'Happy to book! {count, plural, one {# ticket} other {# tickets}} — which type?',
  'tickets.chooseButton': 'Ticket types',
  'tickets.rowFree': 'Free',
  'tickets.rowSoldOut': 'sold out',
  'tickets.rowLeft': '{available} left',
  'tickets.summaryFree': '{quantity} × {tier} — free',
  'tickets.summaryPaid': '{quantity} × {tier} at {unit} = {total}',
  'tickets.afterFree': 'Your tickets arrive right after you confirm.',
  'tickets.afterPaid': "After you confirm I'll hold the seats for {minutes} minutes while you pay.",
  'tickets.shallIBook': 'Shall I book?',
  'tickets.issued':
    '{intro}\n{count, plural, one {# ticket} other {# tickets}}, {tier} — order {reference}\n{references}\nShow the QR code at the entrance (or say the reference).',
  'tickets.reserved':
    'Reserved: {count, plural, one {# ticket} other {# tickets}}, {tier} — order {reference}. Total {total}.\nI\'m holding your seats until {until} (event time). Tap "Pay now" to confirm them.',
  'tickets.reservedSoon': 'soon',
  'tickets.payNow': 'Pay now',
  'tickets.cancelBooking': 'Cancel booking',
  'tickets.soldOutOffer':
    "Sorry — {reason} Would you like to join the waiting list? If seats free up, I'll offer them to you here.",
  'tickets.joinWaitlist': 'Join waiting list',
  'tickets.otherTickets': 'Other tickets',
  'tickets.eventOver': '{event} is over, so tickets are no longer on sale. Thanks for your interest!',
  'tickets.salesClosed':
    'Ticket sales for {event} are closed right now. I can still answer questions about the event.',
  'tickets.notWhole': 'I can only book a whole number of tickets, 1 or more — not {typed}.',
  'tickets.atMost': 'I can book at most {most} tickets in one order — not {quantity}.',
  'tickets.askHowMany': 'How many tickets would you like?',
  'tickets.askHowManyUpTo': 'How many tickets would you like (up to {limit})?',
  'tickets.askHowManyTier': 'How many {tier} tickets would you like?',
  'tickets.askHowManyTierUpTo': 'How many {tier} tickets would you like (up to {limit})?',
  'tickets.notBooked': 'OK, I haven\'t booked anything. Say "book tickets" whenever you\'re ready.',
  'tickets.lostOrder': 'Sorry, I lost track of that order. Shall we start again?',
  'tickets.booked': "You're booked! 🎉",
  'tickets.bookedAgain': 'You already booked these — here they are again:',
  'tickets.sorry': 'Sorry — {reason}',
  'tickets.thatType': 'That ticket type',

  // Why a booking was refused (booking rules' reasons, with the facts they carry).
  'refusal.unknownTier': 'I couldn\'t find that ticket type. Say "book tickets" to see what\'s on sale.',
  'refusal.notACount': 'The number of tickets has to be a whole number, 1 or more.',
  'refusal.offerHolds':
    'This offer holds {count, plural, one {# seat} other {# seats}}; you can book up to that.',
  'refusal.eventOver': 'This event is over, so tickets are no longer sold.',
  'refusal.salesClosed': 'Ticket sales are closed for this event right now.',
  'refusal.maxPerOrder': '{tier} tickets are limited to {max} per order.',
  'refusal.priceChanged': 'The price of {tier} has changed.',
  'tickets.priceChanged':
    "The price of {tier} changed since I showed you the total: it is now {now} per ticket (was {was}). I haven't booked anything — here is the new total:",
  'refusal.soldOut': '{tier} is sold out.',
  'refusal.onlyLeft':
    '{count, plural, one {Only # {tier} ticket is left.} other {Only # {tier} tickets are left.}}',
  'refusal.personCap': 'Each person can hold up to {max} tickets for this event; you already have {held}.',
  // The help menu.
  'help.intro': "Here's what I can do for {event}:",
  'help.tickets': '• Tickets — "2 VIP tickets", "my tickets", "cancel my booking"',
  'help.waitlist': '• Waiting lists — "put me on the VIP waiting list, we are 3", "where am I on the list?"',
  'help.checkin':
    '• Check-in — "selfie check-in": agree once, send a selfie, and at the venue a selfie checks you in',
  'help.privacy': '• Privacy — "delete my face data", "forget me"',
  'help.agenda': '• Agenda — "what\'s on at 2pm?", "where is the keynote?"',
  'help.networking':
    '• Networking — "who should I meet?", "meet Bob at 3pm", "my meetings", "I\'m a CTO into Postgres, looking to hire"',
  'help.questions': '• Questions — Wi-Fi, parking, food, refunds… just ask',
  'help.sponsors':
    '• Sponsors — ask a sponsor for a demo, or send the code on their booth; nothing is shared without your yes',
  'help.human': '• A human — say "talk to a human" any time',
  'help.stop': '• STOP to pause updates and offers, START to resume',
  'help.voice': 'You can also send voice notes.',
  'help.languages':
    'I answer in English, Português and Español — say "fala português" or "en español" to switch.',

  // Greetings and small talk.
  'greeting.hello': 'Hi {name}! 👋',
  'greeting.helloThere': 'Hi there! 👋',
  'greeting.attendee': "I'm the {event} assistant.",
  'greeting.stranger':
    "I'm the {event} assistant. Welcome — I don't have a ticket on file for this number yet, but I can still help.",
  'thanks.reply': "You're welcome! Message me any time if you need anything else. 🙂",

  // Not understood, nothing pending, a person from the team.
  'fallback.notUnderstood':
    "Sorry, I didn't understand that. I can help with {event}: the agenda, practical questions (Wi-Fi, parking, food…), or reaching the team.",
  'fallback.goodQuestion':
    "Good question — I don't have the answer, and I'd rather not guess. Shall I ask someone from the team to reply to you here?",
  'fallback.stillNotGettingIt':
    "Sorry, I'm still not getting it. Shall I ask a person from the team to reply to you here?",
  'fallback.yesAHuman': 'Yes, a human',
  'fallback.cancelled': 'OK, cancelled. What else can I help with?',
  'fallback.nothingPending': "There's nothing waiting for a yes or no right now. What can I help with?",
  'fallback.staleButton': "That button doesn't do anything any more. What can I help you with?",
  'fallback.notYetAvailable':
    "That isn't available yet — it's coming soon. Meanwhile I can answer questions about {event}, show the agenda, or put you in touch with the team.",
  'fallback.pickOne': 'Please pick one of these, 1 to {count}.',
  'fallback.choices': 'Choices',
  'human.declined': 'No problem. Try asking me another way, or type "help" to see what I can do.',
  'human.asked': "I've asked the team — a person will reply to you right here as soon as they can.",
  'human.alreadyQueued': "You're already in the team's queue — a person will reply right here soon.",

  // Messages answered without understanding, and numbers without an event.
  'canned.cannotOpen': "Sorry, I can't open {what} here. Please send me a text message instead.",
  'canned.emptyMessages': 'empty messages',
  'canned.tooLong':
    "That's a very long message — too long for me to read properly. Could you send a shorter question (a sentence or two)?",
  'canned.empty': 'Your message looked empty. What can I help you with?',
  'canned.noEvent':
    "Hi! There's no event running on this number right now, so I can't help yet. Please check back later.",

  // STOP / START.
  'optOut.done':
    "Done — you won't get any more updates or offers from us. I'll still answer when you write to me. Send START to turn updates back on.",
  'optIn.done': 'Welcome back — updates and offers are on again. Send STOP any time to pause them.',

  // My tickets and cancelling.
  'myTickets.none': "You don't have any tickets for {event} on this number yet. Shall we book some?",
  'myTickets.intro': 'Your tickets for {event}:',
  'myTickets.and': 'And:',
  'cancel.none': "You don't have any bookings to cancel.",
  'cancel.which': 'Which booking should I cancel?',
  'cancel.yourBookings': 'Your bookings',
  'cancel.awaitingPayment': 'awaiting payment',
  'cancel.confirmed': 'confirmed',
  'cancel.howMany':
    'Your {tier} booking {reference} has {seats, plural, one {# ticket} other {# tickets}}, so I can cancel 1 to {seats}. How many should I cancel?',
  'cancel.whole':
    'Cancel your whole {tier} booking {reference} ({seats, plural, one {# ticket} other {# tickets}})?',
  'cancel.some':
    'Cancel {quantity} of the {seats, plural, one {# ticket} other {# tickets}} in your {tier} booking {reference}?',
  'cancel.refundWillBe': "I'll record a refund of {amount} (demo mode: no money moves).",
  'cancel.onlySome': '(To cancel only some, say e.g. "cancel 1 ticket".)',
  'cancel.yes': 'Yes, cancel',
  'cancel.no': 'No, keep it',
  'cancel.kept': 'OK, your booking stays as it is.',
  'cancel.lostTrack': 'Sorry, I lost track of which booking. Say "cancel my booking" to start again.',
  'cancel.checkoutOpen':
    'Your payment link is for all {count, plural, one {# ticket} other {# tickets}}, so I can\'t cancel only some of them before you pay. You can cancel the whole reservation (say "cancel my booking"), or pay first and then cancel the tickets you don\'t need.',
  'cancel.gone': 'That booking has already been cancelled or has expired — nothing more to do.',
  'cancel.done':
    "Done — I've cancelled {count, plural, one {# ticket} other {# tickets}} and released the seats.",
  'cancel.refunded': 'A refund of {amount} is recorded (demo mode: no money moves).',
  'cancel.left': 'You still have {count, plural, one {# ticket} other {# tickets}} in that booking.',
  // Waiting-list offers and expiries (proactive: sent in the person's remembered language).
  'offer.goodNews': 'Good news!',
  'offer.goodNewsName': 'Good news, {name}!',
  'offer.opened':
    "{seats, plural, one {# seat} other {# seats}} for {tier} at {event} just opened up and I'm holding {seats, plural, one {it} other {them}} for you until {deadline}.",
  'offer.free': 'They are free.',
  'offer.priceOne': 'The price is {total}.',
  'offer.priceMany': '{total} in total ({unit} each).',
  'offer.howTo': 'Claim to book, or Pass to give them to the next person in line.',
  'offer.replyNumber': 'Reply 1 to claim or 2 to pass.',
  'offer.claim': 'Claim',
  'offer.pass': 'Pass',
  'offer.there': 'there',
  'offer.freeWord': 'free',
  'offer.expired':
    "Your offer of {seats, plural, one {# seat} other {# seats}} for {tier} has expired, so I've passed {seats, plural, one {it} other {them}} to the next person in line and taken you off that waiting list. You're welcome to join again.",
  'offer.joinAgain': 'Join again',
  'reservation.expired':
    "Your reservation {reference} wasn't paid in time, so I've released the seats. Would you like to book again?",

  // Safety nets (issue 15): a sender over the rate limit; a message that failed every attempt.
  'safety.slowDown':
    "You're sending messages faster than I can read them. I've kept them all, but please wait a minute before sending more.",
  'safety.notHandled':
    "Sorry, something went wrong on our side with your last message and I couldn't answer it. Our team has been told; you can send it again or ask for a human.",
  ...waitlistEn,
  ...agendaEn,
  ...checkInEn,
  ...networkingEn,
  ...privacyEn,
  ...leadsEn,
  ...paymentsEn,
} as const;

export type MessageId = keyof typeof en;

/** A translation: every English id, each with its own text. */
export type Catalog = Readonly<Record<MessageId, string>>;
