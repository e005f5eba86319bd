import type { EntityManager } from '@mikro-orm/postgresql';
import type { ErasureTarget, PersonalDataEraser } from '../privacy/personal-data-eraser.js';
import { queueCardRedaction } from './card-redactions.js';

/**
 * "Forget me": the person's sponsor leads (consents, scores, ratings, notes) and sponsor activity at the
 * event. With the rows gone they vanish from `/leads`, exports, digests and rating buttons; the count of
 * people who engaged drops too; an alert card already posted in a sponsor's Slack channel is queued for
 * replacement in the same transaction (a card sent to a sponsor's WhatsApp cannot be recalled).
 */
export const leadDataEraser: PersonalDataEraser = {
  what: 'sponsor leads',
  async erase(em: EntityManager, target: ErasureTarget): Promise<number> {
    const leads = await em.execute<{ id: string; alert_ref: string | null }[]>(
      `delete from sponsor_leads where contact_id = ? and sponsor_id in (select id from sponsors where event_id = ?)
       returning id, alert_ref`,
      [target.contactId, target.eventId],
    );
    // Cards already posted in sponsors' Slack channels are replaced too (by the leads job's sweep, within seconds).
    for (const lead of leads) await queueCardRedaction(em, lead.alert_ref, 'erased');
    const activities = await em.execute<{ id: string }[]>(
      `delete from sponsor_activities where contact_id = ? and sponsor_id in (select id from sponsors where event_id = ?)
       returning id`,
      [target.contactId, target.eventId],
    );
    return leads.length + activities.length;
  },
};
