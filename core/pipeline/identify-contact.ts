import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Kysely, sql } from 'kysely';
import { kysely } from '../../db/kysely.js';
import { prepare, type TablesDB } from '../../db/tables.js';
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
  const [row] = await upsertContact(em, contactValues(address, profileName, at));
  if (!row) throw new Error(`contact ${address} was neither inserted nor updated`);
  return contactInfo(address, row);
}

export type ContactArgs = { id: string; phone: string; displayName: string | null; at: Date };

export const contactValues = (address: string, profileName: string | undefined, at: Date): ContactArgs => ({
  id: randomUUID(),
  phone: address,
  // Bounded again here: rows stored before names were cleaned at the edge must not fail forever.
  displayName: cleanName(profileName) ?? null,
  at,
});

type ContactRow = {
  id: string;
  displayName?: string | null | undefined;
  optedOut: boolean;
  language?: ContactInfo['language'] | undefined;
  languageSetBy?: ContactInfo['languageSetBy'] | undefined;
  inserted: boolean;
};

export function contactInfo(address: string, row: ContactRow): ContactInfo {
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

/** Every message passes here: a prepared statement over the SQL names (db/tables.ts). */
const upsertContact = prepare((db, args: ContactArgs) => contactUpsert(db, args));

/** The contact's upsert (insert, or record the inbound time), returning what the pipeline needs of it. */
export const contactUpsert = (db: Kysely<TablesDB>, args: ContactArgs) =>
  db
    .insertInto('contacts')
    .values({
      id: args.id,
      phone: args.phone,
      display_name: args.displayName,
      opted_out: false,
      last_inbound_at: args.at,
      created_at: sql`now()`,
    })
    .onConflict((oc) =>
      oc.column('phone').doUpdateSet((eb) => ({
        last_inbound_at: sql`greatest(${eb.ref('contacts.last_inbound_at')}, ${eb.ref('excluded.last_inbound_at')})`,
        display_name: eb.fn.coalesce('contacts.display_name', 'excluded.display_name'),
      })),
    )
    // xmax is 0 on a row this statement inserted, set on one it updated.
    .returning([
      'id',
      'display_name as displayName',
      'opted_out as optedOut',
      'language',
      'language_set_by as languageSetBy',
      sql<boolean>`(xmax = 0)`.as('inserted'),
    ]);

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
