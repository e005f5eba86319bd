import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { prepare } from '../../db/tables.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';
import { type DialogState, emptyDialogState, parseDialogState } from '../router/dialog-state.js';
import type { ContactInfo } from '../router/skill.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import type { InboundTurn } from './inbound-turn.js';
import type { PreparedInbound } from './prepare-inbound.js';
import { withoutStalePending } from './read-dialog.js';
import type { StoredInbound } from './stored-inbound.js';

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
  const [conversation] = await upsertConversation(tx, {
    id: randomUUID(),
    eventId: event.id,
    contactId: contact.id,
    state: emptyDialogState(),
  });
  if (!conversation) throw new Error(`conversation of ${contact.id} at ${event.id} was not upserted`);
  const attendee =
    conversation.attendeeId !== null && conversation.attendeeName !== null
      ? { id: conversation.attendeeId, name: conversation.attendeeName }
      : null;
  return {
    em: tx,
    messageId: stored.id,
    event,
    catalog: input.event.catalog,
    contact,
    attendee,
    conversationId: conversation.id,
    inbound: stored.inbound,
    text: prepared.text,
    truncated: stored.truncated,
    understood: prepared.understood,
    // What the contact chose or we remembered; the language step reads this message and may change it.
    locale: contact.language ?? DEFAULT_LOCALE,
    state: withoutStalePending(parseDialogState(conversation.state), prepared.now),
    voice: prepared.voice,
    ...(input.selfie ? { selfie: input.selfie } : {}),
    now: prepared.now,
  };
}

/**
 * The conversation (created on the first message) and the sender's attendee record, in one round trip: a
 * prepared statement over the SQL names (db/tables.ts), as every message runs it.
 */
const upsertConversation = prepare(
  (db, args: { id: string; eventId: string; contactId: string; state: DialogState }) =>
    db
      .with('c', (w) =>
        w
          .insertInto('conversations')
          .values({
            id: args.id,
            event_id: args.eventId,
            contact_id: args.contactId,
            state: args.state,
            created_at: sql`now()`,
            updated_at: sql`now()`,
          })
          .onConflict((oc) => oc.columns(['event_id', 'contact_id']).doUpdateSet({ updated_at: sql`now()` }))
          .returning(['id', 'state']),
      )
      .selectFrom('c')
      .leftJoin('attendees as a', (join) =>
        join.on('a.event_id', '=', args.eventId).on('a.contact_id', '=', args.contactId),
      )
      .select(['c.id', 'c.state', 'a.id as attendeeId', 'a.name as attendeeName']),
);
