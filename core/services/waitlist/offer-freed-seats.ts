import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { mayWriteFreeForm } from '../outbox/whatsapp-window.js';
import { findReplyTarget } from './find-reply-target.js';
import { buildOfferMessage, offerButtons } from './offer-message.js';
import { rememberButtons } from './remember-buttons.js';

export interface OfferSettings {
  /** The approved WhatsApp template for offers outside the 24-hour window (config WHATSAPP_OFFER_TEMPLATE_SID). */
  offerTemplateId: string;
}

export interface MadeOffer {
  promotionId: string;
  tierId: string;
  eventId: string;
  contactId: string;
  seats: number;
  expiresAt: Date;
  outboxId: string;
  /** False when the conversation was busy: remember the Claim / Pass buttons after commit (rememberButtons). */
  buttonsRemembered: boolean;
}

interface TierRow {
  event_id: string;
  event_name: string;
  timezone: string;
  currency: string;
  claim_window_minutes: number;
  tier_name: string;
  price_cents: number;
  free: number;
  open: boolean;
}

interface Candidate {
  id: string;
  contact_id: string;
  party_size: number;
}

interface Recipient {
  display_name: string | null;
  attendee_name: string | null;
  last_inbound_at: Date | null;
}

/**
 * Offers a tier's free seats to its waiting list, in ONE transaction: lock the tier row, walk the waiting
 * entries in serving order (priority, then join time) and give each party that fits in the remaining free
 * seats an open promotion holding its seats (`held += seats`), with its offer message written to the outbox
 * in the same transaction. So the same seats are never offered twice (row lock + held counter + the CHECK
 * sold + held <= capacity), an offer is announced exactly once (outbox row commits with it; one open
 * promotion per entry), and a crash before commit leaves nothing half-done: running it again is always safe.
 *
 * A party that does not fit is skipped but keeps its place. Contacts who opted out (STOP) are skipped too
 * and keep waiting: offers are proactive messages, which opt-out forbids; they can still ask for their
 * position. No offers after the event has ended or while sales are closed.
 */
export async function offerFreedSeats(
  em: EntityManager,
  input: { tierId: string; now: Date; settings: OfferSettings },
): Promise<MadeOffer[]> {
  return em.transactional(async (tx) => {
    const [tier] = await tx.execute<TierRow[]>(
      `select t.event_id, e.name as event_name, e.timezone, e.currency, e.claim_window_minutes,
              t.name as tier_name, t.price_cents, t.capacity - t.sold - t.held as free,
              (e.sales_open and e.ends_at > ?) as open
         from ticket_tiers t join events e on e.id = t.event_id
        where t.id = ? for update of t`,
      [input.now, input.tierId],
    );
    if (!tier?.open || tier.free <= 0) return [];

    const candidates = await tx.execute<Candidate[]>(
      `select w.id, w.contact_id, w.party_size
         from waitlists w join contacts c on c.id = w.contact_id
        where w.tier_id = ? and w.status = 'waiting' and w.party_size <= ? and not c.opted_out
        order by w.priority desc, w.joined_at, w.id
        limit 500`,
      [input.tierId, tier.free],
    );
    const expiresAt = new Date(input.now.getTime() + tier.claim_window_minutes * 60_000);
    const offers: MadeOffer[] = [];
    let remaining = tier.free;
    for (const candidate of candidates) {
      if (remaining === 0) break;
      if (candidate.party_size > remaining) continue;
      // Guarded: the person may have left since the select; then the seats go further down the list.
      const taken = await tx.execute<{ id: string }[]>(
        `update waitlists set status = 'offered', updated_at = clock_timestamp()
          where id = ? and status = 'waiting' returning id`,
        [candidate.id],
      );
      if (taken.length === 0) continue;
      remaining -= candidate.party_size;
      offers.push(await makeOffer(tx, { ...input, tier, candidate, expiresAt }));
    }
    if (offers.length > 0) {
      await tx.execute('update ticket_tiers set held = held + ? where id = ?', [
        tier.free - remaining,
        input.tierId,
      ]);
    }
    return offers;
  });
}

async function makeOffer(
  tx: EntityManager,
  o: {
    tier: TierRow;
    tierId: string;
    candidate: Candidate;
    expiresAt: Date;
    now: Date;
    settings: OfferSettings;
  },
): Promise<MadeOffer> {
  const promotionId = randomUUID();
  const seats = o.candidate.party_size;
  await tx.execute(
    `insert into waitlist_promotions (id, entry_id, tier_id, seats, status, expires_at, notified_at, created_at)
     values (?, ?, ?, ?, 'open', ?, ?, now())`,
    [promotionId, o.candidate.id, o.tierId, seats, o.expiresAt, o.now],
  );
  const [person] = await tx.execute<Recipient[]>(
    `select c.display_name, a.name as attendee_name, c.last_inbound_at
       from contacts c left join attendees a on a.contact_id = c.id and a.event_id = ?
      where c.id = ?`,
    [o.tier.event_id, o.candidate.contact_id],
  );
  const name = person?.attendee_name ?? person?.display_name ?? null;
  const message = buildOfferMessage(
    {
      promotionId,
      firstName: name?.split(/\s+/)[0] ?? null,
      eventName: o.tier.event_name,
      tierName: o.tier.tier_name,
      seats,
      unitPriceCents: o.tier.price_cents,
      currency: o.tier.currency,
      expiresAt: o.expiresAt,
      timezone: o.tier.timezone,
    },
    {
      inWindow: mayWriteFreeForm(person?.last_inbound_at, o.now),
      templateId: o.settings.offerTemplateId,
    },
  );
  const target = await findReplyTarget(tx, o.candidate.contact_id, o.tier.event_id);
  const [outboxId] = await enqueueReplies(tx, target, [message], {
    proactive: true,
    intent: 'waitlist_offer',
  });
  const buttonsRemembered = await rememberButtons(
    tx,
    { eventId: o.tier.event_id, contactId: o.candidate.contact_id, buttons: offerButtons(promotionId) },
    { wait: false },
  );
  return {
    promotionId,
    tierId: o.tierId,
    eventId: o.tier.event_id,
    contactId: o.candidate.contact_id,
    seats,
    expiresAt: o.expiresAt,
    outboxId: outboxId!,
    buttonsRemembered,
  };
}
