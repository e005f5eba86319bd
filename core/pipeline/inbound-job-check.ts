import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { prepare } from '../../db/tables.js';
import { type EventInfo, senderEvent, senderEventInfo } from '../services/events/load-event.js';
import { sameChannel } from '../services/outbox/replies-in-flight.js';
import type { StoredRow } from './stored-inbound.js';

/** What an inbound photo or voice note carries; null for every other message. */
export interface InboundMedia {
  kind: 'image' | 'audio';
  url: string | null;
}

export interface InboundJobCheck {
  /**
   * True while an earlier message from the same sender is still waiting to be handled (a voice note being
   * transcribed, a job not yet picked up): the later one waits, so replies follow the order people wrote in.
   * Only recent messages count, and none whose handling already failed once (it is being retried, and may be
   * poison), so one stuck message cannot hold back everything after it.
   */
  earlierUnhandled: boolean;
  /** Read once per inbound job, so only photos go to the face engine and voice notes to speech. */
  media: InboundMedia | null;
  /** The message's channel, which its replies go out on; null when there is no such message. */
  channel: string | null;
  /** The inbound row itself, for the pipeline to parse instead of reading it again (null: none inbound). */
  row: StoredRow | null;
  /** The event the message is about (loadSenderEventInfo's choice), read in the same round trip. */
  event: EventInfo | null;
}

/**
 * Both questions an inbound job asks before handling, and the row and the event the pipeline reads, in one
 * round trip (plain SQL names: a hot path).
 */
export async function checkInboundJob(
  em: EntityManager,
  messageId: string,
  options: { defaultEventId?: string | undefined; now: Date; windowSeconds?: number },
): Promise<InboundJobCheck> {
  const [row] = await selectCheck(em, {
    messageId,
    windowSeconds: options.windowSeconds ?? 30,
    defaultEventId: options.defaultEventId ?? null,
    now: options.now.toISOString(),
  });
  if (!row) return { earlierUnhandled: false, media: null, channel: null, row: null, event: null };
  const { kind, url, direction, earlierUnhandled, event, ...stored } = row;
  const media: InboundMedia | null = kind === 'image' || kind === 'audio' ? { kind, url } : null;
  return {
    earlierUnhandled: earlierUnhandled === true,
    media,
    channel: row.channel,
    row: direction === 'in' ? stored : null,
    event: event ? senderEventInfo(event) : null,
  };
}

type CheckArgs = { messageId: string; windowSeconds: number; defaultEventId: string | null; now: string };

const selectCheck = prepare((db, args: CheckArgs) =>
  db
    .selectFrom('messages as m')
    .select((eb) => [
      jsonObjectFrom(
        senderEvent(db, {
          eventId: sql.ref('m.event_id'),
          address: sql.ref('m.address'),
          defaultEventId: args.defaultEventId,
          now: args.now,
        }),
      ).as('event'),
      'm.kind',
      'm.channel',
      'm.direction',
      'm.address',
      'm.event_id as eventId',
      'm.body',
      'm.truncated',
      'm.payload',
      'm.transcript',
      'm.created_at as createdAt',
      'm.handled_at as handledAt',
      sql<string | null>`m.payload->>'mediaUrl'`.as('url'),
      eb
        .exists(
          eb
            .selectFrom('messages as earlier')
            .select('earlier.id')
            .where('earlier.direction', '=', 'in')
            // Not sargable on purpose: a plan made while the table is small could otherwise walk the
            // (channel, provider_message_id) index — every message of the channel — instead of the address's.
            .where((w) => w(sameChannel('earlier.channel'), '=', w.ref('m.channel')))
            .whereRef('earlier.address', '=', 'm.address')
            .where('earlier.handled_at', 'is', null)
            .where('earlier.error_code', 'is', null)
            .whereRef('earlier.id', '<>', 'm.id')
            .where((w) =>
              w(w.refTuple('earlier.created_at', 'earlier.id'), '<', w.refTuple('m.created_at', 'm.id')),
            )
            .where(
              'earlier.created_at',
              '>',
              sql<string>`now() - make_interval(secs => ${args.windowSeconds})`,
            ),
        )
        .as('earlierUnhandled'),
    ])
    .where('m.id', '=', args.messageId),
);
