import { DateTime } from 'luxon';
import type { Skill, SkillContext } from '../router/skill.js';
import {
  type AgendaSession,
  findSessionByCode,
  findSessionsAt,
  findSessionsBetween,
} from '../services/agenda/find-sessions.js';
import { noteSessionInterest } from '../services/attendance/note-session-interest.js';

const fmtDay = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat('ccc d LLL');
const fmtTime = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat('HH:mm');

function describe(s: AgendaSession, zone: string): string {
  const who = s.speakers.length > 0 ? ` with ${s.speakers.join(' & ')}` : '';
  return `“${s.title}” — ${fmtDay(s.startsAt, zone)}, ${fmtTime(s.startsAt, zone)}–${fmtTime(s.endsAt, zone)}, ${s.room}${who}`;
}

const line = (s: AgendaSession, zone: string) =>
  `• ${fmtTime(s.startsAt, zone)}–${fmtTime(s.endsAt, zone)} ${s.title} (${s.room})`;

/** The day a question is about: the date said, else today during the event, else the event's first day. */
function dayOf(ctx: SkillContext): DateTime {
  const zone = ctx.event.timezone;
  if (ctx.understood.slots.date) return DateTime.fromISO(ctx.understood.slots.date, { zone });
  const today = DateTime.fromJSDate(ctx.now, { zone }).startOf('day');
  const first = DateTime.fromJSDate(ctx.event.startsAt, { zone }).startOf('day');
  const last = DateTime.fromJSDate(ctx.event.endsAt, { zone }).startOf('day');
  return today < first || today > last ? first : today;
}

/** Agenda answers in the event's time zone: one session, what's on at a time, or a day's programme. */
export const agenda: Skill = async (ctx) => {
  const zone = ctx.event.timezone;
  const { session, time } = ctx.understood.slots;
  if (session) {
    const s = await findSessionByCode(ctx.em, ctx.event.id, session);
    if (s) {
      // Asked about: with a ticket, they are asked for feedback when it ends (core/services/feedback).
      await noteSessionInterest(ctx.em, {
        eventId: ctx.event.id,
        sessionCode: session,
        contactId: ctx.contact.id,
        now: ctx.now,
      });
      return { replies: [{ kind: 'text', text: describe(s, zone) }] };
    }
  }
  const day = dayOf(ctx);
  if (time) {
    const [hour, minute] = time.split(':').map(Number);
    const at = day.set({ hour: hour ?? 0, minute: minute ?? 0 });
    const running = await findSessionsAt(ctx.em, ctx.event.id, at.toJSDate());
    if (running.length > 0) {
      return {
        replies: [
          {
            kind: 'text',
            text: [
              `On at ${at.toFormat('HH:mm')}, ${at.toFormat('ccc d LLL')}:`,
              ...running.map((s) => line(s, zone)),
            ].join('\n'),
          },
        ],
      };
    }
    const next = await findSessionsBetween(
      ctx.em,
      ctx.event.id,
      at.toJSDate(),
      day.endOf('day').toJSDate(),
      3,
    );
    const text =
      next.length > 0
        ? [
            `Nothing is on at ${at.toFormat('HH:mm')} on ${at.toFormat('ccc d LLL')}. Coming up next:`,
            ...next.map((s) => line(s, zone)),
          ].join('\n')
        : `Nothing is scheduled at ${at.toFormat('HH:mm')} or later on ${at.toFormat('ccc d LLL')}.`;
    return { replies: [{ kind: 'text', text }] };
  }
  const sessions = await findSessionsBetween(
    ctx.em,
    ctx.event.id,
    day.toJSDate(),
    day.endOf('day').toJSDate(),
    10,
  );
  if (sessions.length === 0) {
    return {
      replies: [{ kind: 'text', text: `There's nothing on the agenda for ${day.toFormat('ccc d LLL')}.` }],
    };
  }
  const header = `${ctx.event.name} — ${day.toFormat('cccc d LLLL')} (times in ${zone.split('/').pop()?.replace('_', ' ')} time):`;
  return { replies: [{ kind: 'text', text: [header, ...sessions.map((s) => line(s, zone))].join('\n') }] };
};
