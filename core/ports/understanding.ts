import type { EventCatalog } from '../catalog/event-catalog.js';
import type { Understood } from '../nlu/label-schema.js';

/** Turns one utterance into an intent and slots (ids from the event's catalog). */
export interface Understanding {
  understand(text: string, context: { catalog: EventCatalog; now: Date }): Promise<Understood>;
}
