import type { EntityManager } from '@mikro-orm/postgresql';
import type { Button } from '../../messages.js';
import { emptyDialogState } from '../../router/dialog-state.js';

/**
 * Makes a proactive message's buttons the conversation's "last choices", so a typed "1" or "Claim" answers
 * it (on Twilio buttons arrive as numbered text, see resolve-choice.ts).
 *
 * `wait: false` is for the offer transaction, which holds the tier row lock: it skips a conversation row that
 * an inbound message is handling right now instead of waiting for it (that message may itself be waiting
 * for the tier — a deadlock), and reports false so the caller can retry after commit with `wait: true`.
 */
export async function rememberButtons(
  em: EntityManager,
  target: { eventId: string; contactId: string; buttons: Button[] },
  options: { wait: boolean },
): Promise<boolean> {
  const buttons = JSON.stringify(target.buttons);
  if (!options.wait) {
    const updated = await em.execute<{ id: string }[]>(
      `update conversations c set state = jsonb_set(c.state, '{lastButtons}', ?::jsonb), updated_at = now()
        where c.id = (select id from conversations where event_id = ? and contact_id = ? for update skip locked)
        returning c.id`,
      [buttons, target.eventId, target.contactId],
    );
    return updated.length > 0;
  }
  await em.execute(
    `insert into conversations (id, event_id, contact_id, state, created_at, updated_at)
     values (gen_random_uuid(), ?, ?, ?, now(), now())
     on conflict (event_id, contact_id) do update
       set state = jsonb_set(conversations.state, '{lastButtons}', ?::jsonb), updated_at = now()`,
    [
      target.eventId,
      target.contactId,
      JSON.stringify({ ...emptyDialogState(), lastButtons: target.buttons }),
      buttons,
    ],
  );
  return true;
}
