import type { EntityManager } from '@mikro-orm/postgresql';
import type { InboundMessage } from '../messages.js';
import type { Understood } from '../nlu/label-schema.js';
import type { Embedder } from '../ports/embedder.js';
import type { PublicLinks } from '../ports/public-links.js';
import type { Understanding } from '../ports/understanding.js';
import { type DialogState, emptyDialogState } from '../router/dialog-state.js';
import { routeIntent, routePhoto } from '../router/route-intent.js';
import type { FollowUp, SkillContext, SkillRegistry, SkillResult } from '../router/skill.js';
import type { CatalogCache } from '../services/events/catalog-cache.js';
import { loadEventInfo, resolveSenderEventId } from '../services/events/load-event.js';
import type { FaceSettings } from '../services/faces/face-settings.js';
import type { SelfieReading } from '../services/faces/read-selfie.js';
import { findOpenHandoff } from '../services/handoffs/find-open-handoff.js';
import {
  DEFAULT_MEETING_TEMPLATES,
  type MeetingTemplates,
} from '../services/networking/meeting-templates.js';
import { enqueueReplies } from '../services/outbox/enqueue-replies.js';
import type { VoiceTranscript } from '../services/voice/voice-transcript.js';
import { optIn } from '../skills/opt-out.js';
import { cannedReply, isOptInKeyword } from './canned-replies.js';
import { findAttendee, identifyContact } from './identify-contact.js';
import { resolveChoice } from './resolve-choice.js';
import { voiceAnswer, voiceInput, withButtonsOf } from './voice-input.js';

export interface PipelineDeps {
  /** The root entity manager; every message gets its own fork. */
  em: EntityManager;
  understanding: Understanding;
  embedder: Embedder;
  links: PublicLinks;
  skills: SkillRegistry;
  catalogs: CatalogCache;
  clock: () => Date;
  defaultEventId?: string;
  /**
   * True when organizers can answer handoffs (Slack's handoff channel is configured): the bot then stays quiet
   * during an open handoff and relays messages to the thread. Without it the bot keeps answering.
   */
  relayHandoffs?: boolean;
  /** Face data keys, match threshold and retention (selfie check-in). */
  faces: FaceSettings;
  /** WhatsApp templates for networking notices outside the 24-hour window (config). */
  meetingTemplates?: MeetingTemplates;
}

/** What the inbound job read before the transaction and hands over in memory (never stored). */
export interface InboundExtras {
  /** A photo's faces (only for senders who consented to selfie check-in). */
  selfie?: SelfieReading | null;
}

export interface HandledInbound {
  outboxIds: string[];
  followUps: FollowUp[];
}

const nothing = (): HandledInbound => ({ outboxIds: [], followUps: [] });

/** Questions we asked more than this long ago no longer capture a "yes". */
const PENDING_TTL_MS = 60 * 60 * 1000;

interface StoredInbound {
  channel: string;
  address: string;
  event_id: string | null;
  kind: InboundMessage['kind'];
  body: string;
  truncated: boolean;
  payload: Record<string, unknown>;
  created_at: Date;
  handled_at: Date | null;
  /** Voice notes: set by the transcription job before the message is handled. */
  transcript: VoiceTranscript | null;
}

/**
 * Handles one stored inbound message: identify the contact, understand, route to a skill, and write the
 * replies to the outbox in the same transaction as the skill's changes and the "handled" mark. Runs at
 * most once per message, and one at a time per sender (an advisory lock), so replies keep their order.
 * Returns the outbox ids to deliver and the follow-up jobs to queue.
 */
