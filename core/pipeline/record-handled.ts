import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { kysely } from '../../db/kysely.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { OutboundMessage } from '../messages.js';
import type { DialogState } from '../router/dialog-state.js';
import type { ContactInfo, FollowUp } from '../router/skill.js';
import { enqueueReplies } from '../services/outbox/enqueue-replies.js';
import { effectsOf } from './handled-effects.js';
import type { Handled, HandledAs, InboundTurn } from './inbound-turn.js';

export interface HandledInbound {
  outboxIds: string[];
  followUps: FollowUp[];
}

/**
 * Writes what handling a message left behind, in its transaction: the replies to the outbox, the dialog
 * state, and the "handled" mark. Returns the outbox ids to deliver and the follow-ups to queue after commit.
 */
export async function recordHandled(
  tx: EntityManager,
  turn: InboundTurn,
  handled: Handled,
): Promise<HandledInbound> {
  const { replies, followUps, state, handledAs } = effectsOf(turn, handled);
  const target = {
    contactId: turn.contact.id,
    channel: turn.inbound.channel,
    address: turn.contact.address,
    eventId: turn.event.id,
  };
  const outboxIds = await enqueueReplies(tx, target, replies, { intent: handledAs });
  await saveDialogState(tx, turn.conversationId, state, handledAs);
  await markHandled(tx, turn.messageId, { contactId: turn.contact.id, eventId: turn.event.id, handledAs });
  return { outboxIds, followUps };
}

/** No event runs on this number: say so, and mark the message handled. */
export async function answerWithoutEvent(
  tx: EntityManager,
  message: { id: string; channel: string },
  contact: ContactInfo,
): Promise<HandledInbound> {
  const target = { contactId: contact.id, channel: message.channel, address: contact.address, eventId: null };
  const noEvent: OutboundMessage = {
    kind: 'text',
    text: translate(contact.language ?? DEFAULT_LOCALE, 'canned.noEvent'),
  };
  const outboxIds = await enqueueReplies(tx, target, [noEvent]);
  await markHandled(tx, message.id, { contactId: contact.id, eventId: null, handledAs: null });
  return { outboxIds, followUps: [] };
}

async function saveDialogState(
  tx: EntityManager,
  id: string,
  state: DialogState,
  handledAs: HandledAs | null,
) {
  await kysely(tx)
    .updateTable('Conversation')
    .set((eb) => ({
      state,
      lastIntent: eb.fn.coalesce(eb.val(handledAs), 'lastIntent'),
      updatedAt: sql`now()`,
    }))
    .where('id', '=', id)
    .executeTakeFirst();
}

async function markHandled(
  tx: EntityManager,
  id: string,
  mark: { contactId: string; eventId: string | null; handledAs: HandledAs | null },
) {
  await kysely(tx)
    .updateTable('Message')
    .set((eb) => ({
      handledAt: sql`now()`,
      status: 'handled',
      contact: mark.contactId,
      eventId: eb.fn.coalesce('eventId', eb.val(mark.eventId)),
      intent: mark.handledAs,
      updatedAt: sql`now()`,
    }))
    .where('id', '=', id)
    .executeTakeFirst();
}
