import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { Locale } from '../../i18n/locale.js';
import type { OutboundMessage } from '../../messages.js';
import type { OrganizerNote } from '../../ports/organizer-chat.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { listSponsors } from './find-sponsor.js';
import { type LeadView, listSponsorLeads } from './list-sponsor-leads.js';
import type { LeadAlertDeps } from './send-lead-alert.js';
import { sponsorWhatsappTarget } from './sponsor-whatsapp-target.js';

export interface DigestReport {
  sponsors: number;
  leads: number;
  outboxIds: string[];
}

/** The words of a digest, from core/replies (services build no text). */
export interface LeadDigestWording {
  /** The note for the sponsor's Slack channel, leads in the event's time zone. */
  slack(sponsorName: string, leads: LeadView[], timezone: string): OrganizerNote;
  /**
   * The digest for the sponsor's WhatsApp number, in its contact's language: plain text inside the 24-hour
   * window, else the template.
   */
  whatsapp(
    sponsorName: string,
    leads: LeadView[],
    options: { inWindow: boolean; templateId: string; locale: Locale; timezone: string },
  ): OutboundMessage;
}

/**
 * The daily digest of one event: per sponsor, the warm and cold leads that consented since the last digest
 * (hot ones were alerted at once), to their Slack channel or else their WhatsApp number. Leads are claimed
 * (`digest_sent_at`) before posting, so two runs never list a lead twice; a failed post releases the claim
 * and throws so the job retries.
 */
export async function sendLeadDigests(
  deps: LeadAlertDeps,
  eventId: string,
  wording: LeadDigestWording,
): Promise<DigestReport> {
  const em = deps.em.fork();
  const now = deps.clock();
  const report: DigestReport = { sponsors: 0, leads: 0, outboxIds: [] };
  for (const sponsor of await listSponsors(em, eventId)) {
    const canSlack = Boolean(deps.chat && sponsor.slackChannel);
    if (!canSlack && !sponsor.whatsapp) continue;
    const claimed = await claimDigestLeads(em, sponsor.id, now);
    if (claimed.length === 0) continue;
    const ids = new Set(claimed);
    const leads = (await listSponsorLeads(em, sponsor.id)).filter((l) => ids.has(l.id));
    const note = wording.slack(sponsor.name, leads, sponsor.timezone);
    try {
      if (canSlack && deps.chat && sponsor.slackChannel) {
        await deps.chat.post(sponsor.slackChannel, note);
      } else if (sponsor.whatsapp) {
        const phone = sponsor.whatsapp;
        const outboxIds = await em.transactional(async (tx) => {
          const target = await sponsorWhatsappTarget(tx, phone, eventId, now);
          const message = wording.whatsapp(sponsor.name, leads, {
            inWindow: target.inWindow,
            locale: target.locale,
            timezone: sponsor.timezone,
            templateId: deps.digestTemplateId,
          });
          return enqueueReplies(tx, target, [message], { proactive: true, intent: 'lead_digest' });
        });
        report.outboxIds.push(...outboxIds);
      }
    } catch (error) {
      await kysely(em)
        .updateTable('SponsorLead')
        .set({ digestSentAt: null })
        .where('digestSentAt', '=', now)
        .where('id', 'in', claimed)
        .executeTakeFirst();
      throw error;
    }
    report.sponsors++;
    report.leads += leads.length;
  }
  return report;
}

/** The sponsor's warm and cold leads not in a digest yet, marked as in this one; their ids. */
async function claimDigestLeads(em: EntityManager, sponsorId: string, now: Date): Promise<string[]> {
  const rows = await kysely(em)
    .updateTable('SponsorLead')
    .set({ digestSentAt: now, updatedAt: sql`now()` })
    .where('sponsor', '=', sponsorId)
    .where('consent', '=', 'given')
    .where('digestSentAt', 'is', null)
    .where('consentedAt', '<=', now)
    .where('temperature', 'in', ['warm', 'cold'])
    .where('alertStatus', 'in', ['none', 'skipped'])
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
