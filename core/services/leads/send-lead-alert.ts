import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizerChat } from '../../ports/organizer-chat.js';
import { leadAlertNote } from '../../replies/lead-notes.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { rememberButtons } from '../waitlist/remember-buttons.js';
import { leadAlertMessage } from './lead-alert-message.js';
import { loadLeadView } from './list-sponsor-leads.js';
import { sponsorWhatsappTarget } from './sponsor-whatsapp-target.js';

export interface LeadAlertDeps {
  em: EntityManager;
  /** Null when Slack is not configured: sponsors with a WhatsApp number get their alerts there. */
  chat: OrganizerChat | null;
  clock: () => Date;
  /** Approved WhatsApp template for lead alerts outside the 24-hour window (WHATSAPP_LEAD_TEMPLATE_SID). */
  leadTemplateId: string;
  /** Approved WhatsApp template for the daily digest outside the window (WHATSAPP_LEAD_DIGEST_TEMPLATE_SID). */
  digestTemplateId: string;
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
export async function sendLeadAlert(deps: LeadAlertDeps, leadId: string): Promise<AlertOutcome> {
  const em = deps.em.fork();
  const [claimed] = await em.execute<
    {
      sponsor_id: string;
      event_id: string;
      name: string;
      slack_channel: string | null;
      whatsapp: string | null;
    }[]
  >(
    `update sponsor_leads l set alert_status = 'sending', alert_lease_until = now() + make_interval(secs => ?)
       from sponsors s
      where l.id = ? and s.id = l.sponsor_id and l.consent = 'given'
        and (l.alert_status = 'pending' or (l.alert_status = 'sending' and l.alert_lease_until < now()))
     returning l.sponsor_id, s.event_id, s.name, s.slack_channel, s.whatsapp`,
    [LEASE_SECONDS, leadId],
  );
  if (!claimed) return { outcome: 'not-pending' };
  const lead = await loadLeadView(em, leadId);
  if (!lead) {
    await finish(em, leadId, 'skipped', null);
    return { outcome: 'skipped' };
  }

  if (deps.chat && claimed.slack_channel) {
    try {
      const posted = await deps.chat.post(claimed.slack_channel, leadAlertNote(lead, claimed.name));
      await finish(em, leadId, 'sent', `slack:${posted.channel}:${posted.ts}`);
      return { outcome: 'posted', channel: posted.channel, ts: posted.ts };
    } catch (error) {
      await em.execute(
        `update sponsor_leads set alert_status = 'pending', alert_lease_until = null where id = ? and alert_status = 'sending'`,
        [leadId],
      );
      throw error;
    }
  }
  if (claimed.whatsapp) {
    const whatsapp = claimed.whatsapp;
    const outboxIds = await em.transactional(async (tx) => {
      const target = await sponsorWhatsappTarget(tx, whatsapp, claimed.event_id, deps.clock());
      const message = leadAlertMessage(lead, claimed.name, {
        inWindow: target.inWindow,
        templateId: deps.leadTemplateId,
      });
      const ids = await enqueueReplies(tx, target, [message], { proactive: true, intent: 'lead_alert' });
      // So the sponsor's typed "2" (Twilio shows lists as numbered text) picks a rating.
      if (target.contactId && message.kind === 'list') {
        await rememberButtons(
          tx,
          { eventId: claimed.event_id, contactId: target.contactId, buttons: message.items },
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

async function finish(
  em: EntityManager,
  leadId: string,
  status: 'sent' | 'skipped',
  ref: string | null,
): Promise<void> {
  await em.execute(
    `update sponsor_leads set alert_status = ?, alert_ref = ?, alerted_at = case when ? = 'sent' then now() end,
       alert_lease_until = null, updated_at = now() where id = ?`,
    [status, ref, status, leadId],
  );
}

/** Hot leads whose alert job was lost (Redis down) or whose job died mid-post: the sweep queues them again. */
export async function findStrandedAlerts(em: EntityManager, olderThanSeconds = 5): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select id from sponsor_leads where consent = 'given' and
       ((alert_status = 'pending' and updated_at < now() - make_interval(secs => ?))
        or (alert_status = 'sending' and alert_lease_until < now()))
     limit 200`,
    [olderThanSeconds],
  );
  return rows.map((r) => r.id);
}
