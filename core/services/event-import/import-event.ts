import type { EntityManager } from '@mikro-orm/postgresql';
import { Attendee } from '../../../db/entities/attendee.entity.js';
import { Contact } from '../../../db/entities/contact.entity.js';
import { Event } from '../../../db/entities/event.entity.js';
import { EventSession } from '../../../db/entities/event-session.entity.js';
import { Faq } from '../../../db/entities/faq.entity.js';
import { Organizer } from '../../../db/entities/organizer.entity.js';
import { Sponsor } from '../../../db/entities/sponsor.entity.js';
import { TicketTier } from '../../../db/entities/ticket-tier.entity.js';
import { Venue } from '../../../db/entities/venue.entity.js';
import { DEFAULT_LEAD_FIELDS, type EventFile } from '../../catalog/event-file.js';
import { normalizePhone } from '../../normalize-phone.js';
import type { Embedder } from '../../ports/embedder.js';
import { embedProfiles } from '../networking/embed-profiles.js';
import { normalisePriceSchedule, scheduledPriceAt } from '../pricing/price-schedule.js';
import { normaliseRefundPolicy } from '../tickets/refund-policy.js';

export interface ImportSummary {
  eventId: string;
  tiers: number;
  sessions: number;
  faqs: number;
  sponsors: number;
  organizers: number;
  attendees: number;
}

const cents = (major: number) => Math.round(major * 100);

/**
 * Creates or updates an event from an event file in one transaction. Rows are matched by the file's ids
 * (unique per event), so re-importing updates in place; sales counters (sold, held) are never touched.
 * FAQs and sessions that left the file are removed; tiers never are (tickets may point at them).
 */
