import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
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
  const [event] = await em.execute<{ sales_open: boolean; ends_at: Date; claim_window_minutes: number }[]>(
    'select sales_open, ends_at, claim_window_minutes from events where id = ?',
    [eventId],
  );
  if (!event || new Date(event.ends_at).getTime() <= input.now.getTime()) {
    return { outcome: 'closed', reason: 'event_over' };
  }
  if (!event.sales_open) return { outcome: 'closed', reason: 'sales_closed' };
  if (tier.free >= partySize) return { outcome: 'seats_available', free: tier.free };

  // clock_timestamp(), not the transaction's now(): join order is serving order, so keep it fine-grained.
  const inserted = await em.execute<{ id: string }[]>(
    `insert into waitlists (id, event_id, tier_id, contact_id, party_size, priority, status, joined_at, updated_at)
     values (?, ?, ?, ?, ?, 0, 'waiting', clock_timestamp(), clock_timestamp())
     on conflict (tier_id, contact_id) where status in ('waiting', 'offered') do nothing
     returning id`,
    [randomUUID(), eventId, tier.id, contactId, partySize],
  );
  const entry = await findEntryForTier(em, eventId, contactId, tier.id);
  if (!entry) throw new Error('waiting-list entry vanished right after it was written');
  return inserted.length > 0
    ? { outcome: 'joined', entry, claimWindowMinutes: event.claim_window_minutes }
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
