import type { EntityManager } from '@mikro-orm/postgresql';
import type { InboundStep } from '../inbound-turn.js';

/** The open handoff of a conversation, if any. */
export type FindOpenHandoff = (em: EntityManager, conversationId: string) => Promise<string | null>;

/**
 * Step 2: while a person handles the conversation, the bot stays quiet and the message goes to their thread
 * (a follow-up relays it). `findOpenHandoff` is null when organizers cannot answer (no Slack handoff channel):
 * the bot then keeps answering.
 */
export const handoffRelay =
  (findOpenHandoff: FindOpenHandoff | null): InboundStep =>
  async (turn, next) => {
    const handoffId = findOpenHandoff ? await findOpenHandoff(turn.em, turn.conversationId) : null;
    return handoffId ? { kind: 'handoff_relay', handoffId } : next();
  };
