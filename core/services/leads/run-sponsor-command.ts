import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizerNote } from '../../ports/organizer-chat.js';
import { leadsListNote } from '../../replies/lead-notes.js';
import { exportLeadsCsv } from './export-leads-csv.js';
import { findSponsorByChannel } from './find-sponsor.js';
import { anonymousInterest, listSponsorLeads } from './list-sponsor-leads.js';

export interface SponsorCommandOutcome {
  note: OrganizerNote;
  /** `/leads export`: the CSV to upload into the channel. */
  file?: { bytes: Buffer; filename: string; title: string };
}

/**
 * `/leads` and `/leads export` in a sponsor's channel. The sponsor is the one whose Slack channel this is —
 * never what anyone types — so a sponsor only ever sees its own consented leads.
 */
export async function runSponsorCommand(
  em: EntityManager,
  input: { channelId: string; args: string; now: Date },
): Promise<SponsorCommandOutcome> {
  const sponsor = await findSponsorByChannel(em, input.channelId, input.now);
  if (!sponsor) {
    return { note: { text: "This channel isn't a sponsor's channel, so there are no leads to show here." } };
  }
  const { timezone } = sponsor;
  const leads = await listSponsorLeads(em, sponsor.id);
  const action = input.args.trim().toLowerCase();
  if (action === 'export') {
    if (leads.length === 0) return { note: { text: `*${sponsor.name}*: no leads to export yet.` } };
    return {
      note: {
        text: `📎 ${leads.length} ${leads.length === 1 ? 'lead' : 'leads'} exported — the CSV is in this channel.`,
      },
      file: {
        bytes: exportLeadsCsv(leads, timezone),
        filename: `${sponsor.code}-leads.csv`,
        title: `${sponsor.name} leads`,
      },
    };
  }
  if (action && action !== 'list') return { note: { text: 'Usage: `/leads` or `/leads export`.' } };
  return { note: leadsListNote(sponsor.name, leads, await anonymousInterest(em, sponsor.id), timezone) };
}
