import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Compilable, type Kysely, sql } from 'kysely';
import { prepare, type TablesDB } from '../../../db/tables.js';
import { type OutboundMessage, renderAsText } from '../../messages.js';
import { splitText } from '../../split-text.js';

export interface ReplyTarget {
  contactId: string | null;
  channel: string;
  address: string;
  eventId: string | null;
}

/**
 * Replies ready to be written: their outbox ids, and the values of one prepared statement for `count` replies
 * (the statement's shape depends only on the count: `m0`, `o0`, `body0`… name each reply's values).
 */
export interface ReplyBatch {
  count: number;
  outboxIds: string[];
  args: Record<string, unknown>;
}

export function replyBatch(
  target: ReplyTarget,
  replies: OutboundMessage[],
  options: { proactive?: boolean; intent?: string | null } = {},
): ReplyBatch {
  const messages = target.channel === 'whatsapp' ? replies.flatMap(fitWhatsApp) : replies;
  const args: Record<string, unknown> = {
    channel: target.channel,
    address: target.address,
    contactId: target.contactId,
    eventId: target.eventId,
    intent: options.intent ?? null,
    proactive: options.proactive ?? false,
  };
  const outboxIds = messages.map((reply, i) => {
    const outboxId = randomUUID();
    Object.assign(args, {
      [`m${i}`]: randomUUID(),
      [`o${i}`]: outboxId,
      [`kind${i}`]: reply.kind,
      [`body${i}`]: renderAsText(reply),
      [`payload${i}`]: reply,
    });
    return outboxId;
  });
  return { count: messages.length, outboxIds, args };
}

/**
 * `with m as (insert the replies' messages), o as (insert their outbox rows)` — to be finished by the caller's
 * own statement (record-handled.ts adds the "handled" mark), so writing a message's replies and marking it
 * handled is one round trip. Foreign keys from `o` to `m` are checked at the statement's end.
 */
export const withReplies = (db: Kysely<TablesDB>, count: number, args: Record<string, unknown>) =>
  db
    .with('m', (w) => w.insertInto('messages').values(messageValues(count, args)))
    .with('o', (w) => w.insertInto('outbox').values(outboxValues(count, args)));

const indices = (count: number) => Array.from({ length: count }, (_, i) => i);

const messageValues = (count: number, args: Record<string, unknown>) =>
  indices(count).map((i) => ({
    id: args[`m${i}`] as string,
    direction: 'out' as const,
    channel: args.channel as string,
    address: args.address as string,
    contact_id: args.contactId as string | null,
    event_id: args.eventId as string | null,
    kind: args[`kind${i}`] as OutboundMessage['kind'],
    body: args[`body${i}`] as string,
    truncated: false,
    payload: args[`payload${i}`] as OutboundMessage,
    intent: args.intent as string | null,
    status: 'queued',
    // clock_timestamp(), not the transaction's now(), so replies keep their order across statements;
    // plus i microseconds, so rows of one statement never tie even within one clock tick.
    created_at: sql<Date>`clock_timestamp() + make_interval(secs => ${i / 1e6})`,
    updated_at: sql<Date>`clock_timestamp()`,
  }));

const outboxValues = (count: number, args: Record<string, unknown>) =>
  indices(count).map((i) => ({
    id: args[`o${i}`] as string,
    message_id: args[`m${i}`] as string,
    channel: args.channel as string,
    recipient: args.address as string,
    proactive: args.proactive as boolean,
    status: 'pending' as const,
    attempts: 0,
    available_at: sql<Date>`now()`,
    created_at: sql<Date>`now()`,
  }));

/** One prepared statement per number of replies (db/tables.ts: built, compiled and planned once each). */
export const preparedByCount = <O>(
  build: (db: Kysely<TablesDB>, count: number, args: Record<string, unknown>) => Compilable<O>,
) => {
  const statements = new Map<number, (em: EntityManager, args: Record<string, unknown>) => Promise<O[]>>();
  return (em: EntityManager, batch: ReplyBatch) => {
    let statement = statements.get(batch.count);
    if (!statement) {
      statement = prepare<Record<string, unknown>, O>((db, args) => build(db, batch.count, args));
      statements.set(batch.count, statement);
    }
    return statement(em, batch.args);
  };
};

const insertReplies = preparedByCount((db, count, args) =>
  withReplies(db, count, args).selectNoFrom(sql<number>`1`.as('written')),
);

/**
 * Writes outbound messages and their outbox rows. Call it inside the transaction that made the state change
 * the messages report, so a reply exists if and only if the change committed.
 */
export async function enqueueReplies(
  em: EntityManager,
  target: ReplyTarget,
  replies: OutboundMessage[],
  options: { proactive?: boolean; intent?: string | null } = {},
): Promise<string[]> {
  const batch = replyBatch(target, replies, options);
  if (batch.count > 0) await insertReplies(em, batch);
  return batch.outboxIds;
}

/** A text too long for one WhatsApp message becomes several, in order, instead of being cut by the channel. */
function fitWhatsApp(reply: OutboundMessage): OutboundMessage[] {
  if (reply.kind !== 'text') return [reply];
  return splitText(reply.text).map((text) => ({ kind: 'text', text }));
}
