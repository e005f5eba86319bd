import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { Outbox } from '../../../db/entities/outbox.entity.js';
import { kysely } from '../../../db/kysely.js';
import { isUuid } from '../../is-uuid.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { broadcastRecipients } from './broadcast-audience.js';

/** WhatsApp and Twilio throttle senders; a burst of thousands would mostly come back as 429s. */
export const BROADCAST_PER_SECOND = 20;

export interface ConfirmedBroadcast {
  eventId: string;
  message: string;
  slackChannelId: string | null;
}

/** Confirm, once: a second click (or a second organizer) gets null. */
export async function confirmBroadcast(
  em: EntityManager,
  commandId: string,
): Promise<ConfirmedBroadcast | null> {
  if (!isUuid(commandId)) return null;
  const row = await kysely(em)
    .updateTable('OrganizerCommand')
    .set({ confirmedAt: sql`now()` })
    .where('id', '=', commandId)
    .where('command', '=', 'broadcast')
    .where('status', '=', 'done')
    .where('confirmedAt', 'is', null)
    .returning(['eventId', 'args', 'slackChannelId'])
    .executeTakeFirst();
  return row?.eventId
    ? { eventId: row.eventId, message: row.args, slackChannelId: row.slackChannelId ?? null }
    : null;
}

/**
 * Writes the broadcast's outbox rows (proactive: delivery honours STOP and the 24-hour rule) in one
 * transaction, once: a retried job finds the rows and returns the ones still pending.
 */
export async function writeBroadcast(em: EntityManager, commandId: string): Promise<string[]> {
  return em.transactional(async (tx) => {
    const command = await kysely(tx)
      .selectFrom('OrganizerCommand')
      .select(['eventId', 'args'])
      .where('id', '=', commandId)
      .where('confirmedAt', 'is not', null)
      .forUpdate()
      .executeTakeFirst();
    if (!command?.eventId) return [];
    const existing = await tx.find(Outbox, { broadcastId: commandId });
    if (existing.length > 0) return existing.filter((r) => r.status === 'pending').map((r) => r.id);
    const ids: string[] = [];
    // The event's WhatsApp channel: Twilio, or the organizer's own number through the (paced) gateway.
    const event = await kysely(tx)
      .selectFrom('Event')
      .select('whatsappChannel')
      .where('id', '=', command.eventId)
      .executeTakeFirst();
    const channel = event?.whatsappChannel ?? 'whatsapp';
    for (const person of await broadcastRecipients(tx, command.eventId)) {
      // A text over one WhatsApp message is several rows; the preview refuses those, this keeps them all.
      const personIds = await enqueueReplies(
        tx,
        { contactId: person.id, channel, address: person.phone, eventId: command.eventId },
        [{ kind: 'text', text: command.args }],
        { proactive: true, intent: 'broadcast' },
      );
      ids.push(...personIds);
    }
    // The pace is recorded on the rows: paced jobs send each batch on time, and if Redis was down the outbox
    // sweeper (which only takes rows whose time has come) still sends them at the same pace.
    for (let i = 0; i < ids.length; i += BROADCAST_PER_SECOND) {
      await kysely(tx)
        .updateTable('Outbox')
        .set({
          broadcastId: commandId,
          availableAt: sql`now() + make_interval(secs => ${i / BROADCAST_PER_SECOND})`,
        })
        .where('id', 'in', ids.slice(i, i + BROADCAST_PER_SECOND))
        .executeTakeFirst();
    }
    return ids;
  });
}

export interface BroadcastProgress {
  total: number;
  sent: number;
  failed: number;
  suppressed: number;
  pending: number;
}

export async function broadcastProgress(em: EntityManager, commandId: string): Promise<BroadcastProgress> {
  const rows = await kysely(em)
    .selectFrom('Outbox')
    .select((eb) => ['status', eb.fn.countAll<string>().as('n')])
    .where('broadcastId', '=', commandId)
    .groupBy('status')
    .execute();
  const count = (s: Outbox['status']) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
  return {
    total,
    sent: count('sent'),
    failed: count('failed'),
    suppressed: count('suppressed'),
    pending: count('pending') + count('sending'),
  };
}
