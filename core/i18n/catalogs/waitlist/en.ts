/** Waiting list: joining, where I am, leaving, and the answers to an offer's Claim / Pass buttons. */
export const waitlistEn = {
  'waitlist.alreadyOn': "You're already on the waiting list — {entry}",
  'waitlist.onOne': "You're on the waiting list — {entry}",
  'waitlist.onMany': "You're on {count, plural, one {# waiting list} other {# waiting lists}}:\n{lines}",
  'waitlist.joined':
    "You're on the {tier} waiting list for {size, plural, =1 {just you} other {a party of #}} — {place}.",
  'waitlist.claimWindow':
    "When seats free up I'll message you here and hold them for you for {minutes} minutes: tap Claim to book or Pass to let the next person have them.",
  'waitlist.paused':
    "Heads-up: you've paused updates (STOP), so I can't send you an offer. Send START to get one.",
  'waitlist.first': "you're first in line",
  'waitlist.place':
    "you're #{position} in line — {groups, plural, one {# group} other {# groups}} ({people, plural, one {# person} other {# people}}) ahead of you",
  'waitlist.entryHeld':
    '{tier}: {seats, plural, =1 {1 seat is} other {# seats are}} held for you until {deadline}.',
  'waitlist.entryQueued': '{tier} ({size, plural, =1 {just you} other {a party of #}}): {place}.',
  'waitlist.seatsFree':
    "Good news — {tier} isn't sold out: {free, plural, one {# seat is} other {# seats are}} free right now, so there's no need to wait.",
  'waitlist.bookNow': 'Book now',
  'waitlist.groupLimit':
    'The {tier} waiting list takes groups of 1 to {max} (its limit per order). How many people, including you?',
  'waitlist.closedOver': '{event} is over, so its waiting lists are closed.',
  'waitlist.closedSales': 'Ticket sales are closed right now, so the waiting lists are closed too.',
  'waitlist.whichTier': "Which ticket type's waiting list would you like to join?",
  'waitlist.unknownTier':
    "I couldn't find that ticket type. Which ticket type's waiting list would you like to join?",
  'waitlist.partyButton': '{size, plural, =1 {Just me} other {# people}}',
  'waitlist.howMany':
    'How many people should I put on the {tier} waiting list, including you? (Up to {max}.)',
  'waitlist.whereAmI': 'Where am I?',
  'waitlist.leaveList': 'Leave the list',
  'waitlist.notOnAny':
    "You're not on any waiting list right now. If a ticket type is sold out, I can put you on its list.",
  'waitlist.joinAList': 'Join a list',

  'waitlist.leave.nothing': "You're not on any waiting list right now, so there's nothing to leave.",
  'waitlist.leave.gone': "You're not on that waiting list any more — nothing to leave.",
  'waitlist.leave.which': 'Which waiting list would you like to leave?',
  'waitlist.leave.notOnThat': "You're not on that waiting list. Which waiting list would you like to leave?",
  'waitlist.leave.lists': 'Waiting lists',
  'waitlist.leave.done': "Done — you've left the {tier} waiting list. You can join again any time.",
  'waitlist.leave.doneReleased':
    "Done — you've left the {tier} waiting list. The {seats, plural, one {seat} other {seats}} I was holding for you will go to the next person. You can join again any time.",

  'waitlist.pass.done':
    "No problem — I've passed the {seats, plural, =1 {1 seat} other {# seats}} to the next person in line and taken you off the {tier} waiting list. You can join again any time.",
  'waitlist.pass.closed':
    'This offer is closed — {why, select, claimed {you already claimed it} passed {you already passed on it} expired {it has expired} other {it changed meanwhile}}.',
  'waitlist.pass.notYours': "This offer isn't yours — it was made to someone else.",
  'waitlist.pass.notFound': "I can't find that offer any more.",

  'waitlist.claim.booked': "You're in! 🎉 The seats from the waiting list are yours.",
  'waitlist.claim.already': 'You already claimed this offer. Say "my tickets" to see your tickets.',
  'waitlist.claim.alreadyRef':
    'You already claimed this offer — your booking is {reference}. Say "my tickets" to see your tickets.',
  'waitlist.claim.expired':
    'Sorry, this offer has expired, so the {seats, plural, =1 {1 seat} other {# seats}} went to the next person in line.',
  'waitlist.claim.passed': 'You passed on this offer, so the seats went to the next person in line.',
  'waitlist.claim.refused':
    "I couldn't book these seats: {reason} I've passed them to the next person in line.",
  'waitlist.claim.notYours':
    "This offer isn't yours — it was made to someone else, so I can't claim it for you.",
  'waitlist.claim.notFound':
    'I can\'t find that offer any more. Say "where am I on the waiting list" to check your place.',
} as const;

export type WaitlistId = keyof typeof waitlistEn;
