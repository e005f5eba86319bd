import type { EntityManager } from '@mikro-orm/postgresql';
import type { CommandReply } from '../../../core/commands/command.js';

/** What the Slack listeners for organizers and sponsors need; `bots/` builds it (queues, logger, clock). */
export interface SlackOrganizerDeps {
  /** The root entity manager: every request gets its own fork. */
  em: EntityManager;
  clock(): Date;
  logger: { warn(details: object, message: string): void };
  /** Where handoff threads are posted; replies in threads elsewhere are not relayed. */
  handoffChannel: string | null;
  /** Queues a logged `/eventos` (organizer) or `/leads` (sponsor) command for its job; rejects when it cannot. */
  queueCommand(kind: 'organizer' | 'sponsor', commandId: string): Promise<void>;
  /** The work a command left for after its commit: deliveries, seat offers, threads, broadcasts, embeddings. */
  afterCommit(reply: CommandReply): Promise<void>;
}
