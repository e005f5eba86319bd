import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { SponsorCommandOutcome } from '../services/leads/run-sponsor-command.js';
import { leadsListNote } from './lead-notes.js';

export interface SponsorCommandReply {
  note: OrganizerNote;
  /** `/leads export`: the CSV to upload into the channel. */
  file?: { bytes: Buffer; filename: string; title: string };
}

/** The answer to `/leads` in a sponsor's channel. */
export function sponsorCommandReply(result: SponsorCommandOutcome): SponsorCommandReply {
  switch (result.outcome) {
    case 'not_a_sponsor_channel':
      return {
        note: { text: "This channel isn't a sponsor's channel, so there are no leads to show here." },
      };
    case 'usage':
      return { note: { text: 'Usage: `/leads` or `/leads export`.' } };
    case 'listed': {
      const { sponsor, leads, anonymous } = result;
      return { note: leadsListNote(sponsor.name, leads, anonymous, sponsor.timezone) };
    }
    case 'nothing_to_export':
      return { note: { text: `*${result.sponsor.name}*: no leads to export yet.` } };
    case 'exported': {
      const { sponsor, count, csv } = result;
      return {
        note: {
          text: `📎 ${count} ${count === 1 ? 'lead' : 'leads'} exported — the CSV is in this channel.`,
        },
        file: { bytes: csv, filename: `${sponsor.code}-leads.csv`, title: `${sponsor.name} leads` },
      };
    }
  }
}
