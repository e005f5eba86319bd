import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { Event } from '../../../db/entities/event.entity.js';
import { kysely } from '../../../db/kysely.js';
import type { TierAvailability } from './find-tier.js';
import { type ActiveEntry, findActiveEntries } from './waitlist-position.js';

export type JoinWaitlistResult =
  | { outcome: 'joined'; entry: ActiveEntry; claimWindowMinutes: number }
  | { outcome: 'already_on_list'; entry: ActiveEntry }
  /** The tier has enough free seats for the party: book instead. */
  | { outcome: 'seats_available'; free: number }
  /** A claim books the whole party as one order, so a party cannot exceed the tier's per-order limit. */
  | { outcome: 'invalid_party_size'; maxPerOrder: number }
  | { outcome: 'closed'; reason: 'event_over' | 'sales_closed' };

/**
 * Puts a party on a tier's waiting list. One active entry per person and tier is the partial unique index
 * `waitlists_one_active_per_person_and_tier`; a second join (or two racing ones) gets the existing entry.
 */
export async function joinWaitlist(
  em: EntityManager,
  input: { eventId: string; tier: TierAvailability; contactId: string; partySize: number; now: Date },
): Promise<JoinWaitlistResult> {
  const { eventId, tier, contactId, partySize } = input;
  const existing = await findEntryForTier(em, eventId, contactId, tier.id);
  if (existing) return { outcome: 'already_on_list', entry: existing };

  if (!Number.isInteger(partySize) || partySize < 1 || partySize > tier.maxPerOrder) {
    return { outcome: 'invalid_party_size', maxPerOrder: tier.maxPerOrder };
  }
  const event = await em.findOne(Event, eventId, { fields: ['salesOpen', 'endsAt', 'claimWindowMinutes'] });
  if (!event || event.endsAt.getTime() <= input.now.getTime()) {
    return { outcome: 'closed', reason: 'event_over' };
  }
  if (!event.salesOpen) return { outcome: 'closed', reason: 'sales_closed' };
  if (tier.free >= partySize) return { outcome: 'seats_available', free: tier.free };

  // clock_timestamp(), not the transaction's now(): join order is serving order, so keep it fine-grained.
  const inserted = await kysely(em)
    .insertInto('WaitlistEntry')
    .values({
      id: randomUUID(),
      eventId,
      tier: tier.id,
      contact: contactId,
      partySize,
      priority: 0,
      status: 'waiting',
      joinedAt: sql`clock_timestamp()`,
      updatedAt: sql`clock_timestamp()`,
    })
    // The partial unique index waitlists_one_active_per_person_and_tier.
    .onConflict((oc) =>
      oc.columns(['tier', 'contact']).where('status', 'in', ['waiting', 'offered']).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  const entry = await findEntryForTier(em, eventId, contactId, tier.id);
  if (!entry) throw new Error('waiting-list entry vanished right after it was written');
  return inserted
    ? { outcome: 'joined', entry, claimWindowMinutes: event.claimWindowMinutes }
    : { outcome: 'already_on_list', entry };
}

async function findEntryForTier(
  em: EntityManager,
  eventId: string,
  contactId: string,
  tierId: string,
): Promise<ActiveEntry | null> {
  const entries = await findActiveEntries(em, { eventId, contactId });
  return entries.find((e) => e.tierId === tierId) ?? null;
}