export async function importEvent(
  em: EntityManager,
  file: EventFile,
  embedder: Embedder,
): Promise<ImportSummary> {
  const faqVectors = await embedder.embed(
    file.faqs.map((f) => [f.question, ...f.alternatives, f.answer].join('\n')),
  );
  const eventId = file.event.id;
  const e = file.event;

  await em.transactional(async (tx) => {
    await tx.upsert(Venue, {
      id: e.venue.id,
      name: e.venue.name,
      address: e.venue.address,
      capacity: e.venue.capacity ?? null,
    });
    await tx.upsert(
      Event,
      {
        id: eventId,
        name: e.name,
        description: e.description,
        timezone: e.timezone,
        startsAt: new Date(e.startsAt),
        endsAt: new Date(e.endsAt),
        currency: e.currency,
        salesOpen: e.salesOpen,
        claimWindowMinutes: e.waitlist?.claimWindowMinutes ?? 30,
        networking: e.networking ?? null,
        refundPolicy: e.refundPolicy ? normaliseRefundPolicy(e.refundPolicy.steps, e.timezone) : null,
        vatBasisPoints: e.vatRate === undefined ? null : Math.round(e.vatRate * 100),
        checkInOpensAt: e.checkIn?.opensAt ? new Date(e.checkIn.opensAt) : null,
        checkInClosesAt: e.checkIn?.closesAt ? new Date(e.checkIn.closesAt) : null,
        faceRetentionDays: e.checkIn?.faceRetentionDays ?? null,
        leadFields: e.leads?.fields ?? [...DEFAULT_LEAD_FIELDS],
        leadContactOption: e.leads?.offerContact ?? true,
        whatsappChannel: e.channels?.whatsapp === 'whatsapp-web' ? 'whatsapp-web' : 'whatsapp',
        venue: e.venue.id,
        // Set explicitly: the bot's catalog cache notices a re-import by this timestamp.
        updatedAt: new Date(),
      },
      { onConflictExcludeFields: ['createdAt'] },
    );

    await assertCapacitiesCoverSales(tx, eventId, file);
    if (file.tiers.length > 0) {
      await tx.upsertMany(
        TicketTier,
        file.tiers.map((t) => ({
          event: eventId,
          code: t.id,
          name: t.name,
          aliases: t.aliases,
          // The phase running now (early bird), else the regular price; the job applies later phase ends.
          priceCents: t.phases
            ? scheduledPriceAt(normalisePriceSchedule(t.phases, t.price, e.timezone), new Date())
            : cents(t.price),
          priceSchedule: t.phases ? normalisePriceSchedule(t.phases, t.price, e.timezone) : null,
          capacity: t.quantity,
          maxPerOrder: t.maxPerOrder,
          benefits: t.benefits,
          requires: t.requires ?? null,
        })),
        { onConflictFields: ['event', 'code'], onConflictExcludeFields: ['id', 'sold', 'held', 'version'] },
      );
    }

    await tx.nativeDelete(EventSession, { event: eventId, code: { $nin: file.sessions.map((s) => s.id) } });
    if (file.sessions.length > 0) {
      await tx.upsertMany(
        EventSession,
        file.sessions.map((s) => ({
          event: eventId,
          code: s.id,
          title: s.title,
          aliases: s.aliases,
          startsAt: new Date(s.startsAt),
          endsAt: new Date(s.endsAt),
          room: s.room,
          speakers: s.speakers,
          capacity: s.capacity ?? null,
        })),
        { onConflictFields: ['event', 'code'], onConflictExcludeFields: ['id'] },
      );
    }

    await tx.nativeDelete(Faq, { event: eventId, code: { $nin: file.faqs.map((f) => f.id) } });
    if (file.faqs.length > 0) {
      await tx.upsertMany(
        Faq,
        file.faqs.map((f, i) => ({
          event: eventId,
          code: f.id,
          question: f.question,
          answer: f.answer,
          category: f.category,
          alternatives: f.alternatives,
          answerTranslations: f.answers,
          embedding: faqVectors[i]!,
          embeddingModel: embedder.model,
          // The cloud vector (if any) is redone from the new text by the faq-semantics job.
          semanticModel: null,
        })),
        { onConflictFields: ['event', 'code'], onConflictExcludeFields: ['id'] },
      );
    }

    if (file.sponsors.length > 0) {
      await tx.upsertMany(
        Sponsor,
        file.sponsors.map((s) => ({
          event: eventId,
          code: s.id,
          name: s.name,
          aliases: s.aliases,
          industry: s.industry,
          tier: s.tier,
          targets: s.targets,
          booth: s.booth,
          slackChannel: s.contact.slackChannel ?? null,
          whatsapp: s.contact.whatsapp ? normalizePhone(s.contact.whatsapp) : null,
        })),
        { onConflictFields: ['event', 'code'], onConflictExcludeFields: ['id'] },
      );
    }

    if (file.organizers.length > 0) {
      await tx.upsertMany(
        Organizer,
        file.organizers.map((o) => ({
          event: eventId,
          slackUserId: o.slackUserId,
          name: o.name,
          role: o.role,
          phone: o.phone ? normalizePhone(o.phone) : null,
        })),
        { onConflictFields: ['event', 'slackUserId'], onConflictExcludeFields: ['id'] },
      );
    }

    for (const a of file.attendees) {
      const phone = a.phone ? normalizePhone(a.phone) : null;
      const contact = phone
        ? await tx.upsert(
            Contact,
            { phone, displayName: a.name },
            { onConflictFields: ['phone'], onConflictMergeFields: ['displayName'] },
          )
        : null;
      await tx.upsert(
        Attendee,
        {
          event: eventId,
          code: a.id,
          contact,
          name: a.name,
          email: a.email ?? null,
          company: a.company,
          role: a.role,
          industry: a.industry,
          interests: a.interests,
          goals: a.goals,
        },
        { onConflictFields: ['event', 'code'], onConflictExcludeFields: ['id', 'createdAt'] },
      );
    }
  });

  // Matchmaking works right after an import: goals and profile vectors (unchanged profiles are skipped).
  await embedProfiles(em, embedder, { eventId });

  return {
    eventId,
    tiers: file.tiers.length,
    sessions: file.sessions.length,
    faqs: file.faqs.length,
    sponsors: file.sponsors.length,
    organizers: file.organizers.length,
    attendees: file.attendees.length,
  };
}

/** Lowering a tier's capacity below what is already sold or held would oversell: refuse with the numbers. */
async function assertCapacitiesCoverSales(
  em: EntityManager,
  eventId: string,
  file: EventFile,
): Promise<void> {
  const existing = await em.find(TicketTier, { event: eventId }, { fields: ['code', 'sold', 'held'] });
  for (const tier of existing) {
    const next = file.tiers.find((t) => t.id === tier.code);
    if (next && next.quantity < tier.sold + tier.held) {
      throw new Error(
        `Tier "${tier.code}" cannot go down to ${next.quantity}: ${tier.sold} sold and ${tier.held} held already.`,
      );
    }
  }
}
