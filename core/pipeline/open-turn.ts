import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../db/kysely.js';
import { type DialogState, emptyDialogState, parseDialogState } from '../router/dialog-state.js';
import type { ContactInfo } from '../router/skill.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import { findAttendee } from './identify-contact.js';
import type { InboundTurn } from './inbound-turn.js';
import type { PreparedInbound } from './prepare-inbound.js';
import type { StoredInbound } from './stored-inbound.js';

/** Questions we asked more than this long ago no longer capture a "yes". */
const PENDING_TTL_MS = 60 * 60 * 1000;

/** The message's turn in its conversation with the event (created on the first message), in the transaction. */
export async function openTurn(
  tx: EntityManager,
  input: {
    stored: StoredInbound;
    prepared: PreparedInbound;
    event: NonNullable<PreparedInbound['event']>;
    contact: ContactInfo;
    selfie?: SelfieReading | null;
  },
): Promise<InboundTurn> {
  const { stored, prepared, contact } = input;
  const event = input.event.info;
  const conversation = await kysely(tx)
    .insertInto('Conversation')
    .values({
      id: randomUUID(),
      event: event.id,
      contact: contact.id,
      state: emptyDialogState(),
      createdAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .onConflict((oc) => oc.columns(['event', 'contact']).doUpdateSet({ updatedAt: sql`now()` }))
    .returning(['id', 'state'])
    .executeTakeFirstOrThrow();
  return {
    em: tx,
    messageId: stored.id,
    event,
    catalog: input.event.catalog,
    contact,
    attendee: await findAttendee(tx, event.id, contact.id),
    conversationId: conversation.id,
    inbound: stored.inbound,
    text: prepared.text,
    truncated: stored.truncated,
    understood: prepared.understood,
    state: withoutStalePending(parseDialogState(conversation.state), prepared.now),
    voice: prepared.voice,
    ...(input.selfie ? { selfie: input.selfie } : {}),
    now: prepared.now,
  };
}

function withoutStalePending(state: DialogState, now: Date): DialogState {
  if (state.pending && now.getTime() - Date.parse(state.pending.askedAt) > PENDING_TTL_MS) {
    const { pending: _expired, ...rest } = state;
    return rest;
  }
  return state;
}
