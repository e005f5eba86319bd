import type { EventCatalog } from '../catalog/event-catalog.js';
import type { Locale } from '../i18n/locale.js';
import { type MessageId, translator } from '../i18n/translate.js';
import type { Button } from '../messages.js';
import { type Reading, TICKET_TOPIC } from '../nlu/label-schema.js';
import type { SkillResult } from './skill.js';

/**
 * The clarifying question for a message that could mean two things ("how much for VIP" — the price, or a
 * booking?): "Did you mean ticket prices (VIP) or booking tickets (VIP)?" with both readings as buttons.
 * A button carries its reading's intent and slots (`intent:<intent>:<slots JSON>`, read back by
 * core/pipeline/resolve-choice.ts), so a tap continues exactly that reading. Counts as a misunderstanding,
 * so a second unclear message in a row gets the offer of a person instead.
 */
export function clarify(
  readings: readonly [Reading, Reading],
  catalog: EventCatalog,
  locale: Locale,
): SkillResult {
  const t = translator(locale);
  const [first, second] = readings.map((r) => choiceTitle(r, catalog, t)) as [string, string];
  const buttons: Button[] = readings.map((r, i) => ({
    id: `intent:${r.intent}:${JSON.stringify(r.slots)}`,
    title: i === 0 ? first : second,
  }));
  return {
    replies: [{ kind: 'buttons', text: t('clarify.didYouMean', { first, second }), buttons }],
    misunderstood: true,
  };
}

function choiceTitle(reading: Reading, catalog: EventCatalog, t: ReturnType<typeof translator>): string {
  const choice =
    reading.intent === 'faq' && reading.slots.faq === TICKET_TOPIC
      ? t('clarify.choice.faqTickets')
      : t(`clarify.choice.${reading.intent}` as MessageId);
  const tier = reading.slots.tier && catalog.tiers.find((x) => x.id === reading.slots.tier)?.name;
  return tier ? t('clarify.withTier', { choice, tier }) : choice;
}
