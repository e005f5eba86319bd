import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
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
    const db = kysely(em);
    const sponsorsOfEvent = db.selectFrom('Sponsor').select('id').where('event', '=', target.eventId);
    const leads = await db
      .deleteFrom('SponsorLead')
      .where('contact', '=', target.contactId)
      .where('sponsor', 'in', sponsorsOfEvent)
      .returning('alertRef')
      .execute();
    // Cards already posted in sponsors' Slack channels are replaced too (by the leads job's sweep, within seconds).
    for (const lead of leads) await queueCardRedaction(em, lead.alertRef ?? null, 'erased');
    const activities = await db
      .deleteFrom('SponsorActivity')
      .where('contact', '=', target.contactId)
      .where('sponsor', 'in', sponsorsOfEvent)
      .executeTakeFirst();
    return leads.length + Number(activities.numDeletedRows);
  },
};
