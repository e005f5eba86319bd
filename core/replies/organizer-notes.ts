import { formatMoney } from '../format-money.js';
import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { CheckInCandidate } from '../services/check-in/find-tickets-to-check-in.js';
import type { FaqEntry } from '../services/faq-library/list-faqs.js';
import type { OpenHandoff } from '../services/handoffs/list-open-handoffs.js';
import type { HandoffSummary } from '../services/handoffs/load-handoff-summary.js';
import type { BroadcastAudience } from '../services/organizer/broadcast-audience.js';
import type { EventStats } from '../services/organizer/event-stats.js';
import type { PersonFound } from '../services/organizer/find-people.js';
import type { WaitlistLine } from '../services/organizer/list-waitlist.js';
import type { BroadcastProgress } from '../services/organizer/send-broadcast.js';
import { sponsorCountsLine } from './lead-notes.js';

/** Reply builders for `/eventos` commands and handoff threads: channel-agnostic notes. */
export const RESOLVE_ACTION = 'handoff_resolve';
export const BROADCAST_CONFIRM_ACTION = 'broadcast_confirm';
export const CAPACITY_CONFIRM_ACTION = 'capacity_confirm';
export const CHECKIN_ACTION = 'checkin_confirm';
export const WAITLIST_OFFER_ACTION = 'waitlist_offer_next';
export const WAITLIST_REMOVE_ACTION = 'waitlist_remove';
/** The add/edit FAQ form's submission. */
export const FAQ_FORM = 'faq_modal';
/** An organizer's message in a handoff thread (a chat event, not a button). */
export const HANDOFF_THREAD_REPLY = 'handoff_thread_reply';
/** Slack allows 25 elements in an actions block; keep the list's buttons well under it. */
const MAX_REMOVE_BUTTONS = 10;

export const helpNote = (): OrganizerNote => ({
  text: 'EventOS organizer commands',
  sections: [
    {
      lines: [
        '`/eventos stats` — sales, revenue, seats left, waiting lists, open handoffs, sponsor leads',
        '`/eventos waitlist [tier]` — who is waiting, with positions and offers in flight',
        '`/eventos capacity <tier> <+n|n>` — raise or set a tier’s capacity, within the venue’s (raising offers seats to the waiting list; large changes ask you to confirm)',
        '`/eventos find <name | phone>` — a person’s tickets, waiting lists, handoff and consent',
        '`/eventos checkin <ticket reference | name | phone>` — check a ticket in at the door (with confirmation)',
        '`/eventos handoffs` — conversations waiting for a human',
        '`/eventos resolve <name | phone>` — give a conversation back to the bot',
        '`/eventos broadcast <message>` — message every attendee on WhatsApp (preview, then Confirm)',
        '`/eventos faq list | add | edit <code> | remove <code>` — the FAQ library the bot answers from, with how often each was used',
        '`/eventos faq gaps` — questions the FAQ library could not answer, grouped by similarity, with an “Add FAQ” button',
        '`/eventos leads <sponsor>` — a sponsor’s consented leads (and how many others showed interest)',
        '`/eventos leads fields [name role company interests industry email phone]` — what sponsors receive when an attendee says yes',
        '`/eventos session-codes` — every session’s attendance code, and a printable sheet of QR codes for the room doors',
        '`/eventos feedback [session]` — session ratings (average, count, 1–5), top topics and a chart; for one session, the latest comments',
        '`/eventos csat` — "Did we solve it?" answers after resolved conversations, bot vs. human, by day',
        '`/eventos refund <order or ticket reference>` — cancel a paid booking and refund it in full (organizers only)',
        '`/eventos price <tier> <amount> [reason]` — change a tier’s price (with confirmation; existing orders keep theirs) · `/eventos price history [tier]`',
      ],
    },
  ],
});

export const refusalNote = (): OrganizerNote => ({
  text: 'Sorry — `/eventos` commands are for the event’s organizers and staff. If you should have access, ask an organizer to add your Slack user to the event file.',
});

export const organizerOnlyNote = (): OrganizerNote => ({
  text: 'Sorry — only the event’s organizers can do that (staff can look things up, check people in and answer handoffs). Ask an organizer.',
});

export const workingNote = (command: string): OrganizerNote => ({ text: `Working on \`${command}\`…` });

