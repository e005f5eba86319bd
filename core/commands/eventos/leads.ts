import { leadsListNote } from '../../replies/lead-notes.js';
import { noSponsorNote, usageNote } from '../../replies/organizer-command-notes.js';
import { findSponsorByName, type SponsorInfo } from '../../services/leads/find-sponsor.js';
import {
  anonymousInterest,
  type LeadView,
  listSponsorLeads,
} from '../../services/leads/list-sponsor-leads.js';
import { answer, defineCommand } from '../command.js';

type Outcome =
  | { kind: 'listed'; sponsor: SponsorInfo; leads: LeadView[]; anonymous: number }
  | { kind: 'no-sponsor'; typed: string };

/** `/eventos leads <sponsor>`: a sponsor's consented leads, and how many others showed interest. */
export const leads = defineCommand({
  name: 'leads',
  role: 'staff',
  runs: 'queued',
  parse: (input) => (input ? { sponsor: input } : null),
  async run(ctx, args): Promise<Outcome> {
    const sponsor = await findSponsorByName(ctx.em, ctx.seat.eventId, args.sponsor);
    if (!sponsor) return { kind: 'no-sponsor', typed: args.sponsor };
    const listed = await listSponsorLeads(ctx.em, sponsor.id);
    return { kind: 'listed', sponsor, leads: listed, anonymous: await anonymousInterest(ctx.em, sponsor.id) };
  },
  reply: (o) =>
    answer(
      o.kind === 'no-sponsor'
        ? noSponsorNote(o.typed)
        : leadsListNote(o.sponsor.name, o.leads, o.anonymous, o.sponsor.timezone),
    ),
  usage: () => usageNote('leads'),
});
