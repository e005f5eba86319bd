import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventCatalog } from '../catalog/event-catalog.js';
import type { Locale } from '../i18n/locale.js';
import type { MeetingTemplates } from '../meeting-templates.js';
import type { InboundMessage, OutboundMessage } from '../messages.js';
import type { Intent, Understood } from '../nlu/label-schema.js';
import type { Embedder } from '../ports/embedder.js';
import type { FaqSemantics } from '../ports/faq-semantics.js';
import type { PublicLinks } from '../ports/public-links.js';
import type { EventInfo } from '../services/events/load-event.js';
import type { FaceSettings } from '../services/faces/face-settings.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import type { EmbeddedQuestion } from '../services/faq/search-faqs.js';
import type { PaymentProvider } from '../services/payments/payment-mode.js';
import type { DialogState } from './dialog-state.js';

export interface ContactInfo {
  id: string;
  address: string;
  displayName: string | null;
  optedOut: boolean;
  /** The language remembered for this person, and whether they asked for it or we read it from them. */
  language: Locale | null;
  languageSetBy: 'detected' | 'asked' | null;
  /** First message we ever received from this person. */
  isNew: boolean;
}

/** What every skill gets: the message it handles and where it stands. */
export interface MessageContext {
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
  /** The language to answer in (core/pipeline/steps/language.ts decides it per message). */
  locale: Locale;
  state: DialogState;
  /** Set when this message answered a pending yes/no question. */
  confirmation?: boolean;
  /** Set when the person tapped an action button (`act:<name>:<arg>`). */
  action?: ButtonAction;
  now: Date;
}

/**
 * Long-lived dependencies a skill may use, by name. A skill's type names the ones it uses
 * (`Skill<'links'>`): it can reach only those, and its tests build only those.
 */
export interface SkillDeps {
  /** FAQ search (the offline embedder the FAQ library was embedded with). */
  embedder: Embedder;
  /** FAQ search's cloud model beside the offline one (EMBEDDINGS_PROVIDER=openai), or null. */
  faqSemantics: FaqSemantics | null;
  /** Public links the bot can send (e.g. a ticket's QR image). */
  links: PublicLinks;
  /** Face data keys, match threshold and retention (selfie check-in). */
  faces: FaceSettings;
  /** Approved WhatsApp templates for networking notices to people outside the 24-hour window. */
  meetingTemplates: MeetingTemplates;
  /** How paid orders are paid: Stripe Checkout links, or the labelled demo payment. */
  payments: { provider: PaymentProvider };
}

export type SkillDep = keyof SkillDeps;

/** The message plus the named dependencies `D`. */
export type SkillContext<D extends SkillDep = never> = MessageContext & Pick<SkillDeps, D>;

/** A photo's turn also carries its faces, read by the inbound job before the transaction (in memory only). */
export type PhotoContext<D extends SkillDep = never> = SkillContext<D> & { selfie?: SelfieReading };

/**
 * Background work a skill asks for once its transaction has committed (queues are not transactional; a
 * periodic sweep covers a follow-up lost between commit and enqueue).
 */
