import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizerChat } from '../../ports/organizer-chat.js';
import { withdrawnLeadNote } from '../../replies/lead-notes.js';

/**
 * Marks a lead's Slack card (`alert_ref` = `slack:<channel>:<ts>`) for replacement, in the caller's
 * transaction — the withdrawal's or the erasure's — so the card cannot outlive the consent. Other refs
 * (a WhatsApp message cannot be edited) are ignored.
 */
export async function queueCardRedaction(
  em: EntityManager,
  alertRef: string | null,
  reason: 'withdrawn' | 'erased',
): Promise<boolean> {
  const [kind, channel, ts] = (alertRef ?? '').split(':');
  if (kind !== 'slack' || !channel || !ts) return false;
  await em.execute(
    `insert into slack_card_redactions (id, channel, ts, reason, created_at) values (?, ?, ?, ?, now())
     on conflict (channel, ts) do nothing`,
    [randomUUID(), channel, ts, reason],
  );
  return true;
}

/**
 * Replaces every card waiting for it with a note that the person withdrew or was forgotten. Idempotent:
 * replacing a card twice shows the same note, so a job and the sweep may overlap.
 */
export async function redactPendingCards(deps: {
  em: EntityManager;
  chat: OrganizerChat | null;
}): Promise<number> {
  if (!deps.chat) return 0;
  const em = deps.em.fork();
  const pending = await em.execute<
    { id: string; channel: string; ts: string; reason: 'withdrawn' | 'erased' }[]
  >(
    'select id, channel, ts, reason from slack_card_redactions where done_at is null order by created_at limit 50',
  );
  for (const card of pending) {
    await deps.chat.update({ channel: card.channel, ts: card.ts }, withdrawnLeadNote(card.reason));
    await em.execute('update slack_card_redactions set done_at = now() where id = ?', [card.id]);
  }
  return pending.length;
}
