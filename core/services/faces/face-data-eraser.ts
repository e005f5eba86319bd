import type { PersonalDataEraser } from '../privacy/personal-data-eraser.js';

/** "Forget me": the person's selfie check-in record for the event — consent answer and face template. */
export const faceDataEraser: PersonalDataEraser = {
  what: 'face data',
  async erase(em, target) {
    const rows = await em.execute<{ id: string }[]>(
      'delete from facial_recognition_data where event_id = ? and contact_id = ? returning id',
      [target.eventId, target.contactId],
    );
    return rows.length;
  },
};
