import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventCatalog } from '../catalog/event-catalog.js';
import type { InboundMessage, OutboundMessage } from '../messages.js';
import type { Intent, Understood } from '../nlu/label-schema.js';
import type { Embedder } from '../ports/embedder.js';
import type { EventInfo } from '../services/events/load-event.js';
import type { DialogState } from './dialog-state.js';

export interface ContactInfo {
  id: string;
  address: string;
  displayName: string | null;
  optedOut: boolean;
  /** First message we ever received from this person. */
  isNew: boolean;
}

export interface SkillContext {
  /** The transaction's entity manager: every write a skill makes commits together with its replies. */
  em: EntityManager;
  event: EventInfo;
  catalog: EventCatalog;
  contact: ContactInfo;
  attendee: { id: string; name: string } | null;
  conversationId: string;
  inbound: InboundMessage;
  text: string;
  understood: Understood;
  state: DialogState;
  /** Set when this message answered a pending yes/no question. */
  confirmation?: boolean;
  now: Date;
  embedder: Embedder;
}

/**
 * Background work a skill asks for once its transaction has committed (queues are not transactional; a
 * periodic sweep covers a follow-up lost between commit and enqueue).
 */
export type FollowUp = { kind: 'offer-freed-seats'; tierId: string };

export interface SkillResult {
  replies: OutboundMessage[];
  /** What to wait for next; omitted means nothing is pending. */
  pending?: DialogState['pending'];
  /** True when the skill could not help (counts towards offering a human). */
  misunderstood?: boolean;
  followUps?: FollowUp[];
}

export type Skill = (ctx: SkillContext) => Promise<SkillResult>;

/** Intent → skill. Intents without a skill get the router's honest "not available yet" reply. */
export class SkillRegistry {
  private readonly skills = new Map<Intent, Skill>();

  on(intent: Intent, skill: Skill): this {
    this.skills.set(intent, skill);
    return this;
  }

  get(intent: Intent): Skill | undefined {
    return this.skills.get(intent);
  }
}
