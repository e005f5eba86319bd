import { kysely } from '../../../db/kysely.js';
import type { PersonalDataEraser } from '../privacy/personal-data-eraser.js';

/** "Forget me": the person's selfie check-in record for the event — consent answer and face template. */
export const faceDataEraser: PersonalDataEraser = {
  what: 'face data',
  async erase(em, target) {
    const result = await kysely(em)
      .deleteFrom('FacialRecognitionData')
      .where('event', '=', target.eventId)
      .where('contact', '=', target.contactId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
