/**
 * English, the source catalog: every attendee-facing text, by message id, in ICU MessageFormat
 * (`{name}` interpolates, `{count, plural, one {…} other {…}}` counts, `'{'` quotes a brace). pt.ts and es.ts
 * are typed from this one, so a missing or extra id fails the typecheck; tests/unit/i18n checks that every
 * translation parses and uses the same arguments. Slack (organizer) text is not here: it stays English.
 */
export const en = {
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
} as const;

export type MessageId = keyof typeof en;

/** A translation: every English id, each with its own text. */
export type Catalog = Readonly<Record<MessageId, string>>;
