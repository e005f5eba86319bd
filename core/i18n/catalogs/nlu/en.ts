/**
 * The understanding's clarifying question (core/router/clarify.ts): when a message could mean two things,
 * the bot asks which one, with both as buttons. Each choice is a short phrase that reads both in the question
 * ("Did you mean ticket prices or booking tickets?") and on a button (WhatsApp: at most 20 characters).
 */
export const nluEn = {
  'clarify.didYouMean': 'Did you mean {first} or {second}?',
  'clarify.withTier': '{choice} ({tier})',
  'clarify.choice.greeting': 'saying hello',
  'clarify.choice.help': 'what I can do',
  'clarify.choice.book_tickets': 'booking tickets',
  'clarify.choice.my_tickets': 'your tickets',
  'clarify.choice.cancel_booking': 'cancelling a booking',
  'clarify.choice.join_waitlist': 'the waiting list',
  'clarify.choice.waitlist_status': 'your waitlist spot',
  'clarify.choice.leave_waitlist': 'leaving the waitlist',
  'clarify.choice.checkin': 'checking in',
  'clarify.choice.find_matches': 'people to meet',
  'clarify.choice.request_meeting': 'asking for a meeting',
  'clarify.choice.my_meetings': 'your meetings',
  'clarify.choice.cancel_meeting': 'cancelling a meeting',
  'clarify.choice.update_profile': 'your profile',
  'clarify.choice.agenda': 'the agenda',
  'clarify.choice.faq': 'a practical question',
  'clarify.choice.faqTickets': 'ticket prices & info',
  'clarify.choice.sponsor_interest': 'a sponsor',
  'clarify.choice.talk_to_human': 'talking to a person',
  'clarify.choice.forget_me': 'deleting your data',
  'clarify.choice.opt_out': 'stopping messages',
  'clarify.choice.confirm': 'yes',
  'clarify.choice.deny': 'no',
  'clarify.choice.thanks': 'saying thanks',
  'clarify.choice.out_of_scope': 'something else',
} as const;
