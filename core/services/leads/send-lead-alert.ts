import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import type { Locale } from '../../i18n/locale.js';
import type { OutboundMessage } from '../../messages.js';
import type { OrganizerChat, OrganizerNote } from '../../ports/organizer-chat.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { rememberButtons } from '../waitlist/remember-buttons.js';
import { type LeadView, loadLeadView } from './list-sponsor-leads.js';
import { sponsorWhatsappTarget } from './sponsor-whatsapp-target.js';

export interface LeadAlertDeps {
  em: EntityManager;
  /** Null when Slack is not configured: sponsors with a WhatsApp number get their alerts there. */
  chat: OrganizerChat | null;
  clock: () => Date;
  /** Approved WhatsApp template for lead alerts outside the 24-hour window (by name: core/template-names.ts). */
  leadTemplateId: string;
  /** Approved WhatsApp template for the daily digest outside the window (by name). */
  digestTemplateId: string;
}

/** The words of an alert, from core/replies (services build no text). */
export interface LeadAlertWording {
  /** The card posted to the sponsor's Slack channel. */
  slack(lead: LeadView, sponsorName: string): OrganizerNote;
  /** The message to the sponsor's WhatsApp number: free-form inside the 24-hour window, else the template. */
  whatsapp(
    lead: LeadView,
    sponsorName: string,
    options: { inWindow: boolean; templateId: string; locale: Locale },
  ): OutboundMessage;
}

/** A claimed alert belongs to one job this long; after it a retry or the sweep may take it over. */
const LEASE_SECONDS = 60;

export type AlertOutcome =
  | { outcome: 'posted'; channel: string; ts: string }
  | { outcome: 'whatsapp'; outboxIds: string[] }
  | { outcome: 'skipped' | 'not-pending' };

/**
 * Delivers one hot lead's alert, once: the lead row is claimed (pending → sending, leased) so concurrent or
 * repeated jobs cannot both post, then posted to the sponsor's Slack channel — or, without Slack, written to
 * the outbox for their WhatsApp number — and marked sent. A failed Slack post puts the claim back and throws
 * so the queue retries. (A crash after Slack accepted the post but before `sent` is recorded is the one case
 * that could post twice, after the lease: Slack's API has no idempotency key.)
 */
export async function sendLeadAlert(
  deps: LeadAlertDeps,
  leadId: string,
  wording: LeadAlertWording,
): Promise<AlertOutcome> {
  const em = deps.em.fork();
  const claimed = await claimAlert(em, leadId);
  if (!claimed) return { outcome: 'not-pending' };
  const lead = await loadLeadView(em, leadId);
  if (!lead) {
    await finish(em, leadId, 'skipped', null);
    return { outcome: 'skipped' };
  }

  if (deps.chat && claimed.slackChannel) {
    try {
      const posted = await deps.chat.post(claimed.slackChannel, wording.slack(lead, claimed.name));
      await finish(em, leadId, 'sent', `slack:${posted.channel}:${posted.ts}`);
      return { outcome: 'posted', channel: posted.channel, ts: posted.ts };
    } catch (error) {
      await kysely(em)
        .updateTable('SponsorLead')
        .set({ alertStatus: 'pending', alertLeaseUntil: null })
        .where('id', '=', leadId)
        .where('alertStatus', '=', 'sending')
        .executeTakeFirst();
      throw error;
    }
  }
  if (claimed.whatsapp) {
    const whatsapp = claimed.whatsapp;
    const outboxIds = await em.transactional(async (tx) => {
      const target = await sponsorWhatsappTarget(tx, whatsapp, claimed.eventId, deps.clock());
      const message = wording.whatsapp(lead, claimed.name, {
        inWindow: target.inWindow,
        locale: target.locale,
        templateId: deps.leadTemplateId,
      });
      const ids = await enqueueReplies(tx, target, [message], { proactive: true, intent: 'lead_alert' });
      // So the sponsor's typed "2" (Twilio shows lists as numbered text) picks a rating.
      if (target.contactId && message.kind === 'list') {
        await rememberButtons(
          tx,
          { eventId: claimed.eventId, contactId: target.contactId, buttons: message.items },
          { wait: true },
        );
      }
      await finish(tx, leadId, 'sent', `whatsapp:${ids[0]}`);
      return ids;
    });
    return { outcome: 'whatsapp', outboxIds };
  }
  // No channel to reach the sponsor: the lead stays in their listings and the organizers' counts.
  await finish(em, leadId, 'skipped', null);
  return { outcome: 'skipped' };
}

/**
 * pending → sending, leased for LEASE_SECONDS, or a lapsed lease taken over: the one statement that lets a
 * single job deliver the alert. Returns where the sponsor takes alerts, or undefined when it is not ours.
 */
function claimAlert(em: EntityManager, leadId: string) {
  return kysely(em)
    .updateTable('SponsorLead')
    .from('Sponsor as s')
    .set({
      alertStatus: 'sending',
      alertLeaseUntil: sql<Date>`now() + make_interval(secs => ${LEASE_SECONDS})`,
    })
    .whereRef('s.id', '=', 'SponsorLead.sponsor')
    .where('SponsorLead.id', '=', leadId)
    .where('SponsorLead.consent', '=', 'given')
    .where((eb) =>
      eb.or([
        eb('SponsorLead.alertStatus', '=', 'pending'),
        eb.and([
          eb('SponsorLead.alertStatus', '=', 'sending'),
          eb('SponsorLead.alertLeaseUntil', '<', sql<Date>`now()`),
        ]),
      ]),
    )
    .returning(['s.event as eventId', 's.name', 's.slackChannel', 's.whatsapp'])
    .executeTakeFirst();
}

async function finish(
  em: EntityManager,
  leadId: string,
  status: 'sent' | 'skipped',
  ref: string | null,
): Promise<void> {
  await kysely(em)
    .updateTable('SponsorLead')
    .set({
      alertStatus: status,
      alertRef: ref,
      alertedAt: status === 'sent' ? sql<Date>`now()` : null,
      alertLeaseUntil: null,
      updatedAt: sql`now()`,
    })
    .where('id', '=', leadId)
    .executeTakeFirst();
}

/** Hot leads whose alert job was lost (Redis down) or whose job died mid-post: the sweep queues them again. */
export async function findStrandedAlerts(em: EntityManager, olderThanSeconds = 5): Promise<string[]> {
  const rows = await kysely(em)
    .selectFrom('SponsorLead')
    .select('id')
    .where('consent', '=', 'given')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('alertStatus', '=', 'pending'),
          eb('updatedAt', '<', sql<Date>`now() - make_interval(secs => ${olderThanSeconds})`),
        ]),
        eb.and([eb('alertStatus', '=', 'sending'), eb('alertLeaseUntil', '<', sql<Date>`now()`)]),
      ]),
    )
    .limit(200)
    .execute();
  return rows.map((r) => r.id);
}
