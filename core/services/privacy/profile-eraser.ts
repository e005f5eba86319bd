import { kysely } from '../../../db/kysely.js';
import type { PersonalDataEraser } from './personal-data-eraser.js';

/**
 * "Forget me": the attendee's profile details (email, company, role, industry, interests, goals). The name
 * stays with the tickets, which are kept: they are the person's entry and the organizer's sales record.
 */
export const profileEraser: PersonalDataEraser = {
  what: 'profile details',
  async erase(em, target) {
    if (!target.attendeeId) return 0;
    const result = await kysely(em)
      .updateTable('Attendee')
      .set({ email: null, company: '', role: '', industry: '', interests: [], goals: [] })
      .where('id', '=', target.attendeeId)
      .where('event', '=', target.eventId)
      .where((eb) =>
        eb.or([
          eb('email', 'is not', null),
          eb('company', '<>', ''),
          eb('role', '<>', ''),
          eb('industry', '<>', ''),
          eb(eb.fn('cardinality', ['interests']), '>', 0),
          eb(eb.fn('cardinality', ['goals']), '>', 0),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },
};
