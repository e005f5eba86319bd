import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../db/kysely.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';
import { emptyDialogState, parseDialogState } from '../router/dialog-state.js';
import type { ContactInfo } from '../router/skill.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import { findAttendee } from './identify-contact.js';
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
    // What the contact chose or we remembered; the language step reads this message and may change it.
    locale: contact.language ?? DEFAULT_LOCALE,
    state: withoutStalePending(parseDialogState(conversation.state), prepared.now),
    voice: prepared.voice,
    ...(input.selfie ? { selfie: input.selfie } : {}),
    now: prepared.now,
  };
}
