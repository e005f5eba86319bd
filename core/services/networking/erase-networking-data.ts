import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import type { ErasureContext, ErasureTarget, PersonalDataEraser } from '../privacy/personal-data-eraser.js';
import { erasedNotice } from './meeting-messages.js';
import { firstName } from './meeting-store.js';
import { notifyAttendee } from './notify-attendee.js';

/**
 * "Forget me" for networking: future meetings are cancelled and the other person told (outbox rows in the
 * caller's transaction; outside the 24-hour window as the configured update template), then meetings, matches both ways, goals, the profile vector, the preferences and the profile facts
 * on the attendee row are removed. Returns the number of rows removed or blanked.
 */
export const networkingDataEraser: PersonalDataEraser = {
  what: 'networking profile, suggestions and meetings',
  async erase(
    em: EntityManager,
    target: ErasureTarget,
    { now, meetingTemplates }: ErasureContext,
  ): Promise<number> {
    if (!target.attendeeId) return 0;
    const a = target.attendeeId;
    const future = await kysely(em)
      .selectFrom('Meeting as m')
      .innerJoin('Attendee as me', (join) => join.on('me.id', '=', a))
      .innerJoin('Event as e', 'e.id', 'm.event')
      .select((eb) => [
        'm.id',
        eb
          .case()
          .when('m.requester', '=', a)
          .then(eb.ref('m.invitee'))
          .else(eb.ref('m.requester'))
          .end()
          .as('other'),
        'me.name',
        'm.startsAt',
        'm.endsAt',
        'm.location',
        'e.timezone',
      ])
      .where((eb) => eb.or([eb('m.requester', '=', a), eb('m.invitee', '=', a)]))
      .where('m.status', 'in', ['pending', 'accepted'])
      .where('m.endsAt', '>', now)
      .forUpdate('m')
      .execute();
    for (const m of future) {
      await notifyAttendee(em, {
        eventId: target.eventId,
        attendeeId: m.other,
        now,
        intent: 'meeting_cancelled',
        notice: erasedNotice(
          meetingTemplates,
          firstName(m.name),
          { startsAt: m.startsAt, endsAt: m.endsAt, zone: m.timezone },
          m.location ?? null,
        ),
      });
    }
    const k = kysely(em);
    const counts = [
      await k
        .deleteFrom('Meeting')
        .where((eb) => eb.or([eb('requester', '=', a), eb('invitee', '=', a)]))
        .executeTakeFirst(),
      await k
        .deleteFrom('Match')
        .where((eb) => eb.or([eb('attendee', '=', a), eb('suggested', '=', a)]))
        .executeTakeFirst(),
      await k.deleteFrom('ConnectionGoal').where('attendee', '=', a).executeTakeFirst(),
      await k.deleteFrom('AttendeeEmbedding').where('attendee', '=', a).executeTakeFirst(),
      await k.deleteFrom('NetworkingPreference').where('attendee', '=', a).executeTakeFirst(),
    ].map((r) => Number(r.numDeletedRows));
    const blanked = await k
      .updateTable('Attendee')
      .set({ role: '', company: '', industry: '', interests: [], goals: [] })
      .where('id', '=', a)
      .executeTakeFirst();
    return counts.reduce((sum, n) => sum + n, Number(blanked.numUpdatedRows));
  },
};
