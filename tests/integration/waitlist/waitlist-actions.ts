import { findTierByCode } from '../../../core/services/waitlist/find-tier.js';
import { joinWaitlist } from '../../../core/services/waitlist/join-waitlist.js';
import type { OfferSettings } from '../../../core/services/waitlist/offer-freed-seats.js';
import { offerFreedSeats } from '../../../core/services/waitlist/offer-freed-seats.js';
import { findActiveEntries } from '../../../core/services/waitlist/waitlist-position.js';
import { EVENT_ID, type WaitlistDatabase } from './waitlist-database.js';

/** The waiting-list services as a person or a job would call them, each in its own transaction. */
export function waitlistActions(t: WaitlistDatabase) {
  const settings: OfferSettings = t.deps.settings;
  return {
    join: (contactId: string, tierCode: string, partySize: number) =>
      t.db.em.fork().transactional(async (em) => {
        const tier = await findTierByCode(em, EVENT_ID, tierCode);
        if (!tier) throw new Error(`no tier ${tierCode}`);
        return joinWaitlist(em, { eventId: EVENT_ID, tier, contactId, partySize, now: t.deps.clock() });
      }),
    entries: (contactId: string) => findActiveEntries(t.db.em.fork(), { eventId: EVENT_ID, contactId }),
    offer: (tierId: string) => offerFreedSeats(t.db.em.fork(), { tierId, now: t.deps.clock(), settings }),
    /** Seats come back to the tier (a cancellation, as far as the waiting list can tell). */
    free: (tierId: string, seats: number) =>
      t.sql('update ticket_tiers set sold = sold - ? where id = ?', [seats, tierId]),
    promotions: (tierId: string) =>
      t.sql<{
        id: string;
        entry_id: string;
        contact_id: string;
        seats: number;
        status: string;
        notified_at: Date;
      }>(
        `select p.id, p.entry_id, w.contact_id, p.seats, p.status, p.notified_at
           from waitlist_promotions p join waitlists w on w.id = p.entry_id
          where p.tier_id = ? order by p.created_at, p.id`,
        [tierId],
      ),
    entryStatus: async (contactId: string, tierId: string) =>
      (
        await t.sql<{ status: string }>(
          'select status from waitlists where contact_id = ? and tier_id = ? order by joined_at desc limit 1',
          [contactId, tierId],
        )
      )[0]?.status,
    /** A clean slate for the next test: no entries, no offers. */
    reset: async () => {
      await t.sql('delete from waitlist_promotions');
      await t.sql('delete from waitlists');
    },
  };
}
