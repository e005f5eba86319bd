import type { EntityManager } from '@mikro-orm/postgresql';
import type { CodeSheetContent } from '../ports/code-sheet.js';
import type { FeedbackChartContent } from '../ports/feedback-chart.js';
import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { FollowUp } from '../router/skill.js';
import type { FaqEntry } from '../services/faq-library/list-faqs.js';
import type { SponsorInfo } from '../services/leads/find-sponsor.js';

/**
 * Who may run a command. `staff` and `organizer` are `organizers` rows of an event (an organizer may do
 * everything staff may); a `sponsor` is a sponsor's own Slack channel, never what anyone typed.
 */
export type Role = 'staff' | 'organizer' | 'sponsor';

/** Who asked, as the chat identifies them. */
export interface Requester {
  slackUserId: string;
  /** Where it was asked; a sponsor is recognised by its channel. */
  channelId: string | null;
}

/** The requester's seat: the event they act for, and as what. */
export type Seat =
  | { role: 'staff' | 'organizer'; eventId: string; organizerId: string }
  | { role: 'sponsor'; eventId: string; sponsor: SponsorInfo };

/** Whether a seat may run a command of `role`: an organizer may do everything staff may, a sponsor only its own. */
export function mayRun(role: Role, seat: Seat): boolean {
  if (role === 'sponsor' || seat.role === 'sponsor') return role === seat.role;
  return role === 'staff' || seat.role === 'organizer';
}

export interface CommandContext {
  /** The command's transaction. */
  em: EntityManager;
  seat: Seat;
  requester: Requester;
  now: Date;
  /** The logged command a job runs (e.g. the broadcast the Confirm button sends); null for buttons. */
  commandId: string | null;
}

/** A form for the chat to open (it needs the request's short-lived trigger, so only at-once commands do). */
export type CommandForm =
  /** `question` fills in a new FAQ's question (from `/eventos faq gaps`). */
  | { kind: 'faq'; eventId: string; faq: FaqEntry | null; question?: string }
  | { kind: 'lead-note'; leadId: string; channel: string; title: string };

/** A command's outcome in words, and the work it leaves for after its commit. */
export interface CommandReply {
  /** Shown to the requester only, beside the message they acted on; null shows nothing. */
  note: OrganizerNote | null;
  /** Replaces the message the button was on (the preview, the lead card). */
  replace?: OrganizerNote;
  form?: CommandForm;
  /** A submitted form's errors, by field: the form stays open. */
  formErrors?: Record<string, string>;
  /** Refused by role or seat: logged by the chat adapter. */
  refused?: boolean;
  /** A file for the channel the command came from (`/leads export`). */
  file?: { bytes: Buffer; filename: string; title: string };
  /** A sheet of QR codes to draw and upload to the channel the command came from (`/eventos session-codes`). */
  sheet?: CodeSheetContent;
  /** A chart to draw and upload to the channel the command came from (`/eventos feedback`). */
  chart?: FeedbackChartContent;
  /** After commit: offers of freed seats and other background work. */
  followUps: FollowUp[];
  /** After commit: replies to attendees to deliver now (e.g. "the bot is back"). */
  outboxIds: string[];
  /** After commit: handoffs closed, so their threads can be marked resolved. */
  resolvedHandoffs: string[];
  /** After commit: a confirmed broadcast to send (its organizer command's id). */
  broadcastId?: string;
  /** After commit: an FAQ saved from the chat, to embed. */
  faqId?: string;
}

/** A reply that only shows a note (or nothing). */
export const answer = (note: OrganizerNote | null, more: Partial<CommandReply> = {}): CommandReply => ({
  note,
  followUps: [],
  outboxIds: [],
  resolvedHandoffs: [],
  ...more,
});

/**
 * One organizer (or sponsor) command: a typed `/eventos …` word, or a button or form under a note. It reads
 * its arguments, says who may run it, runs in one short transaction and returns a typed outcome, which
 * `reply` turns into words (core/replies) and after-commit work.
 */
export interface Command<Args, Outcome> {
  /** The typed word(s) (`stats`, `faq edit`) or the button's action id. */
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly role: Role;
  /** `at-once`: answered within the chat's ack (help, forms, buttons); `queued`: logged and run by a job. */
  readonly runs: 'at-once' | 'queued';
  /** The text after the name, or the button's value; null when malformed (the usage is shown). */
  parse(input: string, name: string): Args | null;
  run(ctx: CommandContext, args: Args): Promise<Outcome>;
  reply(outcome: Outcome): CommandReply;
  usage?(): OrganizerNote;
  /** What a refused requester sees, when not the role's usual refusal (a form's field error, say). */
  refused?(): CommandReply;
  /** The ack of a queued command; by default "Working on `<name>`…". */
  working?(args: Args, seat: Seat): OrganizerNote;
}

/** Keeps a command's argument and outcome types tied together where it is declared. */
export const defineCommand = <Args, Outcome>(command: Command<Args, Outcome>): Command<Args, Outcome> =>
  command;
