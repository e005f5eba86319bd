import { isUuid } from '../../is-uuid.js';
import { LEAD_NOTE_ACTION, leadTitle } from '../../replies/lead-notes.js';
import { leadUnavailableNote } from '../../replies/organizer-sponsor-notes.js';
import { loadLeadView } from '../../services/leads/list-sponsor-leads.js';
import { answer, defineCommand } from '../command.js';

type Outcome = { kind: 'unavailable' } | { kind: 'form'; leadId: string; channel: string; title: string };

/** "📝 Note" on a lead card: the note form, titled with the lead; only the lead's own sponsor's channel. */
export const openLeadNote = defineCommand({
  name: LEAD_NOTE_ACTION,
  role: 'sponsor',
  runs: 'at-once',
  parse: (input) => ({ leadId: input }),
  async run(ctx, args): Promise<Outcome> {
    const lead = isUuid(args.leadId) ? await loadLeadView(ctx.em, args.leadId) : null;
    const mine = ctx.seat.role === 'sponsor' && lead?.sponsorId === ctx.seat.sponsor.id;
    if (!lead || !mine || !ctx.requester.channelId) return { kind: 'unavailable' };
    return { kind: 'form', leadId: lead.id, channel: ctx.requester.channelId, title: leadTitle(lead) };
  },
  reply: (o) =>
    o.kind === 'unavailable'
      ? answer(leadUnavailableNote())
      : answer(null, { form: { kind: 'lead-note', leadId: o.leadId, channel: o.channel, title: o.title } }),
  refused: () => answer(leadUnavailableNote(), { refused: true }),
});