export async function handleInbound(
  deps: PipelineDeps,
  messageId: string,
  extras: InboundExtras = {},
): Promise<HandledInbound> {
  const em = deps.em.fork();
  const [stored] = await em.execute<StoredInbound[]>(
    `select channel, address, event_id, kind, body, truncated, payload, created_at, handled_at, transcript
       from messages where id = ? and direction = 'in'`,
    [messageId],
  );
  if (!stored || stored.handled_at) return nothing();
  const inbound = {
    ...stored.payload,
    raw: undefined,
    receivedAt: new Date(stored.created_at),
  } as unknown as InboundMessage;
  const now = deps.clock();

  const eventId = await resolveSenderEventId(em, {
    address: stored.address,
    eventId: stored.event_id,
    defaultEventId: deps.defaultEventId,
    now,
  });
  const event = eventId ? await loadEventInfo(em, eventId) : null;
  const catalog = event ? await deps.catalogs.get(em, event) : null;
  // A voice note is handled like its transcript; a "yes" to "did I hear that right?" like the note it confirms.
  const voice =
    voiceInput(inbound, stored.transcript, messageId) ??
    (await voiceAnswer(em, inbound, stored.address, eventId ?? null));
  const text = voice ? (voice.text ?? '') : inbound.kind === 'text' ? stored.body : '';
  // Understanding may call a provider over the network: do it before the transaction opens.
  const understood: Understood | null =
    catalog && text.trim() && !stored.truncated
      ? await deps.understanding.understand(text, { catalog, now })
      : null;

  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`${stored.channel}:${stored.address}`]);
    const [fresh] = await tx.execute<{ handled_at: Date | null }[]>(
      'select handled_at from messages where id = ? for update',
      [messageId],
    );
    if (fresh?.handled_at) return nothing();

    const contact = await identifyContact(
      tx,
      stored.address,
      inbound.profileName,
      new Date(stored.created_at),
    );
    const target = {
      contactId: contact.id,
      channel: stored.channel,
      address: stored.address,
      eventId: event?.id ?? null,
    };
    if (!event || !catalog) {
      const ids = await enqueueReplies(tx, target, [
        {
          kind: 'text',
          text: "Hi! There's no event running on this number right now, so I can't help yet. Please check back later.",
        },
      ]);
      await markHandled(tx, messageId, contact.id, null, null);
      return { outboxIds: ids, followUps: [] };
    }

    const [conversation] = await tx.execute<{ id: string; state: DialogState }[]>(
      `insert into conversations (id, event_id, contact_id, state, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, now(), now())
       on conflict (event_id, contact_id) do update set updated_at = now()
       returning id, state`,
      [event.id, contact.id, JSON.stringify(emptyDialogState())],
    );
    const state = freshState(conversation!.state, now);
    const attendee = await findAttendee(tx, event.id, contact.id);
    const base = {
      em: tx,
      event,
      catalog,
      contact,
      attendee,
      conversationId: conversation!.id,
      inbound,
      text,
      state,
      now,
      embedder: deps.embedder,
      links: deps.links,
      faces: deps.faces,
      ...(extras.selfie ? { selfie: extras.selfie } : {}),
      meetingTemplates: deps.meetingTemplates ?? DEFAULT_MEETING_TEMPLATES,
    };

    let intent: string | null = null;
    let nextState = state;
    let result: SkillResult;
    const canned = cannedReply(inbound, stored.truncated);
    const photoSkill = inbound.kind === 'image' ? deps.skills.photo() : undefined;
    // While a person handles the conversation the bot stays quiet: the message goes to their thread.
    const handoffId = deps.relayHandoffs ? await findOpenHandoff(tx, conversation!.id) : null;
    if (isOptInKeyword(inbound)) {
      intent = 'opt_in';
      result = await optIn({ ...base, understood: { intent: 'opt_out', slots: {}, confidence: 1 } });
    } else if (handoffId) {
      intent = 'handoff_relay';
      result = { replies: [], followUps: [{ kind: 'handoff-message', handoffId, messageId }] };
    } else if (voice?.reply) {
      result = { replies: [voice.reply] };
      nextState = withButtonsOf(state, voice.reply);
    } else if (photoSkill) {
      const outcome = await routePhoto(photoSkill, {
        ...base,
        understood: { intent: 'checkin', slots: {}, confidence: 1 },
      });
      intent = outcome.intent;
      nextState = outcome.state;
      result = outcome.result;
    } else if (canned) {
      result = { replies: [canned] };
    } else {
      const chosen = voice ? null : resolveChoice(inbound, state.lastButtons);
      const ctx: SkillContext = {
        ...base,
        understood: chosen?.understood ?? understood ?? { intent: 'out_of_scope', slots: {}, confidence: 0 },
        ...(chosen?.action ? { action: chosen.action } : {}),
      };
      const outcome = await routeIntent(deps.skills, ctx);
      intent = outcome.intent;
      nextState = outcome.state;
      result = voice
        ? { ...outcome.result, replies: [...voice.echo, ...outcome.result.replies] }
        : outcome.result;
    }

    const ids = await enqueueReplies(tx, target, result.replies, { intent });
    await tx.execute(
      'update conversations set state = ?, last_intent = coalesce(?, last_intent), updated_at = now() where id = ?',
      [JSON.stringify(nextState), intent, conversation!.id],
    );
    await markHandled(tx, messageId, contact.id, event.id, intent);
    return { outboxIds: ids, followUps: result.followUps ?? [] };
  });
}

function freshState(state: DialogState | null, now: Date): DialogState {
  const s = state ?? emptyDialogState();
  if (s.pending && now.getTime() - Date.parse(s.pending.askedAt) > PENDING_TTL_MS) {
    const { pending: _expired, ...rest } = s;
    return rest;
  }
  return s;
}

async function markHandled(
  tx: EntityManager,
  id: string,
  contactId: string,
  eventId: string | null,
  intent: string | null,
) {
  await tx.execute(
    `update messages set handled_at = now(), status = 'handled', contact_id = ?, event_id = coalesce(event_id, ?),
       intent = ?, updated_at = now() where id = ?`,
    [contactId, eventId, intent, id],
  );
}
