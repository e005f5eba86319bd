import type { EntityManager } from '@mikro-orm/postgresql';
import type { ErasureTarget, PersonalDataEraser } from '../privacy/personal-data-erasers.js';

/**
 * "Forget me": the person's sponsor leads (consents, scores, ratings, notes) and sponsor activity at the
 * event. With the rows gone they vanish from `/leads`, exports, digests and rating buttons; the count of
 * people who engaged drops too. (An alert card already posted in a sponsor's Slack stays as Slack keeps it.)
 */
export const leadDataEraser: PersonalDataEraser = {
  what: 'sponsor leads',
  async erase(em: EntityManager, target: ErasureTarget): Promise<number> {
    const leads = await em.execute<{ id: string }[]>(
      `delete from sponsor_leads where contact_id = ? and sponsor_id in (select id from sponsors where event_id = ?)
       returning id`,
      [target.contactId, target.eventId],
    );
    const activities = await em.execute<{ id: string }[]>(
      `delete from sponsor_activities where contact_id = ? and sponsor_id in (select id from sponsors where event_id = ?)
       returning id`,
      [target.contactId, target.eventId],
    );
    return leads.length + activities.length;
  },
};