export function statsNote(stats: EventStats): OrganizerNote {
  const money = (cents: number) => formatMoney(cents, stats.currency);
  const revenue = stats.tiers.reduce((sum, t) => sum + t.revenueCents, 0);
  const sold = stats.tiers.reduce((sum, t) => sum + t.sold, 0);
  return {
    text: `${stats.eventName}: ${sold} tickets sold, ${money(revenue)} revenue, ${stats.openHandoffs} open handoffs`,
    sections: [
      ...stats.tiers.map((t) => ({
        title: `${t.name} (${t.code})`,
        lines: [
          `Sold ${t.sold} / ${t.capacity} · held ${t.held} · left ${t.capacity - t.sold - t.held}`,
          `Revenue ${money(t.revenueCents)}`,
          `Waiting: ${t.waitingParties} ${t.waitingParties === 1 ? 'party' : 'parties'} (${t.waitingPeople} people)`,
          `Checked in: ${t.checkedIn}`,
        ],
      })),
      { title: 'Handoffs', lines: [`${stats.openHandoffs} open`] },
      ...(stats.sponsors.length > 0
        ? [{ title: 'Sponsor leads', lines: stats.sponsors.map(sponsorCountsLine) }]
        : []),
      {
        title: 'Meetings booked',
        lines: [
          `${stats.meetings.accepted} accepted · ${stats.meetings.pending} pending · ${stats.meetings.completed} completed`,
        ],
      },
    ],
  };
}

export function waitlistNote(lines: WaitlistLine[], tier?: string): OrganizerNote {
  if (lines.length === 0) return { text: tier ? `Nobody is waiting for ${tier}.` : 'Nobody is waiting.' };
  const tiers = [...new Set(lines.map((l) => l.tierCode))];
  const tierIds = [...new Map(lines.map((l) => [l.tierId, l.tierCode])).entries()];
  return {
    text: `Waiting lists: ${lines.length} ${lines.length === 1 ? 'party' : 'parties'}`,
    buttons: [
      ...tierIds.map(([tierId, code]) => ({
        actionId: WAITLIST_OFFER_ACTION,
        label: `Offer free ${code} seats now`,
        value: tierId,
        style: 'primary' as const,
      })),
      ...lines
        .filter((l) => l.status === 'waiting')
        .slice(0, MAX_REMOVE_BUTTONS)
        .map((l) => ({
          actionId: WAITLIST_REMOVE_ACTION,
          label: `Remove ${l.tierCode} #${l.position} ${l.name ?? 'unknown'}`.slice(0, 75),
          value: l.entryId,
        })),
    ],
    sections: tiers.map((code) => ({
      title: code,
      lines: lines
        .filter((l) => l.tierCode === code)
        .map(
          (l) =>
            `${l.position}. ${l.name ?? 'unknown'} — party of ${l.partySize}` +
            (l.status === 'offered' && l.offerExpiresAt
              ? ` · offer in flight until ${l.offerExpiresAt.toISOString().slice(11, 16)} UTC`
              : ''),
        ),
    })),
  };
}

export function peopleNote(query: string, people: PersonFound[]): OrganizerNote {
  if (people.length === 0) return { text: `Nobody matches “${query}”.` };
  return {
    text: `${people.length} ${people.length === 1 ? 'person matches' : 'people match'} “${query}”`,
    sections: people.map((p) => ({
      title: `${p.name}${p.phone ? ` · ${p.phone}` : ''}`,
      lines: [
        p.tickets.length > 0
          ? `Tickets: ${p.tickets.map((t) => `${t.reference} (${t.tier}, ${t.status})`).join(', ')}`
          : 'Tickets: none',
        p.waitlists.length > 0
          ? `Waiting lists: ${p.waitlists.map((w) => `${w.tier} ×${w.partySize} (${w.status})`).join(', ')}`
          : 'Waiting lists: none',
        `Handoff: ${p.openHandoff ? 'open' : 'none'} · Messages: ${p.optedOut ? 'opted out (STOP)' : 'allowed'}`,
      ],
    })),
  };
}

export function handoffsNote(handoffs: OpenHandoff[]): OrganizerNote {
  if (handoffs.length === 0) return { text: 'No conversations are waiting for a human.' };
  return {
    text: `${handoffs.length} ${handoffs.length === 1 ? 'conversation is' : 'conversations are'} waiting for a human`,
    sections: handoffs.map((h) => ({
      title: `${h.name} · ${h.phone}`,
      lines: [`Since ${h.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC (${h.reason})`],
    })),
  };
}

