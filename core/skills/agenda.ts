import { DateTime } from 'luxon';
import { longDay, shortDay, zoneName } from '../i18n/format-event-day.js';
import { formatTime } from '../i18n/format-time.js';
import type { Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translate.js';
import type { Skill, SkillContext } from '../router/skill.js';
import {
  type AgendaSession,
  findSessionByCode,
  findSessionsAt,
  findSessionsBetween,
} from '../services/agenda/find-sessions.js';
import { noteSessionInterest } from '../services/attendance/note-session-interest.js';

function describe(s: AgendaSession, zone: string, locale: Locale): string {
  const values = {
    title: s.title,
    day: shortDay(s.startsAt, zone, locale),
    start: formatTime(s.startsAt, zone, locale),
    end: formatTime(s.endsAt, zone, locale),
    room: s.room,
  };
  const t = translator(locale);
  return s.speakers.length > 0
    ? t('agenda.sessionWith', { ...values, speakers: s.speakers.join(' & ') })
    : t('agenda.session', values);
}

const line = (s: AgendaSession, zone: string, locale: Locale) =>
  `• ${formatTime(s.startsAt, zone, locale)}–${formatTime(s.endsAt, zone, locale)} ${s.title} (${s.room})`;

/** The day a question is about: the date said, else today during the event, else the event's first day. */
function dayOf(ctx: SkillContext): DateTime {
  const zone = ctx.event.timezone;
  if (ctx.understood.slots.date) return DateTime.fromISO(ctx.understood.slots.date, { zone });
  const today = DateTime.fromJSDate(ctx.now, { zone }).startOf('day');
  const first = DateTime.fromJSDate(ctx.event.startsAt, { zone }).startOf('day');
  const last = DateTime.fromJSDate(ctx.event.endsAt, { zone }).startOf('day');
  return today < first || today > last ? first : today;
}

/**
 * Agenda answers in the event's time zone and the person's language: one session, what's on at a time, or a
 * day's programme.
 */
export const agenda: Skill = async (ctx) => {
  const zone = ctx.event.timezone;
  const { locale } = ctx;
  const t = translator(locale);
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
      return { replies: [{ kind: 'text', text: describe(s, zone, locale) }] };
    }
  }
  const day = dayOf(ctx);
  if (time) {
    const [hour, minute] = time.split(':').map(Number);
    const at = day.set({ hour: hour ?? 0, minute: minute ?? 0 });
    const when = {
      time: formatTime(at.toJSDate(), zone, locale),
      day: shortDay(at.toJSDate(), zone, locale),
    };
    const running = await findSessionsAt(ctx.em, ctx.event.id, at.toJSDate());
    if (running.length > 0) {
      return {
        replies: [
          {
            kind: 'text',
            text: [t('agenda.onAt', when), ...running.map((s) => line(s, zone, locale))].join('\n'),
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
        ? [t('agenda.nothingOnNext', when), ...next.map((s) => line(s, zone, locale))].join('\n')
        : t('agenda.nothingLater', when);
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
      replies: [
        { kind: 'text', text: t('agenda.emptyDay', { day: shortDay(day.toJSDate(), zone, locale) }) },
      ],
    };
  }
  const header = t('agenda.header', {
    event: ctx.event.name,
    day: longDay(day.toJSDate(), zone, locale),
    zone: zoneName(zone, locale, day.toJSDate()),
  });
  return {
    replies: [{ kind: 'text', text: [header, ...sessions.map((s) => line(s, zone, locale))].join('\n') }],
  };
};
