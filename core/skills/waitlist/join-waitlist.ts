import type { Locale } from '../../i18n/locale.js';
import { translator } from '../../i18n/translate.js';
import type { Button, ListItem, OutboundMessage } from '../../messages.js';
import { TICKET_ACTIONS } from '../../replies/ticket-replies.js';
import type { Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { findTierByCode, listTiers, type TierAvailability } from '../../services/waitlist/find-tier.js';
import { joinWaitlist } from '../../services/waitlist/join-waitlist.js';
import { findActiveEntries } from '../../services/waitlist/waitlist-position.js';
import { unusableQuantity } from '../tickets/read-quantity.js';
import { buttonTitle, describeEntry, entryReply, placeInLine, statusButtons } from './waitlist-replies.js';

/**
 * "Put me on the waiting list for VIP, we are 3" — and the `act:join-waitlist:<tier>[:<party size>]` button the
 * tickets skill shows when a tier is sold out. Asks for what is missing (which tier, how many people), then
 * joins. A tier with seats free for the party gets "book instead", not a place in a queue.
 */
export const joinWaitlistSkill: Skill = async (ctx) => {
  const t = translator(ctx.locale);
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
      entryReply(
        t('waitlist.alreadyOn', { entry: describeEntry(existing, ctx.event.timezone, ctx.locale) }),
        [existing],
        ctx.locale,
      ),
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
        t('waitlist.joined', { tier: tier.name, size: partySize, place: placeInLine(result.entry, t) }),
        t('waitlist.claimWindow', { minutes: result.claimWindowMinutes }),
      ];
      if (ctx.contact.optedOut) {
        lines.push(t('waitlist.paused'));
      }
      return reply({ kind: 'buttons', text: lines.join('\n'), buttons: statusButtons(ctx.locale) });
    }
    case 'already_on_list':
      return reply(
        entryReply(
          t('waitlist.alreadyOn', { entry: describeEntry(result.entry, ctx.event.timezone, ctx.locale) }),
          [result.entry],
          ctx.locale,
        ),
      );
    case 'seats_available':
      return reply({
        kind: 'buttons',
        text: t('waitlist.seatsFree', { tier: tier.name, free: result.free }),
        buttons: [{ id: `act:${TICKET_ACTIONS.chooseTier}:${tier.code}`, title: t('waitlist.bookNow') }],
      });
    case 'invalid_party_size':
      return {
        ...reply({
          kind: 'buttons',
          text: t('waitlist.groupLimit', { tier: tier.name, max: result.maxPerOrder }),
          buttons: partySizeButtons(tier, ctx.locale),
        }),
        pending: pendingFor(ctx, 'quantity', { tier: tier.code }),
      };
    case 'closed':
      return reply({
        kind: 'text',
        text:
          result.reason === 'event_over'
            ? t('waitlist.closedOver', { event: ctx.event.name })
            : t('waitlist.closedSales'),
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
  const t = translator(ctx.locale);
  const text = t(unknown ? 'waitlist.unknownTier' : 'waitlist.whichTier');
  const pending = pendingFor(ctx, 'tier', partySize ? { quantity: partySize } : {});
  if (tiers.length <= 3) {
    const buttons: Button[] = tiers.map((t) => ({ id: arg(t), title: buttonTitle(t.name) }));
    return { replies: [{ kind: 'buttons', text, buttons }], pending };
  }
  const items: ListItem[] = tiers.slice(0, 10).map((tier) => ({
    id: arg(tier),
    title: buttonTitle(tier.name),
    description: tier.free > 0 ? t('tickets.rowLeft', { available: tier.free }) : t('tickets.rowSoldOut'),
  }));
  return { replies: [{ kind: 'list', text, buttonText: t('tickets.chooseButton'), items }], pending };
}

/**
 * Suggestions 1, 2 and 3, in that order: on Twilio the buttons arrive as a numbered menu, so a typed "3"
 * picks the third button — it must mean 3 people. Any other number typed is read as the party size.
 */
const partySizeButtons = (tier: TierAvailability, locale: Locale): Button[] =>
  [1, 2, 3]
    .filter((n) => n <= tier.maxPerOrder)
    .map((n) => ({
      id: `act:join-waitlist:${tier.code}:${n}`,
      title: translator(locale)('waitlist.partyButton', { size: n }),
    }));

function askForPartySize(ctx: SkillContext, tier: TierAvailability): SkillResult {
  return {
    replies: [
      {
        kind: 'buttons',
        text: translator(ctx.locale)('waitlist.howMany', { tier: tier.name, max: tier.maxPerOrder }),
        buttons: partySizeButtons(tier, ctx.locale),
      },
    ],
    pending: pendingFor(ctx, 'quantity', { tier: tier.code }),
  };
}