/** `/eventos resolve <query>` matched more than one open handoff. */
export const severalHandoffsNote = (handoffs: OpenHandoff[]): OrganizerNote => ({
  ...handoffsNote(handoffs),
  text: 'Several open handoffs match — name one:',
});

export function handoffRootNote(s: HandoffSummary): OrganizerNote {
  return {
    text: `${s.name} (${s.phone}) wants to talk to a person`,
    sections: [
      { title: 'Tickets', lines: s.tickets.length > 0 ? s.tickets : ['none'] },
      {
        title: 'Last messages',
        lines: s.lastMessages.map((m) => `${m.direction === 'in' ? '👤' : '🤖'} ${m.body}`),
      },
      { lines: ['Reply in this thread to answer them on WhatsApp. Resolve when done.'] },
    ],
    buttons: [{ actionId: RESOLVE_ACTION, label: 'Resolve', value: s.id, style: 'primary' }],
  };
}

export const resolvedRootNote = (s: HandoffSummary): OrganizerNote => ({
  text: `✅ Resolved: ${s.name} (${s.phone}) is back with the bot`,
});

export const relayNote = (name: string, body: string): OrganizerNote => ({ text: `👤 ${name}: ${body}` });

export function broadcastPreviewNote(
  message: string,
  a: BroadcastAudience,
  commandId: string,
): OrganizerNote {
  return {
    text: `Broadcast preview: ${a.reachable} of ${a.total} people will get it`,
    sections: [
      { title: 'Message', lines: [message] },
      {
        title: 'Audience',
        lines: [
          `${a.reachable} will receive it`,
          `${a.optedOut} opted out (STOP) — skipped`,
          `${a.outsideWindow} silent for 24 h — WhatsApp refuses free-form messages to them, skipped`,
        ],
      },
    ],
    buttons:
      a.reachable > 0
        ? [
            {
              actionId: BROADCAST_CONFIRM_ACTION,
              label: 'Confirm and send',
              value: commandId,
              style: 'primary',
            },
          ]
        : [],
  };
}

export const broadcastProgressNote = (p: BroadcastProgress): OrganizerNote => ({
  text:
    p.pending > 0
      ? `📣 Broadcast in progress: ${p.sent} sent, ${p.failed} failed, ${p.suppressed} skipped, ${p.pending} to go`
      : `📣 Broadcast done: ${p.sent} sent, ${p.failed} failed, ${p.suppressed} skipped (STOP or 24-hour rule)`,
});

export function faqListNote(faqs: FaqEntry[]): OrganizerNote {
  if (faqs.length === 0) return { text: 'The FAQ library is empty. Add one with `/eventos faq add`.' };
  const categories = [...new Set(faqs.map((f) => f.category))];
  return {
    text: `${faqs.length} FAQs — edit with \`/eventos faq edit <code>\`, remove with \`/eventos faq remove <code>\``,
    sections: categories.map((category) => ({
      title: category,
      lines: faqs
        .filter((f) => f.category === category)
        .map((f) => `\`${f.code}\` ${f.question} · used ${f.usageCount}×`),
    })),
  };
}

const hhmm = (d: Date) => `${d.toISOString().slice(11, 16)} UTC`;

/** Matching tickets with a Check in button each: nothing changes until staff confirm one. */
export function checkInNote(query: string, tickets: CheckInCandidate[]): OrganizerNote {
  if (tickets.length === 0) return { text: `No valid ticket matches “${query}”.` };
  const open = tickets.filter((t) => !t.checkedInAt);
  return {
    text:
      open.length > 0
        ? `Check in which ticket for “${query}”?`
        : `Everything matching “${query}” is checked in.`,
    sections: [
      {
        lines: tickets.map(
          (t) =>
            `\`${t.reference}\` ${t.holder} · ${t.tier}${t.checkedInAt ? ` · ✅ checked in at ${hhmm(t.checkedInAt)}` : ''}`,
        ),
      },
    ],
    buttons: open.slice(0, 5).map((t) => ({
      actionId: CHECKIN_ACTION,
      label: `Check in ${t.reference}`,
      // Found by its exact reference (read off the QR code or the ticket) → a QR check-in; by name → manual.
      value: `${t.ticketId}:${t.reference.toUpperCase() === query.trim().toUpperCase() ? 'qr' : 'manual'}`,
      style: 'primary',
    })),
  };
}
