import { DateTime } from 'luxon';
import type { OrganizerButton, OrganizerNote } from '../ports/organizer-chat.js';
import type { RedactionReason } from '../services/leads/card-redactions.js';
import type { LeadView } from '../services/leads/list-sponsor-leads.js';
import type { SponsorLeadCounts } from '../services/leads/sponsor-lead-counts.js';

/** Slack wording for sponsors (the hot-lead card, `/leads`, the digest) and organizers' lead counts. */

export const LEAD_RATE_ACTION_PREFIX = 'lead_rate_';
export const LEAD_NOTE_ACTION = 'lead_note';
export const LEAD_NOTE_MODAL = 'lead_note_modal';

const EMOJI = { hot: '🔥', warm: '🌤️', cold: '❄️' } as const;
const stars = (n: number | null) => (n ? '★'.repeat(n) + '☆'.repeat(5 - n) : 'not rated');

/** "Alice Martins — CTO, Tramway Labs" with only what was shared. */
export function leadTitle(lead: LeadView): string {
  const who = lead.name ?? 'An attendee';
  const what = [lead.role, lead.company].filter(Boolean).join(', ');
  return what ? `${who} — ${what}` : who;
}

function detailLines(lead: LeadView): string[] {
  return [
    lead.interests ? `Interests: ${lead.interests.join(', ')}` : '',
    lead.industry ? `Industry: ${lead.industry}` : '',
    lead.email ? `Email: ${lead.email}` : '',
    lead.phone ? `Phone: ${lead.phone} (agreed to be contacted)` : '',
  ].filter(Boolean);
}

const why = (lead: LeadView) => lead.factors.map((f) => `• ${f.label} (+${f.points})`);

/** The card posted to the sponsor's channel the moment a hot lead consents: who, why, ★1–5 and a note. */
export function leadAlertNote(lead: LeadView, sponsorName: string): OrganizerNote {
  const rated = lead.rating
    ? [{ lines: [`Rated ${stars(lead.rating)}${lead.notes ? ` · note: ${lead.notes}` : ''}`] }]
    : [];
  const buttons: OrganizerButton[] = [1, 2, 3, 4, 5].map((n) => ({
    actionId: `${LEAD_RATE_ACTION_PREFIX}${n}`,
    label: '★'.repeat(n),
    value: lead.id,
  }));
  buttons.push({ actionId: LEAD_NOTE_ACTION, label: '📝 Note', value: lead.id });
  return {
    text: `${EMOJI[lead.temperature]} *Hot lead for ${sponsorName}*: ${leadTitle(lead)}`,
    sections: [
      { lines: detailLines(lead) },
      { title: `Why it's hot (score ${lead.score})`, lines: why(lead) },
      ...rated,
      { lines: ['They agreed to share these details with you. Rate the lead:'] },
    ],
    buttons,
  };
}

export const withdrawnLeadNote = (reason: RedactionReason): OrganizerNote => ({
  text:
    reason === 'withdrawn'
      ? '🚫 This attendee withdrew their consent, so their details are no longer shown.'
      : '🚫 This attendee asked us to delete their data, so their details are no longer shown.',
});

function leadLine(lead: LeadView, timezone: string): string {
  const when = DateTime.fromJSDate(lead.consentedAt, { zone: timezone }).toFormat('ccc d LLL HH:mm');
  const interests = lead.interests ? ` · ${lead.interests.join(', ')}` : '';
  const phone = lead.phone ? ` · ${lead.phone}` : '';
  const note = lead.notes ? `\n    _${lead.notes}_` : '';
  return `${EMOJI[lead.temperature]} *${leadTitle(lead)}*${interests}${phone} · score ${lead.score} · ${stars(lead.rating)} · ${when}${note}`;
}

/** `/leads` (and `/eventos leads <sponsor>`): consented leads, newest first, and anonymous interest as a count. */
export function leadsListNote(
  sponsorName: string,
  leads: LeadView[],
  anonymous: number,
  timezone: string,
  max = 30,
): OrganizerNote {
  const counts = (['hot', 'warm', 'cold'] as const).map(
    (t) => `${leads.filter((l) => l.temperature === t).length} ${t}`,
  );
  const others =
    anonymous > 0
      ? ` ${anonymous} more ${anonymous === 1 ? 'person' : 'people'} showed interest without sharing their details.`
      : '';
  if (leads.length === 0) return { text: `*${sponsorName}*: no leads yet.${others}` };
  const shown = leads.slice(0, max).map((l) => leadLine(l, timezone));
  if (leads.length > max) shown.push(`…and ${leads.length - max} more — \`/leads export\` has them all.`);
  return {
    text: `*${sponsorName}*: ${leads.length} ${leads.length === 1 ? 'lead' : 'leads'} (${counts.join(', ')}).${others}`,
    sections: [{ lines: shown }],
  };
}

/** The daily digest: warm and cold leads since the last one (hot ones were alerted at once). */
export function leadDigestNote(sponsorName: string, leads: LeadView[], timezone: string): OrganizerNote {
  return {
    text: `📬 *${sponsorName}* — ${leads.length} new ${leads.length === 1 ? 'lead' : 'leads'} today`,
    sections: [
      { lines: leads.map((l) => leadLine(l, timezone)) },
      { lines: ['`/leads` lists them all; `/leads export` gives a CSV.'] },
    ],
  };
}

/** "Acme Cloud: 3 leads (1 hot, 1 warm, 1 cold) · 2 declined · 7 interested" */
export function sponsorCountsLine(c: SponsorLeadCounts): string {
  const leads = c.hot + c.warm + c.cold;
  const extra = [
    c.declined ? `${c.declined} declined` : '',
    c.withdrawn ? `${c.withdrawn} withdrew` : '',
    `${c.interested} interested`,
  ].filter(Boolean);
  return `${c.name}: ${leads} ${leads === 1 ? 'lead' : 'leads'} (${c.hot} hot, ${c.warm} warm, ${c.cold} cold) · ${extra.join(' · ')}`;
}
