import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { mayWriteFreeForm } from '../outbox/whatsapp-window.js';
import { findReplyTarget } from './find-reply-target.js';
import { buildOfferMessage, offerButtons } from './offer-message.js';
import { rememberButtons } from './remember-buttons.js';

export interface OfferSettings {
  /** The approved WhatsApp template for offers outside the 24-hour window (by name: core/template-names.ts). */
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

/** Locks the tier row for the rest of the transaction and reads what an offer needs. */
function lockTier(tx: EntityManager, tierId: string, now: Date) {
  return kysely(tx)
    .selectFrom('TicketTier as t')
    .innerJoin('Event as e', 'e.id', 't.event')
    .select((eb) => [
      't.event as eventId',
      'e.name as eventName',
      'e.timezone',
      'e.currency',
      'e.claimWindowMinutes',
      't.name as tierName',
      't.priceCents',
      sql<number>`t.capacity - t.sold - t.held`.as('free'),
      eb.and([eb('e.salesOpen', '=', true), eb('e.endsAt', '>', now)]).as('open'),
    ])
    .where('t.id', '=', tierId)
    .forUpdate('t')
    .executeTakeFirst();
}

type LockedTier = NonNullable<Awaited<ReturnType<typeof lockTier>>>;

/** Waiting parties that fit in `free` seats and accept offers, in serving order (priority, then join time). */
function findCandidates(tx: EntityManager, tierId: string, free: number) {
  return kysely(tx)
    .selectFrom('WaitlistEntry as w')
    .innerJoin('Contact as c', 'c.id', 'w.contact')
    .select(['w.id', 'w.contact as contactId', 'w.partySize'])
    .where('w.tier', '=', tierId)
    .where('w.status', '=', 'waiting')
    .where('w.partySize', '<=', free)
    .where('c.optedOut', '=', false)
    .orderBy('w.priority', 'desc')
    .orderBy('w.joinedAt')
    .orderBy('w.id')
    .limit(500)
    .execute();
}

type Candidate = Awaited<ReturnType<typeof findCandidates>>[number];

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
    const tier = await lockTier(tx, input.tierId, input.now);
    if (!tier?.open || tier.free <= 0) return [];

    const candidates = await findCandidates(tx, input.tierId, tier.free);
    const expiresAt = new Date(input.now.getTime() + tier.claimWindowMinutes * 60_000);
    const offers: MadeOffer[] = [];
    let remaining = tier.free;
    for (const candidate of candidates) {
      if (remaining === 0) break;
      if (candidate.partySize > remaining) continue;
      // Guarded: the person may have left since the select; then the seats go further down the list.
      const taken = await kysely(tx)
        .updateTable('WaitlistEntry')
        .set({ status: 'offered', updatedAt: sql`clock_timestamp()` })
        .where('id', '=', candidate.id)
        .where('status', '=', 'waiting')
        .executeTakeFirst();
      if (taken.numUpdatedRows === 0n) continue;
      remaining -= candidate.partySize;
      offers.push(await makeOffer(tx, { ...input, tier, candidate, expiresAt }));
    }
    if (offers.length > 0) {
      const offered = tier.free - remaining;
      await kysely(tx)
        .updateTable('TicketTier')
        .set((eb) => ({ held: eb('held', '+', offered) }))
        .where('id', '=', input.tierId)
        .executeTakeFirst();
    }
    return offers;
  });
}

async function makeOffer(
  tx: EntityManager,
  o: {
    tier: LockedTier;
    tierId: string;
    candidate: Candidate;
    expiresAt: Date;
    now: Date;
    settings: OfferSettings;
  },
): Promise<MadeOffer> {
  const promotionId = randomUUID();
  const seats = o.candidate.partySize;
  const db = kysely(tx);
  await db
    .insertInto('WaitlistPromotion')
    .values({
      id: promotionId,
      entry: o.candidate.id,
      tier: o.tierId,
      seats,
      status: 'open',
      expiresAt: o.expiresAt,
      notifiedAt: o.now,
      createdAt: sql`now()`,
    })
    .executeTakeFirst();
  const person = await db
    .selectFrom('Contact as c')
    .leftJoin('Attendee as a', (join) =>
      join.onRef('a.contact', '=', 'c.id').on('a.event', '=', o.tier.eventId),
    )
    .select(['c.displayName', 'a.name as attendeeName', 'c.lastInboundAt'])
    .where('c.id', '=', o.candidate.contactId)
    .executeTakeFirst();
  const name = person?.attendeeName ?? person?.displayName ?? null;
  const message = buildOfferMessage(
    {
      promotionId,
      firstName: name?.split(/\s+/)[0] ?? null,
      eventName: o.tier.eventName,
      tierName: o.tier.tierName,
      seats,
      unitPriceCents: o.tier.priceCents,
      currency: o.tier.currency,
      expiresAt: o.expiresAt,
      timezone: o.tier.timezone,
    },
    {
      inWindow: mayWriteFreeForm(person?.lastInboundAt, o.now),
      templateId: o.settings.offerTemplateId,
    },
  );
  const target = await findReplyTarget(tx, o.candidate.contactId, o.tier.eventId);
  const [outboxId] = await enqueueReplies(tx, target, [message], {
    proactive: true,
    intent: 'waitlist_offer',
  });
  const buttonsRemembered = await rememberButtons(
    tx,
    { eventId: o.tier.eventId, contactId: o.candidate.contactId, buttons: offerButtons(promotionId) },
    { wait: false },
  );
  return {
    promotionId,
    tierId: o.tierId,
    eventId: o.tier.eventId,
    contactId: o.candidate.contactId,
    seats,
    expiresAt: o.expiresAt,
    outboxId: outboxId!,
    buttonsRemembered,
  };
}
