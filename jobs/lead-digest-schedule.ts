import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { listEvents } from '../core/services/events/list-events.js';
import type { Queues } from './create-queues.js';
import { leadDigestJob } from './lead-digest.job.js';

/** "18:00" → the cron pattern `0 18 * * *`, read in the event's own time zone by BullMQ's scheduler. */
export function digestPattern(localTime: string): string {
  const [hh = '18', mm = '00'] = localTime.split(':');
  return `${Number(mm)} ${Number(hh)} * * *`;
}

/** When the next digest of an event runs: the next `localTime` in its zone after `now` (for logs and tests). */
export function nextDigestAt(localTime: string, timezone: string, now: Date): Date {
  const [hh = 18, mm = 0] = localTime.split(':').map(Number);
  const local = DateTime.fromJSDate(now, { zone: timezone });
  let at = local.set({ hour: hh, minute: mm, second: 0, millisecond: 0 });
  if (at <= local) at = at.plus({ days: 1 });
  return at.toJSDate();
}

/**
 * One job scheduler per event that is not over yet: the daily digest at `localTime` in the event's time
 * zone (a DST change moves it with the clock on the wall). Upserting is idempotent, so every worker start
 * may call it; events over for more than a day lose theirs.
 */
export async function scheduleLeadDigests(
  queues: Queues,
  em: EntityManager,
  options: { localTime: string; now: Date },
): Promise<string[]> {
  const events = await listEvents(em.fork());
  const scheduled: string[] = [];
  for (const event of events) {
    const key = `lead-digest-${event.id}`;
    if (event.endsAt.getTime() < options.now.getTime() - 24 * 60 * 60 * 1000) {
      await queues.leads.removeJobScheduler(key);
      continue;
    }
    await queues.leads.upsertJobScheduler(
      key,
      { pattern: digestPattern(options.localTime), tz: event.timezone },
      leadDigestJob.bulkEntry({ eventId: event.id }),
    );
    scheduled.push(key);
  }
  return scheduled;
}
