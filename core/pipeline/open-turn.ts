import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { prepare } from '../../db/tables.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';
import { type DialogState, emptyDialogState, parseDialogState } from '../router/dialog-state.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import { type ContactArgs, contactInfo, contactUpsert, contactValues } from './identify-contact.js';
import type { InboundTurn } from './inbound-turn.js';
import type { PreparedInbound } from './prepare-inbound.js';
import { withoutStalePending } from './read-dialog.js';
import type { StoredInbound } from './stored-inbound.js';

/**
 * The message's turn in its conversation with the event, in the transaction: the sender's contact and the
 * conversation (each created on the first message) and the sender's attendee record, in one round trip.
 */
export async function openTurn(
  tx: EntityManager,
  input: {
    stored: StoredInbound;
    prepared: PreparedInbound;
    event: NonNullable<PreparedInbound['event']>;
    selfie?: SelfieReading | null;
  },
): Promise<InboundTurn> {
  const { stored, prepared } = input;
  const event = input.event.info;
  const [conversation] = await upsertContactAndConversation(tx, {
    ...contactValues(stored.address, stored.inbound.profileName, stored.createdAt),
    conversationId: randomUUID(),
    eventId: event.id,
    state: emptyDialogState(),
  });
  if (!conversation) throw new Error(`conversation of ${stored.address} at ${event.id} was not upserted`);
  const contact = contactInfo(stored.address, { ...conversation, id: conversation.contactId });
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
 * The contact's upsert (identify-contact.ts), then the conversation's with the contact's id, then the sender's
 * attendee record: one prepared statement over the SQL names (db/tables.ts), as every message runs it. The
 * conversation row's insert reads the contact from the first CTE, so both see the same contact id.
 */
const upsertContactAndConversation = prepare(
  (db, args: ContactArgs & { conversationId: string; eventId: string; state: DialogState }) =>
    db
      .with('ct', () => contactUpsert(db, args))
      .with('c', (w) =>
        w
          .insertInto('conversations')
          .columns(['id', 'event_id', 'contact_id', 'state', 'created_at', 'updated_at'])
          .expression((eb) =>
            eb
              .selectFrom('ct')
              .select((s) => [
                s.cast<string>(s.val(args.conversationId), 'uuid').as('id'),
                s.cast<string>(s.val(args.eventId), 'varchar').as('event_id'),
                'ct.id as contact_id',
                s.cast<DialogState>(s.val(args.state), 'jsonb').as('state'),
                sql<Date>`now()`.as('created_at'),
                sql<Date>`now()`.as('updated_at'),
              ]),
          )
          .onConflict((oc) => oc.columns(['event_id', 'contact_id']).doUpdateSet({ updated_at: sql`now()` }))
          .returning(['id', 'state']),
      )
      .selectFrom('ct')
      .innerJoin('c', (join) => join.onTrue())
      .leftJoin('attendees as a', (join) =>
        join.on('a.event_id', '=', args.eventId).onRef('a.contact_id', '=', 'ct.id'),
      )
      .select([
        'c.id',
        'c.state',
        'a.id as attendeeId',
        'a.name as attendeeName',
        'ct.id as contactId',
        'ct.displayName',
        'ct.optedOut',
        'ct.language',
        'ct.languageSetBy',
        'ct.inserted',
      ]),
);
