import { DateTime } from 'luxon';
import type { EventCatalog } from '../catalog/event-catalog.js';
import { extractInterests } from './extract-interests.js';
import { chooseQuantity } from './find-quantities.js';
import type { Intent, Slots } from './label-schema.js';
import type { FaqMatch } from './match-faq.js';
import type { EntityKind, EntityMention, Utterance } from './utterance.js';

type SlotName = keyof Slots;

const TICKETS: SlotName[] = ['quantity', 'tier'];
const MEETINGS: SlotName[] = ['person', 'time', 'date'];
/** A bare answer ("3", "VIP", "Grace", "at 2pm") fills whatever the dialog asked for, so keep all values. */
const ANSWER: SlotName[] = ['quantity', 'tier', 'person', 'session', 'sponsor', 'time', 'date'];

/** Which slots an intent carries; an entity named in passing under another intent is not its slot. */
const SLOTS_BY_INTENT: Record<Intent, SlotName[]> = {
  greeting: [],
  help: [],
  book_tickets: TICKETS,
  my_tickets: TICKETS,
  cancel_booking: TICKETS,
  join_waitlist: TICKETS,
  waitlist_status: TICKETS,
  leave_waitlist: TICKETS,
  checkin: [],
  find_matches: ['interests'],
  request_meeting: MEETINGS,
  my_meetings: MEETINGS,
  cancel_meeting: MEETINGS,
  update_profile: ['interests'],
  agenda: ['session', 'time', 'date'],
  faq: ['faq'],
  sponsor_interest: ['sponsor'],
  talk_to_human: [],
  forget_me: [],
  opt_out: [],
  confirm: ANSWER,
  deny: ANSWER,
  thanks: [],
  out_of_scope: ANSWER,
};

/** The entity of one kind the message names most specifically (first mentioned on a tie). */
function strongest(mentions: readonly EntityMention[], kinds: EntityKind[]): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const m of mentions) if (kinds.includes(m.kind) && (!best || m.strength > best.strength)) best = m;
  return best;
}

/**
 * The session meant: every mention (title words, alias, speaker) votes for its session, so "Hiro's
 * workshop" beats a lone alias; when a date is given, a session on that day wins ("lunch on day 2").
 */
function chooseSession(u: Utterance, catalog: EventCatalog, date: string | undefined): string | undefined {
  const votes = new Map<string, number>();
  for (const m of u.mentions) {
    if (m.kind !== 'session' && m.kind !== 'speaker') continue;
    const current = votes.get(m.id);
    votes.set(
      m.id,
      current === undefined
        ? m.strength
        : Math.max(current, m.strength) + 0.3 * Math.min(current, m.strength),
    );
  }
  if (date && votes.size > 0) {
    const best = Math.max(...votes.values());
    const dayOf = (startsAt: string) => DateTime.fromISO(startsAt, { zone: catalog.timezone }).toISODate();
    const onDay = (id: string) => {
      const session = catalog.sessions.find((s) => s.id === id);
      return session !== undefined && dayOf(session.startsAt) === date;
    };
    const top = [...votes.entries()].filter(([, v]) => v === best).map(([id]) => id);
    if (!top.some(onDay)) {
      const words = new Set(
        top.flatMap(
          (id) =>
            catalog.sessions
              .find((s) => s.id === id)
              ?.title.toLowerCase()
              .split(/\W+/) ?? [],
        ),
      );
      const sibling = catalog.sessions.find(
        (s) =>
          dayOf(s.startsAt) === date &&
          s.title
            .toLowerCase()
            .split(/\W+/)
            .some((w) => w.length > 3 && words.has(w)),
      );
      if (sibling) return sibling.id;
    }
  }
  let chosen: string | undefined;
  let score = 0;
  for (const [id, v] of votes) if (v > score) [chosen, score] = [id, v];
  return chosen;
}

export function fillSlots(
  intent: Intent,
  u: Utterance,
  faq: FaqMatch | undefined,
  catalog: EventCatalog,
  tierEnds: ReadonlyMap<number, number>,
): Slots {
  const wanted = new Set(SLOTS_BY_INTENT[intent]);
  const slots: Slots = {};
  if (wanted.has('quantity')) {
    const quantity = chooseQuantity(u.quantities, u.words, tierEnds);
    if (quantity !== undefined) slots.quantity = quantity;
  }
  const tier = wanted.has('tier') ? strongest(u.mentions, ['tier']) : undefined;
  if (tier) slots.tier = tier.id;
  const person = wanted.has('person') ? strongest(u.mentions, ['person']) : undefined;
  if (person) slots.person = person.id;
  const date = u.dates[0]?.value;
  if (wanted.has('session')) {
    const session = chooseSession(u, catalog, date);
    if (session) slots.session = session;
  }
  const sponsor = wanted.has('sponsor') ? strongest(u.mentions, ['sponsor']) : undefined;
  if (sponsor) slots.sponsor = sponsor.id;
  if (wanted.has('time') && u.times[0]) slots.time = u.times[0].value;
  if (wanted.has('date') && date) slots.date = date;
  // Only a clear winner names the FAQ; a near tie is left for the FAQ search to rank.
  if (wanted.has('faq') && faq && faq.score >= 1.5 && faq.score - faq.runnerUp >= 0.5) slots.faq = faq.id;
  if (wanted.has('interests')) {
    const interests = extractInterests(u.words, u.breaks, intent === 'find_matches');
    if (interests.length > 0) slots.interests = interests;
  }
  return slots;
}
