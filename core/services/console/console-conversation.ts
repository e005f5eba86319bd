import type { EntityManager } from '@mikro-orm/postgresql';
import { Message } from '../../../db/entities/message.entity.js';

export type ConsoleConversationMessage = Pick<
  Message,
  'id' | 'direction' | 'createdAt' | 'status' | 'kind' | 'body' | 'payload'
>;

/**
 * One phone's console messages for an event (and those before any event was known), oldest first, at most
 * 200; with `after`, only those created strictly later. Replies still queued are left out until they go.
 */
export async function loadConsoleConversation(
  em: EntityManager,
  query: { eventId: string; phone: string; after?: Date },
): Promise<ConsoleConversationMessage[]> {
  return em.find(
    Message,
    {
      address: query.phone,
      channel: 'console',
      $or: [{ eventId: query.eventId }, { eventId: null }],
      ...(query.after ? { createdAt: { $gt: query.after } } : {}),
      $not: { direction: 'out', status: 'queued' },
    },
    {
      fields: ['id', 'direction', 'createdAt', 'status', 'kind', 'body', 'payload'],
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      limit: 200,
    },
  );
}
