import type { EntityManager } from '@mikro-orm/postgresql';
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
  const [row] = await em.execute<{ event_id: string; args: string; slack_channel_id: string | null }[]>(
    `update organizer_commands set confirmed_at = now()
      where id = ? and command = 'broadcast' and status = 'done' and confirmed_at is null
      returning event_id, args, slack_channel_id`,
    [commandId],
  );
  return row ? { eventId: row.event_id, message: row.args, slackChannelId: row.slack_channel_id } : null;
}

/**
 * Writes the broadcast's outbox rows (proactive: delivery honours STOP and the 24-hour rule) in one
 * transaction, once: a retried job finds the rows and returns the ones still pending.
 */
export async function writeBroadcast(em: EntityManager, commandId: string): Promise<string[]> {
  return em.transactional(async (tx) => {
    const [command] = await tx.execute<{ event_id: string; args: string }[]>(
      `select event_id, args from organizer_commands where id = ? and confirmed_at is not null for update`,
      [commandId],
    );
    if (!command) return [];
    const existing = await tx.execute<{ id: string; status: string }[]>(
      'select id, status from outbox where broadcast_id = ?',
      [commandId],
    );
    if (existing.length > 0) return existing.filter((r) => r.status === 'pending').map((r) => r.id);
    const ids: string[] = [];
    for (const person of await broadcastRecipients(tx, command.event_id)) {
      const [id] = await enqueueReplies(
        tx,
        { contactId: person.id, channel: 'whatsapp', address: person.phone, eventId: command.event_id },
        [{ kind: 'text', text: command.args }],
        { proactive: true, intent: 'broadcast' },
      );
      ids.push(id!);
    }
    // The pace is recorded on the rows: paced jobs send each batch on time, and if Redis was down the outbox
    // sweeper (which only takes rows whose time has come) still sends them at the same pace.
    for (let i = 0; i < ids.length; i += BROADCAST_PER_SECOND) {
      await tx.execute(
        'update outbox set broadcast_id = ?, available_at = now() + make_interval(secs => ?) where id in (?)',
        [commandId, i / BROADCAST_PER_SECOND, ids.slice(i, i + BROADCAST_PER_SECOND)],
      );
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
  const rows = await em.execute<{ status: string; n: string }[]>(
    'select status, count(*) as n from outbox where broadcast_id = ? group by status',
    [commandId],
  );
  const count = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
  return {
    total,
    sent: count('sent'),
    failed: count('failed'),
    suppressed: count('suppressed'),
    pending: count('pending') + count('sending'),
  };
}
