import type { Locale } from '../i18n/locale.js';
import type { OutboundMessage } from '../messages.js';
import type { RouteOutcome } from '../router/route-intent.js';
import type { MessageContext, SkillResult } from '../router/skill.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import type { Middleware } from './middleware.js';
import type { VoiceInput } from './voice-input.js';

/**
 * One inbound message inside its transaction, as the steps of the inbound chain see it: the skills' context
 * (`em` is the transaction; `understood` is the NLU's reading, taken before the transaction opened) plus
 * what only the pipeline needs.
 */
export interface InboundTurn extends MessageContext {
  messageId: string;
  /** The text was stored cut to its maximum length: answered with "please send a shorter message". */
  truncated: boolean;
  /** A voice note's transcript, or the answer to "did I hear that right?"; null for other messages. */
  voice: VoiceInput | null;
  /** A photo's faces, read by the inbound job before the transaction (in memory only, never stored). */
  selfie?: SelfieReading;
}

/**
 * How a message was answered. Only `routed` carries an intent of the label schema; the others are answered
 * by a step before understanding and are recorded under their own kind (`opt_in`, `handoff_relay`) or none.
 */
export type Handled =
  /** START / UNSTOP: proactive messages are allowed again. */
  (
    | { kind: 'opt_in'; result: SkillResult }
    /** A person handles the conversation: the bot stays quiet and the message goes to their thread. */
    | { kind: 'handoff_relay'; handoffId: string }
    /** A voice note we could not use, or a question about what we heard, instead of routing. */
    | { kind: 'voice_reply'; reply: OutboundMessage }
    /** Media we cannot read, unsupported content, empty or oversized text. */
    | { kind: 'canned_reply'; reply: OutboundMessage }
    /** A skill answered: the router's choice, or the photo skill. */
    | { kind: 'routed'; outcome: RouteOutcome }
  ) & {
    /**
     * A language to remember on the contact (steps/language.ts): written by the statement that marks the message
     * handled rather than one of its own, a round trip less on a person's first message.
     */
    remember?: RememberedLanguage;
  };

export interface RememberedLanguage {
  language: Locale;
  /** `asked` ("speak English") always wins; `detected` never replaces a language they asked for. */
  setBy: 'asked' | 'detected';
}

/** What `messages.intent` and `conversations.last_intent` record for a handled message. */
export type HandledAs = RouteOutcome['intent'] | 'opt_in' | 'handoff_relay';

export type InboundStep = Middleware<InboundTurn, Handled>;
