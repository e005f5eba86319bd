import { leadDigestNote } from '../../replies/lead-notes.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { listSponsors } from './find-sponsor.js';
import { leadDigestMessage } from './lead-digest-message.js';
import { listSponsorLeads } from './list-sponsor-leads.js';
import type { LeadAlertDeps } from './send-lead-alert.js';
import { sponsorWhatsappTarget } from './sponsor-whatsapp-target.js';

export interface DigestReport {
  sponsors: number;
  leads: number;
  outboxIds: string[];
}

/**
 * The daily digest of one event: per sponsor, the warm and cold leads that consented since the last digest
 * (hot ones were alerted at once), to their Slack channel or else their WhatsApp number. Leads are claimed
 * (`digest_sent_at`) before posting, so two runs never list a lead twice; a failed post releases the claim
 * and throws so the job retries.
 */
export async function sendLeadDigests(deps: LeadAlertDeps, eventId: string): Promise<DigestReport> {
  const em = deps.em.fork();
  const now = deps.clock();
  const report: DigestReport = { sponsors: 0, leads: 0, outboxIds: [] };
  for (const sponsor of await listSponsors(em, eventId)) {
    const canSlack = Boolean(deps.chat && sponsor.slackChannel);
    if (!canSlack && !sponsor.whatsapp) continue;
    const claimed = await em.execute<{ id: string }[]>(
      `update sponsor_leads set digest_sent_at = ?, updated_at = now()
        where sponsor_id = ? and consent = 'given' and digest_sent_at is null and consented_at <= ?
          and temperature in ('warm', 'cold') and alert_status in ('none', 'skipped')
       returning id`,
      [now, sponsor.id, now],
    );
    if (claimed.length === 0) continue;
    const ids = new Set(claimed.map((c) => c.id));
    const leads = (await listSponsorLeads(em, sponsor.id)).filter((l) => ids.has(l.id));
    const note = leadDigestNote(sponsor.name, leads, sponsor.timezone);
    try {
      if (canSlack && deps.chat && sponsor.slackChannel) {
        await deps.chat.post(sponsor.slackChannel, note);
      } else if (sponsor.whatsapp) {
        const phone = sponsor.whatsapp;
        const outboxIds = await em.transactional(async (tx) => {
          const target = await sponsorWhatsappTarget(tx, phone, eventId, now);
          const message = leadDigestMessage(sponsor.name, leads, note, {
            inWindow: target.inWindow,
            templateId: deps.digestTemplateId,
          });
          return enqueueReplies(tx, target, [message], { proactive: true, intent: 'lead_digest' });
        });
        report.outboxIds.push(...outboxIds);
      }
    } catch (error) {
      await em.execute(
        `update sponsor_leads set digest_sent_at = null where digest_sent_at = ? and id in (${claimed.map(() => '?').join(', ')})`,
        [now, ...claimed.map((c) => c.id)],
      );
      throw error;
    }
    report.sponsors++;
    report.leads += leads.length;
  }
  return report;
}
