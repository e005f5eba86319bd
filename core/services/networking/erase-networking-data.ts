import type { EntityManager } from '@mikro-orm/postgresql';
import type { ErasureContext, ErasureTarget, PersonalDataEraser } from '../privacy/personal-data-eraser.js';
import { updateNotice } from './meeting-messages.js';
import { formatSlot } from './meeting-slots.js';
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
    const future = await em.execute<
      {
        id: string;
        other: string;
        name: string;
        starts_at: Date;
        ends_at: Date;
        location: string | null;
        timezone: string;
      }[]
    >(
      `select m.id, case when m.requester_id = ? then m.invitee_id else m.requester_id end as other, me.name,
              m.starts_at, m.ends_at, m.location, e.timezone
         from meetings m join attendees me on me.id = ? join events e on e.id = m.event_id
        where (m.requester_id = ? or m.invitee_id = ?) and m.status in ('pending', 'accepted') and m.ends_at > ?
        for update of m`,
      [a, a, a, a, now],
    );
    for (const m of future) {
      const slot = formatSlot({ startsAt: new Date(m.starts_at), endsAt: new Date(m.ends_at) }, m.timezone);
      await notifyAttendee(em, {
        eventId: target.eventId,
        attendeeId: m.other,
        now,
        intent: 'meeting_cancelled',
        notice: updateNotice(
          meetingTemplates,
          `${firstName(m.name)} is no longer available, so your meeting for ${slot}${m.location ? ` at ${m.location}` : ''} is cancelled. Shall I suggest other people?`,
          [{ id: 'intent:find_matches', title: 'Find others' }],
        ),
      });
    }
    let removed = 0;
    for (const sql of [
      'delete from meetings where requester_id = ? or invitee_id = ?',
      'delete from matches where attendee_id = ? or suggested_id = ?',
    ]) {
      removed += await affected(em, sql, [a, a]);
    }
    for (const table of ['connection_goals', 'attendee_embeddings', 'networking_preferences']) {
      removed += await affected(em, `delete from ${table} where attendee_id = ?`, [a]);
    }
    removed += await affected(
      em,
      `update attendees set role = '', company = '', industry = '', interests = '{}', goals = '{}' where id = ?`,
      [a],
    );
    return removed;
  },
};

async function affected(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const result = await em.execute(sql, params, 'run');
  return (result as { affectedRows?: number }).affectedRows ?? 0;
}
