import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale.js';
import type { OutboundMessage } from '../../messages.js';
import { renderAsText } from '../../messages.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { mayWriteFreeForm } from '../outbox/whatsapp-window.js';
import { findReplyTarget } from '../waitlist/find-reply-target.js';
import { ASK_WITHIN_MS, type FeedbackSettings, isQuietHour, startOfLocalDay } from './feedback-rules.js';
import { rememberFeedbackQuestion } from './remember-feedback-question.js';

/** One person who attended (or, with a ticket, asked about) a session that has ended and was not asked about it yet. */
interface Candidate {
  sessionId: string;
  sessionTitle: string;
  contactId: string;
  eventId: string;
  timezone: string;
}

/** How many candidates one run looks at; the next run (a minute later) takes the rest. */
const BATCH = 200;

/**
 * The request's words: free-form inside WhatsApp's 24-hour window, or the same facts as a template outside it
 * (Twilio error 63016). Built by the caller from core/replies, so this service holds no words.
 */
export type RatingRequest = (
  sessionTitle: string,
  feedbackId: string,
  locale: Locale,
) => OutboundMessage & { kind: 'list' };

/**
 * Asks attendees of sessions that ended for a 1–5 rating: at most once per session and person (a unique
 * row), never to someone who opted out, never in the venue's quiet hours (22:00–08:00, the event's zone), at
 * most `dailyCap` a day per person. Each request is one short transaction that locks the person's contact
 * row, so two runs at once cannot both pass the cap. Returns the outbox ids to deliver.
 */
export async function askSessionFeedback(
  em: EntityManager,
  input: { now: Date; settings: FeedbackSettings; question: RatingRequest },
): Promise<{ outboxIds: string[]; asked: number; waiting: number }> {
  const candidates = await findCandidates(em, input.now);
  const outboxIds: string[] = [];
  let waiting = 0;
  for (const candidate of candidates) {
    if (isQuietHour(input.now, candidate.timezone)) {
      waiting++;
      continue;
    }
    const id = await em.fork().transactional((tx) => askOne(tx, candidate, input));
    if (id) outboxIds.push(id);
    else waiting++;
  }
  return { outboxIds, asked: outboxIds.length, waiting };
}

/**
 * Who is asked about sessions that just ended: those who attended (a scanned code or "I'm at …"), and ticket
 * holders who asked the bot about the session (session_interests) — each pair once, attendees first.
 */
async function findCandidates(em: EntityManager, now: Date): Promise<Candidate[]> {
  const db = kysely(em);
  // Attendees, and askers (who must hold a ticket): one list, attendees first within a session.
  const people = db
    .selectFrom('SessionAttendance')
    .select(['session', 'contact', 'createdAt', sql<boolean>`false`.as('asked')])
    .unionAll(
      db
        .selectFrom('SessionInterest')
        .select(['session', 'contact', 'createdAt', sql<boolean>`true`.as('asked')]),
    );
  const rows = await db
    .selectFrom(people.as('p'))
    .innerJoin('EventSession as s', 's.id', 'p.session')
    .innerJoin('Event as e', 'e.id', 's.event')
    .innerJoin('Contact as c', 'c.id', 'p.contact')
    .leftJoin('SessionFeedback as f', (join) =>
      join.onRef('f.session', '=', 'p.session').onRef('f.contact', '=', 'p.contact'),
    )
    .select([
      's.id as sessionId',
      's.title as sessionTitle',
      'p.contact as contactId',
      'e.id as eventId',
      'e.timezone',
    ])
    .where('s.endsAt', '<=', now)
    .where('s.endsAt', '>', new Date(now.getTime() - ASK_WITHIN_MS))
    .where('f.id', 'is', null)
    .where('c.optedOut', '=', false)
    // An asker is asked only as a ticket holder: a confirmed order for the event.
    .where((eb) =>
      eb.or([
        eb('p.asked', '=', false),
        eb.exists(
          eb
            .selectFrom('Order as o')
            .select('o.id')
            .whereRef('o.contact', '=', 'p.contact')
            .whereRef('o.event', '=', 's.event')
            .where('o.status', '=', 'confirmed'),
        ),
      ]),
    )
    .orderBy('s.endsAt')
    .orderBy('p.asked')
    .orderBy('p.createdAt')
    .limit(2 * BATCH)
    .execute();
  const seen = new Set<string>();
  return rows.filter((c) => {
    const key = `${c.sessionId}:${c.contactId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function askOne(
  tx: EntityManager,
  candidate: Candidate,
  input: { now: Date; settings: FeedbackSettings; question: RatingRequest },
): Promise<string | null> {
  const db = kysely(tx);
  // The person's row, locked: the opt-out is read again and the daily cap counted without a race.
  const contact = await db
    .selectFrom('Contact')
    .select(['optedOut', 'lastInboundAt', 'language'])
    .where('id', '=', candidate.contactId)
    .forUpdate()
    .executeTakeFirst();
  if (!contact || contact.optedOut) return null;
  const today = await db
    .selectFrom('SessionFeedback')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('contact', '=', candidate.contactId)
    .where('askedAt', '>=', startOfLocalDay(input.now, candidate.timezone))
    .executeTakeFirst();
  if (Number(today?.n ?? 0) >= input.settings.dailyCap) return null;
  const row = await db
    .insertInto('SessionFeedback')
    .values({
      id: sql`gen_random_uuid()`,
      session: candidate.sessionId,
      contact: candidate.contactId,
      status: 'asked',
      askedAt: input.now,
    })
    .onConflict((oc) => oc.columns(['session', 'contact']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return null;
  const target = await findReplyTarget(tx, candidate.contactId, candidate.eventId);
  // Nowhere to write (no phone, never wrote to us): the row stays, so the person is not asked later either.
  if (!target.address) return null;
  // In the person's language; the template outside the 24-hour window too (its version in that language).
  const locale = contact.language ?? DEFAULT_LOCALE;
  const question = input.question(candidate.sessionTitle, row.id, locale);
  const message: OutboundMessage = mayWriteFreeForm(contact.lastInboundAt ?? null, input.now)
    ? question
    : {
        kind: 'template',
        templateId: input.settings.templateId,
        language: locale,
        // The person replies with the number, read through the feedback question remembered below.
        variables: { '1': candidate.sessionTitle },
        fallbackText: renderAsText(question),
      };
  const [outboxId] = await enqueueReplies(tx, target, [message], {
    proactive: true,
    intent: 'session_feedback',
  });
  await rememberFeedbackQuestion(tx, {
    eventId: candidate.eventId,
    contactId: candidate.contactId,
    buttons: question.items.map(({ id, title }) => ({ id, title })),
    prompt: question.text,
    question: { kind: 'session-rating', ref: row.id, askedAt: input.now.toISOString() },
  });
  return outboxId ?? null;
}
