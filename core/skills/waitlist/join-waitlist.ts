import type { Button, ListItem, OutboundMessage } from '../../messages.js';
import { TICKET_ACTIONS } from '../../replies/ticket-replies.js';
import type { Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { findTierByCode, listTiers, type TierAvailability } from '../../services/waitlist/find-tier.js';
import { joinWaitlist } from '../../services/waitlist/join-waitlist.js';
import { findActiveEntries } from '../../services/waitlist/waitlist-position.js';
import { unusableQuantity } from '../tickets/read-quantity.js';
import {
  buttonTitle,
  describeEntry,
  entryReply,
  partyOf,
  placeInLine,
  statusButtons,
} from './waitlist-replies.js';

/**
 * "Put me on the waiting list for VIP, we are 3" — and the `act:join-waitlist:<tier>[:<party size>]` button the
 * tickets skill shows when a tier is sold out. Asks for what is missing (which tier, how many people), then
 * joins. A tier with seats free for the party gets "book instead", not a place in a queue.
 */
export const joinWaitlistSkill: Skill = async (ctx) => {
  const [tierCode, size] = ctx.action ? ctx.action.arg.split(':') : [ctx.understood.slots.tier];
  // The NLU reads "-2" as 2 and drops "0" or "2.5": what was typed decides (not for taps or numbered picks).
  const typed = ctx.action ? null : unusableQuantity(ctx.text);
  const partySize = ctx.action ? (size ? Number(size) : undefined) : (typed ?? ctx.understood.slots.quantity);

  const tier = tierCode ? await findTierByCode(ctx.em, ctx.event.id, tierCode) : null;
  if (!tier) return askForTier(ctx, partySize, Boolean(tierCode));

  const [existing] = (
    await findActiveEntries(ctx.em, { eventId: ctx.event.id, contactId: ctx.contact.id })
  ).filter((e) => e.tierId === tier.id);
  if (existing) {
    return reply(
      entryReply(`You're already on the waiting list — ${describeEntry(existing, ctx.event.timezone)}`, [
        existing,
      ]),
    );
  }
  if (partySize === undefined) return askForPartySize(ctx, tier);

  const result = await joinWaitlist(ctx.em, {
    eventId: ctx.event.id,
    tier,
    contactId: ctx.contact.id,
    partySize,
    now: ctx.now,
  });
  switch (result.outcome) {
    case 'joined': {
      const lines = [
        `You're on the ${tier.name} waiting list for ${partyOf(partySize)} — ${placeInLine(result.entry)}.`,
        `When seats free up I'll message you here and hold them for you for ${result.claimWindowMinutes} minutes: tap Claim to book or Pass to let the next person have them.`,
      ];
      if (ctx.contact.optedOut) {
        lines.push(
          "Heads-up: you've paused updates (STOP), so I can't send you an offer. Send START to get one.",
        );
      }
      return reply({ kind: 'buttons', text: lines.join('\n'), buttons: statusButtons });
    }
    case 'already_on_list':
      return reply(
        entryReply(
          `You're already on the waiting list — ${describeEntry(result.entry, ctx.event.timezone)}`,
          [result.entry],
        ),
      );
    case 'seats_available':
      return reply({
        kind: 'buttons',
        text: `Good news — ${tier.name} isn't sold out: ${result.free} ${result.free === 1 ? 'seat is' : 'seats are'} free right now, so there's no need to wait.`,
        buttons: [{ id: `act:${TICKET_ACTIONS.chooseTier}:${tier.code}`, title: 'Book now' }],
      });
    case 'invalid_party_size':
      return {
        ...reply({
          kind: 'buttons',
          text: `The ${tier.name} waiting list takes groups of 1 to ${result.maxPerOrder} (its limit per order). How many people, including you?`,
          buttons: partySizeButtons(tier),
        }),
        pending: pendingFor(ctx, 'quantity', { tier: tier.code }),
      };
    case 'closed':
      return reply({
        kind: 'text',
        text:
          result.reason === 'event_over'
            ? `${ctx.event.name} is over, so its waiting lists are closed.`
            : 'Ticket sales are closed right now, so the waiting lists are closed too.',
      });
  }
};

const reply = (message: OutboundMessage): SkillResult => ({ replies: [message] });

function pendingFor(
  ctx: SkillContext,
  awaiting: 'tier' | 'quantity',
  slots: { tier?: string; quantity?: number },
) {
  return { intent: 'join_waitlist' as const, slots, awaiting, askedAt: ctx.now.toISOString() };
}

/** Sold-out tiers first: those are the ones with a waiting list worth joining. */
async function askForTier(
  ctx: SkillContext,
  partySize: number | undefined,
  unknown: boolean,
): Promise<SkillResult> {
  const tiers = (await listTiers(ctx.em, ctx.event.id)).sort(
    (a, b) => Number(a.free > 0) - Number(b.free > 0),
  );
  const arg = (t: TierAvailability) => `act:join-waitlist:${t.code}${partySize ? `:${partySize}` : ''}`;
  const text = `${unknown ? "I couldn't find that ticket type. " : ''}Which ticket type's waiting list would you like to join?`;
  const pending = pendingFor(ctx, 'tier', partySize ? { quantity: partySize } : {});
  if (tiers.length <= 3) {
    const buttons: Button[] = tiers.map((t) => ({ id: arg(t), title: buttonTitle(t.name) }));
    return { replies: [{ kind: 'buttons', text, buttons }], pending };
  }
  const items: ListItem[] = tiers.slice(0, 10).map((t) => ({
    id: arg(t),
    title: buttonTitle(t.name),
    description: t.free > 0 ? `${t.free} left` : 'sold out',
  }));
  return { replies: [{ kind: 'list', text, buttonText: 'Ticket types', items }], pending };
}

/**
 * Suggestions 1, 2 and 3, in that order: on Twilio the buttons arrive as a numbered menu, so a typed "3"
 * picks the third button — it must mean 3 people. Any other number typed is read as the party size.
 */
const partySizeButtons = (tier: TierAvailability): Button[] =>
  [1, 2, 3]
    .filter((n) => n <= tier.maxPerOrder)
    .map((n) => ({ id: `act:join-waitlist:${tier.code}:${n}`, title: n === 1 ? 'Just me' : `${n} people` }));

function askForPartySize(ctx: SkillContext, tier: TierAvailability): SkillResult {
  return {
    replies: [
      {
        kind: 'buttons',
        text: `How many people should I put on the ${tier.name} waiting list, including you? (Up to ${tier.maxPerOrder}.)`,
        buttons: partySizeButtons(tier),
      },
    ],
    pending: pendingFor(ctx, 'quantity', { tier: tier.code }),
  };
}
