import { attendanceReply, unknownSessionCode } from '../../replies/feedback-replies.js';
import type { Skill, SkillResult } from '../../router/skill.js';
import {
  findEventSession,
  findSessionByAttendanceCode,
} from '../../services/attendance/find-event-session.js';
import { recordAttendance } from '../../services/attendance/record-attendance.js';

/**
 * "I'm at the pgvector talk", or the room's QR code (`HERE-S-PGVECTOR`): the session-attendance step turns
 * either into this action, `act:attend-session:<code|said>:<value>`. Attendance is recorded once; a new one
 * may make a sponsor's lead hot, whose alert goes out after commit.
 */
export const attendSession: Skill = async (ctx) => {
  const [source = '', ...rest] = (ctx.action?.arg ?? '').split(':');
  const value = rest.join(':');
  const session =
    source === 'code'
      ? await findSessionByAttendanceCode(ctx.em, ctx.event.id, value)
      : source === 'said'
        ? await findEventSession(ctx.em, ctx.event.id, value)
        : null;
  if (!session) return { replies: [unknownSessionCode(ctx.locale)] };
  const outcome = await recordAttendance(ctx.em, {
    session,
    eventId: ctx.event.id,
    contactId: ctx.contact.id,
    source: source === 'code' ? 'code' : 'said',
    now: ctx.now,
  });
  const result: SkillResult = { replies: [attendanceReply(outcome, ctx.event.timezone, ctx.locale)] };
  if (outcome.kind === 'recorded' && outcome.leadAlerts.length > 0)
    result.followUps = outcome.leadAlerts.map((leadId) => ({ kind: 'lead-alert', leadId }));
  return result;
};
