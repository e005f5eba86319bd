import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';

export interface BroadcastAudience {
  /** Attendees and ticket holders of the event with a phone number. */
  total: number;
  optedOut: number;
  /** Not opted out but silent for 24 h: WhatsApp refuses free-form messages to them (suppressed). */
  outsideWindow: number;
  reachable: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The event's attendees and confirmed ticket holders with a phone number, each contact once. */
function audience(em: EntityManager, eventId: string) {
  return kysely(em)
    .selectFrom('Contact as c')
    .where('c.phone', 'is not', null)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('Attendee as a')
            .select('a.id')
            .whereRef('a.contact', '=', 'c.id')
            .where('a.event', '=', eventId),
        ),
        eb.exists(
          eb
            .selectFrom('Order as o')
            .select('o.id')
            .whereRef('o.contact', '=', 'c.id')
            .where('o.event', '=', eventId)
            .where('o.status', '=', 'confirmed'),
        ),
      ]),
    );
}

/** Who a broadcast would reach, and who it would not (STOP, WhatsApp's 24-hour rule). */
export async function broadcastAudience(
  em: EntityManager,
  eventId: string,
  now: Date,
): Promise<BroadcastAudience> {
  const windowStart = new Date(now.getTime() - DAY_MS);
  const row = await audience(em, eventId)
    .select((eb) => [
      eb.fn.countAll<string>().as('total'),
      eb.fn.countAll<string>().filterWhere('c.optedOut', '=', true).as('optedOut'),
      eb.fn
        .countAll<string>()
        .filterWhere((f) =>
          f.and([
            f('c.optedOut', '=', false),
            f.or([f('c.lastInboundAt', 'is', null), f('c.lastInboundAt', '<', windowStart)]),
          ]),
        )
        .as('outside'),
    ])
    .executeTakeFirst();
  const total = Number(row?.total ?? 0);
  const optedOut = Number(row?.optedOut ?? 0);
  const outsideWindow = Number(row?.outside ?? 0);
  return { total, optedOut, outsideWindow, reachable: total - optedOut - outsideWindow };
}

/** The audience's contacts, for writing the broadcast's outbox rows. */
export async function broadcastRecipients(
  em: EntityManager,
  eventId: string,
): Promise<{ id: string; phone: string }[]> {
  const rows = await audience(em, eventId).select(['c.id', 'c.phone']).orderBy('c.phone').execute();
  return rows.flatMap((r) => (r.phone ? [{ id: r.id, phone: r.phone }] : []));
}
