import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { SlackCardRedaction } from '../../../db/entities/slack-card-redaction.entity.js';
import { kysely } from '../../../db/kysely.js';
import type { OrganizerChat, OrganizerNote } from '../../ports/organizer-chat.js';

/** Why a card stops showing a person: they withdrew their consent, or asked us to forget them. */
export type RedactionReason = SlackCardRedaction['reason'];

/**
 * Marks a lead's Slack card (`alert_ref` = `slack:<channel>:<ts>`) for replacement, in the caller's
 * transaction — the withdrawal's or the erasure's — so the card cannot outlive the consent. Other refs
 * (a WhatsApp message cannot be edited) are ignored.
 */
export async function queueCardRedaction(
  em: EntityManager,
  alertRef: string | null,
  reason: RedactionReason,
): Promise<boolean> {
  const [kind, channel, ts] = (alertRef ?? '').split(':');
  if (kind !== 'slack' || !channel || !ts) return false;
  await kysely(em)
    .insertInto('SlackCardRedaction')
    .values({ id: randomUUID(), channel, ts, reason, createdAt: sql`now()` })
    .onConflict((oc) => oc.columns(['channel', 'ts']).doNothing())
    .executeTakeFirst();
  return true;
}

/**
 * Replaces every card waiting for it with the note `replacement` gives (that the person withdrew or was
 * forgotten; the words come from core/replies). Idempotent: replacing a card twice shows the same note, so a
 * job and the sweep may overlap.
 */
export async function redactPendingCards(
  deps: { em: EntityManager; chat: OrganizerChat | null },
  replacement: (reason: RedactionReason) => OrganizerNote,
): Promise<number> {
  if (!deps.chat) return 0;
  const em = deps.em.fork();
  const pending = await em.find(
    SlackCardRedaction,
    { doneAt: null },
    { fields: ['channel', 'ts', 'reason'], orderBy: { createdAt: 'asc' }, limit: 50 },
  );
  for (const card of pending) {
    await deps.chat.update({ channel: card.channel, ts: card.ts }, replacement(card.reason));
    await kysely(em)
      .updateTable('SlackCardRedaction')
      .set({ doneAt: sql`now()` })
      .where('id', '=', card.id)
      .executeTakeFirst();
  }
  return pending.length;
}
