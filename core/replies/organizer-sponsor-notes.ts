import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { RateOutcome } from '../services/leads/rate-lead.js';

/** Answers to sponsors in their own Slack channel: `/leads`, `/leads export`, ★ ratings and notes on lead cards. */

/** `/leads` typed anywhere but a sponsor's channel: answered at once. */
export const notSponsorChannelNote = (): OrganizerNote => ({
  text: "`/leads` works in a sponsor's own channel: it shows that sponsor's leads. This channel isn't one.",
});

/** `/leads` in a Slack Connect channel: people of another organization could read the leads. */
export const sharedChannelNote = (): OrganizerNote => ({
  text:
    "`/leads` doesn't show leads in a channel shared with another organization (Slack Connect): attendees " +
    "agreed to share their details with the sponsor's team, not with everyone who can read this channel. Use " +
    "the sponsor's own channel in this workspace, or ask the event's organizers to set one up.",
});

/** `/leads` where Slack would not say who can read the channel: no leads shown rather than guessed. */
export const channelUncheckedNote = (error: string): OrganizerNote => ({
  text:
    `I couldn't check who can read this channel (${error}), so I haven't shown any leads. Try again in a ` +
    'minute; if it keeps happening, ask the organizers to run `eventos doctor`.',
});

/** The channel stopped being a sponsor's between the command and its job. */
export const noLeadsHereNote = (): OrganizerNote => ({
  text: "This channel isn't a sponsor's channel, so there are no leads to show here.",
});

export const fetchingLeadsNote = (sponsor: string, exporting: boolean): OrganizerNote => ({
  text: exporting ? `⏳ Exporting ${sponsor}'s leads…` : `⏳ Fetching ${sponsor}'s leads…`,
});

export const sponsorUsageNote = (): OrganizerNote => ({ text: 'Usage: `/leads` or `/leads export`.' });

export const nothingToExportNote = (sponsor: string): OrganizerNote => ({
  text: `*${sponsor}*: no leads to export yet.`,
});

export const exportedNote = (count: number): OrganizerNote => ({
  text: `📎 ${count} ${count === 1 ? 'lead' : 'leads'} exported — the CSV is in this channel.`,
});

export const leadCsvTitle = (sponsor: string) => `${sponsor} leads`;

export function leadRatedNote(result: RateOutcome, stars: number): OrganizerNote {
  return {
    text:
      result.outcome === 'saved'
        ? `Saved ${'★'.repeat(stars)} for ${result.name ?? 'this lead'}.`
        : result.outcome === 'not_yours'
          ? "This lead isn't this channel's sponsor's."
          : 'That lead is no longer available (the attendee may have withdrawn consent).',
  };
}

export const leadUnavailableNote = (): OrganizerNote => ({
  text: 'That lead is no longer available (the attendee may have withdrawn consent).',
});

export const leadNoteFormErrors = (problem: 'empty' | 'unavailable'): Record<string, string> => ({
  note: problem === 'empty' ? 'Please write a note.' : 'That lead is no longer available.',
});
