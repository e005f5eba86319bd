import type { EventCatalog } from '../catalog/event-catalog.js';
import type { Intent, Slots, Understood } from '../nlu/label-schema.js';

/**
 * Where the conversation stands when a message arrives, so a provider can read "the VIP one" or "yes" as an
 * answer: the question we asked (if any) with the intent and slots it belongs to, and the choices offered.
 */
export interface DialogContext {
  pending?: { intent: Intent; awaiting: 'confirm' | keyof Slots; slots: Slots };
  options?: { id: string; title: string }[];
}

export interface UnderstandingContext {
  catalog: EventCatalog;
  now: Date;
  /** Absent when the conversation has no state yet (first message) or the caller does not know it. */
  dialog?: DialogContext;
}

/** Turns one utterance into an intent and slots (ids from the event's catalog). */
export interface Understanding {
  /** True when `understand` uses `context.dialog`; the pipeline reads the dialog state only then. */
  readonly readsDialog?: boolean;
  understand(text: string, context: UnderstandingContext): Promise<Understood>;
}
