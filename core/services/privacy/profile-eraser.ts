import type { PersonalDataEraser } from './personal-data-eraser.js';

/**
 * "Forget me": the attendee's profile details (email, company, role, industry, interests, goals). The name
 * stays with the tickets, which are kept: they are the person's entry and the organizer's sales record.
 */
export const profileEraser: PersonalDataEraser = {
  what: 'profile details',
  async erase(em, target) {
    if (!target.attendeeId) return 0;
    const rows = await em.execute<{ id: string }[]>(
      `update attendees set email = null, company = '', role = '', industry = '', interests = '{}', goals = '{}'
        where id = ? and event_id = ?
          and (email is not null or company <> '' or role <> '' or industry <> ''
               or cardinality(interests) > 0 or cardinality(goals) > 0)
        returning id`,
      [target.attendeeId, target.eventId],
    );
    return rows.length;
  },
};
