import { isUuid } from '../../is-uuid.js';
import { LEAD_RATE_ACTION_PREFIX, leadAlertNote } from '../../replies/lead-notes.js';
import { leadRatedNote } from '../../replies/organizer-sponsor-notes.js';
import { type LeadView, loadLeadView } from '../../services/leads/list-sponsor-leads.js';
import { type RateOutcome, rateLead } from '../../services/leads/rate-lead.js';
import { answer, defineCommand } from '../command.js';

const [one, ...more] = [1, 2, 3, 4, 5].map((n) => `${LEAD_RATE_ACTION_PREFIX}${n}`);

/** ★1–5 on a lead card in a sponsor's channel; the card then shows the rating, for everyone in the channel. */
export const rateLeadCard = defineCommand({
  name: one!,
  aliases: more,
  role: 'sponsor',
  runs: 'at-once',
  parse: (input, name) =>
    isUuid(input) ? { leadId: input, stars: Number(name.slice(LEAD_RATE_ACTION_PREFIX.length)) } : null,
  async run(
    ctx,
    args,
  ): Promise<{ result: RateOutcome; stars: number; card: LeadView | null; sponsor: string }> {
    const sponsor = ctx.seat.role === 'sponsor' ? ctx.seat.sponsor.name : '';
    const result = await rateLead(ctx.em, {
      leadId: args.leadId,
      stars: args.stars,
      by: ctx.requester.slackUserId,
      seat: { slackChannel: ctx.requester.channelId ?? '' },
      now: ctx.now,
    });
    const card = result.outcome === 'saved' ? await loadLeadView(ctx.em, args.leadId) : null;
    return { result, stars: args.stars, card, sponsor };
  },
  reply: (o) =>
    answer(leadRatedNote(o.result, o.stars), o.card ? { replace: leadAlertNote(o.card, o.sponsor) } : {}),
  refused: () => answer(leadRatedNote({ outcome: 'not_yours' }, 0), { refused: true }),
});
