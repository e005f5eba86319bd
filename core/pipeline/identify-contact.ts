import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../db/kysely.js';
import { cleanName } from '../clean-text.js';
import type { ContactInfo } from '../router/skill.js';

/**
 * Finds or creates the contact behind a channel address and records the inbound time (WhatsApp's 24-hour
 * window starts there). Unknown senders become contacts on their first message.
 */
export async function identifyContact(
  em: EntityManager,
  address: string,
  profileName: string | undefined,
  at: Date,
): Promise<ContactInfo> {
  const row = await kysely(em)
    .insertInto('Contact')
    .values({
      id: randomUUID(),
      phone: address,
      // Bounded again here: rows stored before names were cleaned at the edge must not fail forever.
      displayName: cleanName(profileName) ?? null,
      optedOut: false,
      lastInboundAt: at,
      createdAt: sql`now()`,
    })
    .onConflict((oc) =>
      oc.column('phone').doUpdateSet((eb) => ({
        lastInboundAt: sql`greatest(${eb.ref('Contact.lastInboundAt')}, ${eb.ref('excluded.lastInboundAt')})`,
        displayName: eb.fn.coalesce('Contact.displayName', 'excluded.displayName'),
      })),
    )
    // xmax is 0 on a row this statement inserted, set on one it updated.
    .returning([
      'id',
      'displayName',
      'optedOut',
      'language',
      'languageSetBy',
      sql<boolean>`(xmax = 0)`.as('inserted'),
    ])
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    address,
    displayName: row.displayName ?? null,
    optedOut: row.optedOut,
    language: row.language ?? null,
    languageSetBy: row.languageSetBy ?? null,
    isNew: row.inserted,
  };
}

export async function findAttendee(
  em: EntityManager,
  eventId: string,
  contactId: string,
): Promise<{ id: string; name: string } | null> {
  const row = await kysely(em)
    .selectFrom('Attendee')
    .select(['id', 'name'])
    .where('event', '=', eventId)
    .where('contact', '=', contactId)
    .executeTakeFirst();
  return row ?? null;
}
