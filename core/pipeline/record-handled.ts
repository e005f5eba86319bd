import type { EntityManager } from '@mikro-orm/postgresql';
import { type ExpressionBuilder, type QueryCreator, sql } from 'kysely';
import { prepare, type TablesDB } from '../../db/tables.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { OutboundMessage } from '../messages.js';
import type { DialogState } from '../router/dialog-state.js';
import type { ContactInfo, FollowUp } from '../router/skill.js';
import {
  preparedByCount,
  type ReplyBatch,
  replyBatch,
  withReplies,
} from '../services/outbox/enqueue-replies.js';
import { effectsOf } from './handled-effects.js';
import type { Handled, HandledAs, InboundTurn, RememberedLanguage } from './inbound-turn.js';

export interface HandledInbound {
  outboxIds: string[];
  followUps: FollowUp[];
  /** What the message was handled as (its intent, `opt_in`…); absent when it was not handled here. */
  handledAs?: HandledAs | null;
}

/**
 * Writes what handling a message left behind, in its transaction: the replies to the outbox, the dialog
 * state, and the "handled" mark. Returns the outbox ids to deliver and the follow-ups to queue after commit.
 */
export async function recordHandled(
  tx: EntityManager,
  turn: InboundTurn,
  handled: Handled,
): Promise<HandledInbound> {
  const { replies, followUps, state, handledAs } = effectsOf(turn, handled);
  const target = {
    contactId: turn.contact.id,
    channel: turn.inbound.channel,
    address: turn.contact.address,
    eventId: turn.event.id,
  };
  const outboxIds = await markHandled(
    tx,
    turn.messageId,
    {
      contactId: turn.contact.id,
      eventId: turn.event.id,
      handledAs,
      language: handled.remember?.language ?? null,
      languageSetBy: handled.remember?.setBy ?? null,
    },
    replyBatch(target, replies, { intent: handledAs }),
    { id: turn.conversationId, state },
  );
  return { outboxIds, followUps, handledAs };
}

/** No event runs on this number: say so, and mark the message handled. */
export async function answerWithoutEvent(
  tx: EntityManager,
  message: { id: string; channel: string },
  contact: ContactInfo,
): Promise<HandledInbound> {
  const target = { contactId: contact.id, channel: message.channel, address: contact.address, eventId: null };
  const noEvent: OutboundMessage = {
    kind: 'text',
    text: translate(contact.language ?? DEFAULT_LOCALE, 'canned.noEvent'),
  };
  const mark = { contactId: contact.id, eventId: null, handledAs: null, language: null, languageSetBy: null };
  const outboxIds = await markHandled(tx, message.id, mark, replyBatch(target, [noEvent]));
  return { outboxIds, followUps: [], handledAs: null };
}

/**
 * Writes the replies, marks the message handled, remembers the contact's language when the turn read one
 * and, with a conversation, saves its dialog state: one statement (a hot path). Returns the replies' outbox ids.
 */
async function markHandled(
  tx: EntityManager,
  id: string,
  mark: Omit<HandledMark, 'id'>,
  replies: ReplyBatch,
  conversation?: { id: string; state: DialogState },
): Promise<string[]> {
  const values = { id, ...mark };
  const withState = conversation && { ...values, conversationId: conversation.id, state: conversation.state };
  if (replies.count === 0) {
    await (withState ? markHandledWithState(tx, withState) : markHandledOnly(tx, values));
  } else {
    const batch = { ...replies, args: { ...replies.args, ...(withState ?? values) } };
    await (withState ? repliesHandledWithState(tx, batch) : repliesHandledOnly(tx, batch));
  }
  return replies.outboxIds;
}

type HandledMark = {
  id: string;
  contactId: string;
  eventId: string | null;
  handledAs: HandledAs | null;
  /** Null both when the turn read no language to remember (then the contact is left as it is). */
  language: RememberedLanguage['language'] | null;
  languageSetBy: RememberedLanguage['setBy'] | null;
};
type WithState = HandledMark & { conversationId: string; state: DialogState };

const handledSet = (args: HandledMark) => (eb: ExpressionBuilder<TablesDB, 'messages'>) => ({
  handled_at: sql<Date>`now()`,
  status: 'handled',
  contact_id: args.contactId,
  event_id: eb.fn.coalesce('event_id', eb.val(args.eventId)),
  intent: args.handledAs,
  updated_at: sql<Date>`now()`,
});

/** The contact's language, unless none was read or a detected one would replace one they asked for. */
const rememberLanguage = (db: QueryCreator<TablesDB>, args: HandledMark) =>
  db
    .updateTable('contacts')
    .set({ language: args.language, language_set_by: args.languageSetBy })
    .where('id', '=', args.contactId)
    .where((eb) =>
      eb.and([
        eb(eb.cast(eb.val(args.language), 'text'), 'is not', null),
        eb.or([
          eb(eb.cast(eb.val(args.languageSetBy), 'text'), '=', 'asked'),
          eb('language_set_by', 'is', null),
          eb('language_set_by', '=', 'detected'),
        ]),
      ]),
    );

const saveState = (db: QueryCreator<TablesDB>, args: WithState) =>
  db
    .updateTable('conversations')
    .set((eb) => ({
      state: args.state,
      last_intent: eb.fn.coalesce(eb.val(args.handledAs), 'last_intent'),
      updated_at: sql<Date>`now()`,
    }))
    .where('id', '=', args.conversationId);

// Prepared statements over the SQL names (db/tables.ts): every message runs one of them.
const markHandledOnly = prepare((db, args: HandledMark) =>
  db
    .with('remembered', (w) => rememberLanguage(w, args))
    .updateTable('messages')
    .set(handledSet(args))
    .where('id', '=', args.id),
);

const markHandledWithState = prepare((db, args: WithState) =>
  db
    .with('remembered', (w) => rememberLanguage(w, args))
    .with('saved', (w) => saveState(w, args))
    .updateTable('messages')
    .set(handledSet(args))
    .where('id', '=', args.id),
);

// The same with the replies written by the statement (enqueue-replies.ts), one prepared statement per count.
const repliesHandledOnly = preparedByCount((db, count, args) =>
  withReplies(db, count, args)
    .with('remembered', (w) => rememberLanguage(w, args as HandledMark))
    .updateTable('messages')
    .set(handledSet(args as HandledMark))
    .where('id', '=', args.id as string),
);

const repliesHandledWithState = preparedByCount((db, count, args) =>
  withReplies(db, count, args)
    .with('remembered', (w) => rememberLanguage(w, args as HandledMark))
    .with('saved', (w) => saveState(w, args as WithState))
    .updateTable('messages')
    .set(handledSet(args as WithState))
    .where('id', '=', args.id as string),
);
