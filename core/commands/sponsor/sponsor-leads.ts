import { leadsListNote } from '../../replies/lead-notes.js';
import {
  exportedNote,
  fetchingLeadsNote,
  leadCsvTitle,
  nothingToExportNote,
  sponsorUsageNote,
} from '../../replies/organizer-sponsor-notes.js';
import { exportLeadsCsv } from '../../services/leads/export-leads-csv.js';
import {
  anonymousInterest,
  type LeadView,
  listSponsorLeads,
} from '../../services/leads/list-sponsor-leads.js';
import { answer, defineCommand } from '../command.js';

type Action = 'list' | 'export' | 'usage';

type Outcome =
  | { kind: 'usage' }
  | { kind: 'listed'; sponsor: string; timezone: string; leads: LeadView[]; anonymous: number }
  | { kind: 'exported'; sponsor: string; code: string; timezone: string; leads: LeadView[] };

/**
 * `/leads` and `/leads export` in a sponsor's channel. The sponsor is the one whose Slack channel this is —
 * never what anyone types — so a sponsor only ever sees its own consented leads.
 */
export const sponsorLeads = defineCommand({
  name: 'leads',
  role: 'sponsor',
  runs: 'queued',
  parse(input): { action: Action } {
    const action = input.trim().toLowerCase();
    if (action === 'export') return { action: 'export' };
    return { action: !action || action === 'list' ? 'list' : 'usage' };
  },
  async run(ctx, args): Promise<Outcome> {
    if (ctx.seat.role !== 'sponsor') throw new Error('a sponsor command without a sponsor seat');
    const { sponsor } = ctx.seat;
    const leads = await listSponsorLeads(ctx.em, sponsor.id);
    const about = { sponsor: sponsor.name, timezone: sponsor.timezone, leads };
    if (args.action === 'export') return { kind: 'exported', ...about, code: sponsor.code };
    if (args.action === 'usage') return { kind: 'usage' };
    return { kind: 'listed', ...about, anonymous: await anonymousInterest(ctx.em, sponsor.id) };
  },
  reply(o) {
    if (o.kind === 'usage') return answer(sponsorUsageNote());
    if (o.kind === 'listed') return answer(leadsListNote(o.sponsor, o.leads, o.anonymous, o.timezone));
    if (o.leads.length === 0) return answer(nothingToExportNote(o.sponsor));
    return answer(exportedNote(o.leads.length), {
      file: {
        bytes: exportLeadsCsv(o.leads, o.timezone),
        filename: `${o.code}-leads.csv`,
        title: leadCsvTitle(o.sponsor),
      },
    });
  },
  working: (args, seat) =>
    fetchingLeadsNote(seat.role === 'sponsor' ? seat.sponsor.name : '', args.action === 'export'),
});
