/** The NLU label schema (docs/architecture.md): intents and slots shared by every understanding provider. */
export const INTENTS = [
  'greeting',
  'help',
  'book_tickets',
  'my_tickets',
  'cancel_booking',
  'join_waitlist',
  'waitlist_status',
  'leave_waitlist',
  'checkin',
  'find_matches',
  'request_meeting',
  'my_meetings',
  'cancel_meeting',
  'update_profile',
  'agenda',
  'faq',
  'sponsor_interest',
  'talk_to_human',
  'forget_me',
  'opt_out',
  'confirm',
  'deny',
  'thanks',
  'out_of_scope',
] as const;

export type Intent = (typeof INTENTS)[number];

/**
 * The `faq` slot's value for questions about the tickets themselves (price, what a tier includes, what is
 * left, requirements): answered from the tiers, with `tier` when one is named. No event FAQ uses this id.
 */
export const TICKET_TOPIC = 'tickets';

export interface Slots {
  quantity?: number;
  tier?: string;
  person?: string;
  session?: string;
  faq?: string;
  sponsor?: string;
  /** "HH:MM", 24 h, in the event's time zone. */
  time?: string;
  /** "YYYY-MM-DD" in the event's time zone. */
  date?: string;
  interests?: string[];
}

export interface Understood {
  intent: Intent;
  slots: Slots;
  /** 0..1 */
  confidence: number;
  /**
   * Further commands in the same message, to handle in order after this one, each with the words it came
   * from: "yes please — and is there parking?" is a confirm, then an FAQ question. Absent for one command.
   */
  more?: FollowingCommand[];
  /**
   * The two likeliest readings, best first, when the understanding is unsure of the message (confidence
   * below the router's floor): the router asks which one was meant ("Did you mean … or …?") instead of acting.
   */
  alternatives?: Reading[];
}

export interface Reading {
  intent: Intent;
  slots: Slots;
}

export interface FollowingCommand extends Understood {
  text: string;
}
