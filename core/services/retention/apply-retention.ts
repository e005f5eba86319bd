import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../../db/kysely.js';
import { writeAudit } from '../audit/write-audit.js';

export interface RetentionSettings {
  /** Message texts and voice transcripts are blanked this many days after their event ends. */
  messageDays: number;
}

export interface RetentionOutcome {
  bookingAttempts: number;
  waitlistPromotions: number;
  messages: number;
}

const BOOKING_ATTEMPT_DAYS = 90;
const WAITLIST_PROMOTION_MONTHS = 6;

/**
 * The data-lifecycle table, applied (issue 15, "Also"): booking attempts deleted after 90 days, waiting-list
 * offers 6 months after their event, and what people wrote — message texts, payloads and voice transcripts —
 * blanked `messageDays` after their event ended (messages with no event: after they were sent). One
 * transaction with an audit row of the counts when anything changed; idempotent, since blanked rows are
 * marked and deleted rows are gone.
 */
export async function applyRetention(
  em: EntityManager,
  now: Date,
  settings: RetentionSettings,
): Promise<RetentionOutcome> {
  return em.transactional(async (tx) => {
    const db = kysely(tx);
    const days = (n: number) => sql<Date>`${now}::timestamptz - make_interval(days => ${n})`;
    const attempts = await db
      .deleteFrom('BookingAttempt')
      .where('createdAt', '<', days(BOOKING_ATTEMPT_DAYS))
      .executeTakeFirst();
    const endedEvents = (cutoff: ReturnType<typeof days>) =>
      db.selectFrom('Event').select('id').where('endsAt', '<', cutoff);
    const promotions = await db
      .deleteFrom('WaitlistPromotion')
      .where('tier', 'in', (eb) =>
        eb
          .selectFrom('TicketTier')
          .select('id')
          .where(
            'event',
            'in',
            endedEvents(
              sql<Date>`${now}::timestamptz - make_interval(months => ${WAITLIST_PROMOTION_MONTHS})`,
            ),
          ),
      )
      .executeTakeFirst();
    const messages = await db
      .updateTable('Message')
      .set((eb) => ({
        body: '',
        payload: sql`jsonb_build_object('kind', ${eb.ref('kind')}, 'blanked', true)`,
        transcript: null,
      }))
      .where(sql<boolean>`not (payload ? 'blanked')`)
      .where((eb) =>
        eb.or([
          eb('eventId', 'in', endedEvents(days(settings.messageDays))),
          eb.and([eb('eventId', 'is', null), eb('createdAt', '<', days(settings.messageDays))]),
        ]),
      )
      .executeTakeFirst();
    const outcome = {
      bookingAttempts: Number(attempts.numDeletedRows),
      waitlistPromotions: Number(promotions.numDeletedRows),
      messages: Number(messages.numUpdatedRows),
    };
    if (outcome.bookingAttempts + outcome.waitlistPromotions + outcome.messages > 0) {
      await writeAudit(tx, {
        eventId: null,
        actor: 'system:retention',
        action: 'retention.applied',
        details: { ...outcome, messageDays: settings.messageDays },
      });
    }
    return outcome;
  });
}
