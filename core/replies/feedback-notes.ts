import { DateTime } from 'luxon';
import { sessionAttendanceCode } from '../catalog/session-code.js';
import type { CodeSheetContent } from '../ports/code-sheet.js';
import type { FeedbackChartContent } from '../ports/feedback-chart.js';
import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { SessionCodeList } from '../services/attendance/list-session-codes.js';
import type { CsatDay } from '../services/csat/csat-summary.js';
import type { UrgentFeedback } from '../services/feedback/analyse-feedback.js';
import type { FeedbackSummaryOutcome } from '../services/feedback/feedback-summary.js';

/** Organizer (Slack) wording of session attendance and feedback; English, outside the attendee catalogs. */

const slot = (at: Date, timezone: string) =>
  DateTime.fromJSDate(at, { zone: timezone }).toFormat('HH:mm ccc d LLL');

/** The printable sheet: one QR code per session, its link's text being the session's attendance code. */
export function sessionCodeSheet(list: SessionCodeList): CodeSheetContent {
  return {
    title: `${list.eventName} — scan when you arrive`,
    codes: list.sessions.map((s) => ({
      code: sessionAttendanceCode(s),
      title: s.title,
      detail: [s.room, slot(s.startsAt, list.timezone)].filter(Boolean).join(' · '),
    })),
  };
}

export function sessionCodesNote(list: SessionCodeList): OrganizerNote {
  if (list.sessions.length === 0) return { text: `${list.eventName} has no sessions yet.` };
  return {
    text: `Attendance codes for ${list.sessions.length} sessions — the printable sheet (PNG) follows in this channel. Put each QR code at its room's door: scanning it opens WhatsApp with the code, and attendance is recorded once.`,
    sections: [
      {
        lines: list.sessions.map(
          (s) =>
            `\`${sessionAttendanceCode(s)}\` — ${s.title}${s.room ? ` (${s.room})` : ''}, ${slot(s.startsAt, list.timezone)}`,
        ),
      },
    ],
  };
}

const stars = (average: number | null) => (average === null ? 'no ratings yet' : `${average.toFixed(1)} / 5`);

/** `/eventos feedback [session]`: average, count, 1–5 distribution and top topics per session; comments for one session. */
export function feedbackNote(outcome: FeedbackSummaryOutcome): OrganizerNote {
  if (outcome.kind === 'unknown-session')
    return {
      text: `No session matches “${outcome.query}”. Try its code (e.g. s-pgvector) or part of its title.`,
    };
  if (outcome.sessions.length === 0)
    return { text: 'No session feedback yet: attendees are asked after the sessions they attended end.' };
  const one = outcome.sessions.length === 1 ? outcome.sessions[0] : undefined;
  return {
    text: one
      ? `Feedback for ${one.title}: ${stars(one.average)} from ${one.ratings} rating${one.ratings === 1 ? '' : 's'}`
      : `Session feedback: ${outcome.sessions.length} sessions`,
    sections: [
      ...outcome.sessions.map((s) => ({
        title: `${s.title} (${s.code})`,
        lines: [
          `${stars(s.average)} · ${s.ratings} of ${s.asked} asked rated`,
          `1★ ${s.distribution[0]} · 2★ ${s.distribution[1]} · 3★ ${s.distribution[2]} · 4★ ${s.distribution[3]} · 5★ ${s.distribution[4]}`,
          ...(s.topics.length > 0
            ? [`Top topics: ${s.topics.map((t) => `${t.topic} (${t.count})`).join(', ')}`]
            : []),
        ],
      })),
      ...(one && one.comments.length > 0
        ? [{ title: 'Latest comments', lines: one.comments.map((c) => `> ${c}`) }]
        : []),
    ],
  };
}

/** The ratings chart `/eventos feedback` uploads: one bar per rated session; none when nothing is rated. */
export function feedbackChartContent(outcome: FeedbackSummaryOutcome): FeedbackChartContent | null {
  if (outcome.kind !== 'sessions') return null;
  const rated = outcome.sessions.filter((s) => s.ratings > 0);
  if (rated.length === 0) return null;
  const one = outcome.sessions.length === 1 ? outcome.sessions[0] : undefined;
  return {
    title: one ? `Ratings for ${one.title}` : 'Session ratings',
    sessions: rated.map((s) => ({
      label: s.title.length > 40 ? `${s.title.slice(0, 39)}…` : s.title,
      distribution: s.distribution,
    })),
  };
}

const share = (up: number, answered: number) =>
  answered === 0 ? '–' : `${Math.round((100 * up) / answered)}% 👍`;

/** `/eventos csat`: "Did we solve it?" answers, bot vs. human, by day. */
export function csatNote(days: CsatDay[]): OrganizerNote {
  if (days.length === 0)
    return {
      text: 'No CSAT answers yet: people are asked "Did we solve it?" after a handoff is resolved, or when the bot completes an issue itself (a cancellation).',
    };
  const total = (source: CsatDay['source']) => {
    const mine = days.filter((d) => d.source === source);
    const answered = mine.reduce((n, d) => n + d.answered, 0);
    const up = mine.reduce((n, d) => n + d.up, 0);
    const asked = mine.reduce((n, d) => n + d.asked, 0);
    return `${source === 'human' ? 'Human' : 'Bot'}: ${share(up, answered)} of ${answered} answers (${asked} asked)`;
  };
  return {
    text: `CSAT — ${total('human')} · ${total('bot')}`,
    sections: [
      {
        title: 'By day',
        lines: days.map(
          (d) =>
            `${d.day} · ${d.source}: ${share(d.up, d.answered)} — ${d.up} 👍 / ${d.answered - d.up} 👎, ${d.asked} asked`,
        ),
      },
    ],
  };
}

export const URGENT_REPLY_ACTION = 'urgent_reply';

/** An urgent comment or complaint in the organizers' feed, with a Reply button that opens a handoff thread. */
export function urgentFeedbackNote(u: UrgentFeedback): OrganizerNote {
  const where = u.session
    ? ` during *${u.session.title}*${u.session.room ? ` (${u.session.room})` : ''}`
    : '';
  return {
    text: `🚨 Urgent from ${u.personName}${where}: “${u.text}”`,
    sections: [
      {
        lines: [
          `Topics: ${u.topics.join(', ') || '–'} · sentiment ${u.sentiment.toFixed(2)}`,
          'Reply opens a handoff thread: your messages there reach them on WhatsApp.',
        ],
      },
    ],
    buttons: [{ actionId: URGENT_REPLY_ACTION, label: 'Reply', value: u.messageId, style: 'primary' }],
  };
}
