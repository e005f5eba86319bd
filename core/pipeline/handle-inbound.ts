import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventInfo } from '../services/events/load-event.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import { claimInbound } from './claim-inbound.js';
import { identifyContact } from './identify-contact.js';
import type { InboundChain } from './inbound-chain.js';
import { openTurn } from './open-turn.js';
import { type PrepareDeps, prepareInbound } from './prepare-inbound.js';
import { answerWithoutEvent, type HandledInbound, recordHandled } from './record-handled.js';
import { parseStoredInbound, readStoredInbound, type StoredRow } from './stored-inbound.js';

export type { HandledInbound } from './record-handled.js';

export interface PipelineDeps extends PrepareDeps {
  /** The root entity manager; every message gets its own fork. */
  em: EntityManager;
  /** The steps from opt-in to the router (inbound-chain.ts). */
  chain: InboundChain;
}

/** What the inbound job read before the transaction and hands over in memory (never stored). */
export interface InboundExtras {
  /** A photo's faces (only for senders who consented to selfie check-in). */
  selfie?: SelfieReading | null;
  /**
   * The row as the inbound job already read it, when nothing changed it since (not a voice note, whose
   * transcript is written in between): saves reading it again, one round trip per message.
   */
  row?: StoredRow | null;
  /** The message's event as the inbound job's first look read it (null: none); absent, it is read here. */
  event?: EventInfo | null;
}

/**
 * Handles one stored inbound message: read and understand it, then in one transaction identify the contact,
 * run the inbound chain, and write the replies to the outbox with the skill's changes and the "handled" mark.
 * Runs at most once per message, and one at a time per sender, so replies keep their order.
 */
export async function handleInbound(
  deps: PipelineDeps,
  messageId: string,
  extras: InboundExtras = {},
): Promise<HandledInbound> {
  const em = deps.em.fork();
  const stored = extras.row
    ? parseStoredInbound(messageId, extras.row)
    : await readStoredInbound(em, messageId);
  if (!stored || stored.handledAt) return { outboxIds: [], followUps: [] };
  const prepared = await prepareInbound(em, deps, stored, extras.event);
  return em.transactional(async (tx) => {
    if (!(await claimInbound(tx, stored))) return { outboxIds: [], followUps: [] };
    const { event } = prepared;
    if (!event) {
      const contact = await identifyContact(tx, stored.address, stored.inbound.profileName, stored.createdAt);
      return answerWithoutEvent(tx, stored, contact);
    }
    // With an event, the contact is upserted in the same statement as the conversation (one round trip).
    const turn = await openTurn(tx, { stored, prepared, event, selfie: extras.selfie });
    return recordHandled(tx, turn, await deps.chain(turn));
  });
}
