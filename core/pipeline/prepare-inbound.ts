import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventCatalog } from '../catalog/event-catalog.js';
import type { Understood } from '../nlu/label-schema.js';
import type { Understanding } from '../ports/understanding.js';
import type { CatalogCache } from '../services/events/catalog-cache.js';
import { type EventInfo, loadSenderEventInfo } from '../services/events/load-event.js';
import { readDialogContext } from './read-dialog.js';
import type { StoredInbound } from './stored-inbound.js';
import { type VoiceInput, voiceAnswer, voiceInput } from './voice-input.js';

export interface PrepareDeps {
  understanding: Understanding;
  catalogs: CatalogCache;
  clock: () => Date;
  defaultEventId?: string;
}

/** What is read before the message's transaction opens. */
export interface PreparedInbound {
  now: Date;
  /** The event the message is about and its catalog; null when no event runs on this number. */
  event: { info: EventInfo; catalog: EventCatalog } | null;
  voice: VoiceInput | null;
  /** What is understood and routed: the typed text, or what a voice note said. */
  text: string;
  /** The NLU's reading of `text`; "out of scope" when there is nothing to read. */
  understood: Understood;
}

const NOT_UNDERSTOOD: Understood = { intent: 'out_of_scope', slots: {}, confidence: 0 };

/**
 * The message's event, its voice input and the NLU's reading, outside the transaction: understanding may
 * call a provider over the network, which must not hold the transaction (or the sender's lock) open.
 */
export async function prepareInbound(
  em: EntityManager,
  deps: PrepareDeps,
  stored: StoredInbound,
  /** The event, when the caller already read it with the message (inbound-job-check.ts). */
  event?: EventInfo | null,
): Promise<PreparedInbound> {
  const now = deps.clock();
  const { inbound } = stored;
  const info =
    event !== undefined
      ? event
      : await loadSenderEventInfo(em, {
          address: stored.address,
          eventId: stored.eventId,
          defaultEventId: deps.defaultEventId,
          now,
        });
  const eventId = info?.id ?? stored.eventId;
  const catalog = info ? await deps.catalogs.get(em, info) : null;
  // A voice note is handled like its transcript; a "yes" to "did I hear that right?" like the note it confirms.
  const voice =
    voiceInput(inbound, stored.transcript, stored.id) ??
    (await voiceAnswer(em, inbound, stored.address, eventId ?? null));
  const text = voice ? (voice.text ?? '') : inbound.kind === 'text' ? stored.body : '';
  const understood =
    catalog && text.trim() && !stored.truncated
      ? await deps.understanding.understand(text, {
          catalog,
          now,
          // Only a provider that reads the dialog pays for reading it (a query per message).
          ...(deps.understanding.readsDialog
            ? { dialog: await readDialogContext(em, stored.address, catalog.eventId, now) }
            : {}),
        })
      : NOT_UNDERSTOOD;
  return { now, event: info && catalog ? { info, catalog } : null, voice, text, understood };
}