export type FollowUp =
  | { kind: 'offer-freed-seats'; tierId: string }
  /** A handoff was opened: post its thread for the organizers. */
  | { kind: 'handoff-opened'; handoffId: string }
  /** A message arrived while a person handles the conversation: relay it to the handoff's thread. */
  | { kind: 'handoff-message'; handoffId: string; messageId: string }
  /** A hot lead was marked for its alert (alert_status pending): post it to the sponsor. */
  | { kind: 'lead-alert'; leadId: string }
  /** Consent was withdrawn: replace the sponsor's alert card, if one was posted. */
  | { kind: 'lead-withdrawn'; leadId: string }
  /** Proactive messages a skill wrote to someone else (an invitation, "Bob accepted"): deliver them now. */
  | { kind: 'deliver'; outboxIds: string[] }
  /** A profile changed: re-embed it (skipped when the text is unchanged). */
  | { kind: 'profile-changed'; eventId: string; attendeeId: string }
  /** A paid reservation's Checkout Session: open it at Stripe and send its link (jobs/open-checkout.job.ts). */
  | { kind: 'open-checkout'; orderId: string }
  /** A pending refund row: issue it through Stripe (jobs/issue-refund.job.ts). */
  | { kind: 'issue-refund'; paymentId: string }
  /** An unpaid reservation was released: close its open Checkout Session (jobs/expire-checkout.job.ts). */
  | { kind: 'expire-checkout'; orderId: string }
  /** A meeting's timers: the request's lapse, or the reminder and "did you meet?" of an accepted one. */
  | { kind: 'meeting-timers'; meetingId: string; at: { job: 'expire' | 'remind' | 'ask'; due: string }[] }
  /** A session comment or a complaint: score its sentiment and topics, and alert organizers if urgent. */
  | { kind: 'analyse-feedback'; messageId: string; feedbackId?: string };

export interface SkillResult {
  replies: OutboundMessage[];
  /** What to wait for next; omitted means nothing is pending. */
  pending?: DialogState['pending'];
  /** A feedback question to read the next message as (a rating, a comment); omitted lets it lapse. */
  question?: DialogState['question'];
  /** True when the skill could not help (counts towards offering a human). */
  misunderstood?: boolean;
  /** A question the FAQ library could not answer (below its floor): noted for `/eventos faq gaps`. */
  faqMiss?: EmbeddedQuestion;
  /** The bot ended the person's issue on its own (a completed cancellation): ask "Did we solve it?" once. */
  endsIssue?: boolean;
  followUps?: FollowUp[];
}

/** A skill using the dependencies `D` (none by default). */
export type Skill<D extends SkillDep = never> = (ctx: SkillContext<D>) => Promise<SkillResult>;

/** The skill for photos people send (selfie check-in). */
export type PhotoSkill<D extends SkillDep = never> = (ctx: PhotoContext<D>) => Promise<SkillResult>;

/** A button that names what it does and on what: `act:claim-offer:<promotion id>`. */
export interface ButtonAction {
  name: string;
  arg: string;
}

/** Skills with their dependencies bound: what the router looks up and calls with the message alone. */
export interface SkillLookup {
  get(intent: Intent): Skill | undefined;
  action(name: string): Skill | undefined;
  /** Without a photo skill, photos get a canned reply. */
  photo(): PhotoSkill | undefined;
}

type Needing<P> = (ctx: MessageContext & P) => Promise<SkillResult>;

/**
 * Intent → skill. Intents without a skill get the router's honest "not available yet" reply. Built with the
 * dependencies it can give (`P`): registering a skill that needs one it lacks does not typecheck.
 */
export class SkillRegistry<P extends Partial<SkillDeps> = SkillDeps> implements SkillLookup {
  private readonly skills = new Map<Intent, Skill>();
  private readonly actions = new Map<string, Skill>();
  private photoSkill: PhotoSkill | undefined;

  constructor(private readonly deps: P) {}

  on(intent: Intent, skill: Needing<P>): this {
    this.skills.set(intent, this.bind(skill));
    return this;
  }

  get(intent: Intent): Skill | undefined {
    return this.skills.get(intent);
  }

  onAction(name: string, skill: Needing<P>): this {
    this.actions.set(name, this.bind(skill));
    return this;
  }

  action(name: string): Skill | undefined {
    return this.actions.get(name);
  }

  /** The skill that handles photos people send (selfie check-in); without one, photos get a canned reply. */
  onPhoto(skill: Needing<P & { selfie?: SelfieReading }>): this {
    this.photoSkill = (ctx) => skill({ ...ctx, ...this.deps });
    return this;
  }

  photo(): PhotoSkill | undefined {
    return this.photoSkill;
  }

  private bind(skill: Needing<P>): Skill {
    return (ctx) => skill({ ...ctx, ...this.deps });
  }
}
