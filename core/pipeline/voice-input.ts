import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../db/kysely.js';
import type { VoiceMessageId } from '../i18n/catalogs/voice/en.js';
import { catalogs, type Translate } from '../i18n/translate.js';
import { isUuid } from '../is-uuid.js';
import type { Button, InboundMessage, OutboundMessage } from '../messages.js';
import type { VoiceFailure } from '../ports/voice-media.js';
import { type DialogState, parseDialogState } from '../router/dialog-state.js';
import { VOICE_MIN_CONFIDENCE, type VoiceTranscript } from '../services/voice/voice-transcript.js';
import { resolveChoice } from './resolve-choice.js';
import { voiceTranscriptSchema } from './stored-inbound.js';

/**
 * How a voice note (or the answer to "did I hear that right?") enters the pipeline:
 * - `text`: understand and route this instead of the message body;
 * - `heard`: said back before the skill's replies ("🎤 I heard: …");
 * - `reply`: answer with this instead of routing (couldn't make it out, or a question first). Replies are data
 *   here and worded by the voice step in the turn's language (voiceReplyMessage).
 */
export interface VoiceInput {
  text?: string;
  heard?: string;
  reply?: VoiceReply;
}

/** A reply about a voice note: one of the catalog's sentences, or "I heard X — shall I go ahead?". */
export type VoiceReply =
  | { kind: 'say'; id: VoiceMessageId }
  | { kind: 'unsure'; heard: string; messageId: string };

const FAILURE_REPLIES: Record<VoiceFailure, VoiceMessageId> = {
  silence: 'voice.silence',
  unclear: 'voice.unclear',
  corrupt: 'voice.corrupt',
  unsupported: 'voice.unsupported',
  too_long: 'voice.tooLong',
  too_big: 'voice.tooBig',
  download_failed: 'voice.downloadFailed',
  language: 'voice.language',
};

const say = (id: VoiceMessageId): VoiceInput => ({ reply: { kind: 'say', id } });

export const VOICE_YES = 'voice-yes';
export const VOICE_NO = 'voice-no';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Only these typed answers can pick a voice button (its titles in any language); other texts skip the lookup. */
const MAYBE_A_CHOICE = new RegExp(
  `^\\s*(\\d{1,2}\\s*[.)]?|${Object.values(catalogs())
    .flatMap((c) => [c['voice.yes'], c['voice.no']])
    .map(escapeRegExp)
    .join('|')})\\s*$`,
  'i',
);

/** The words of a voice reply in the turn's language. */
export function voiceReplyMessage(reply: VoiceReply, t: Translate): OutboundMessage {
  if (reply.kind === 'say') return { kind: 'text', text: t(reply.id) };
  return {
    kind: 'buttons',
    text: t('voice.unsure', { text: reply.heard }),
    buttons: [
      { id: `act:${VOICE_YES}:${reply.messageId}`, title: t('voice.yes') },
      { id: `act:${VOICE_NO}:${reply.messageId}`, title: t('voice.no') },
    ],
  };
}

/** The turn for an inbound voice note, from its stored transcript; null for other messages. */
export function voiceInput(
  inbound: InboundMessage,
  transcript: VoiceTranscript | null,
  messageId: string,
): VoiceInput | null {
  if (inbound.kind !== 'audio') return null;
  if (!transcript) return say('voice.unclear');
  if ('failure' in transcript) return say(FAILURE_REPLIES[transcript.failure] ?? 'voice.unclear');
  // Unsure, or a money or data-sharing step heard below the bar for those: read it back and ask first.
  if (transcript.confidence < VOICE_MIN_CONFIDENCE || transcript.confirmFirst) {
    return { reply: { kind: 'unsure', heard: transcript.text, messageId } };
  }
  return { text: transcript.text, heard: transcript.text };
}

/**
 * The answer to "Shall I go ahead with that?": a tap (or a typed "1"/title, read against the choices we last
 * offered) on Yes routes the voice note's transcript as if it had been typed now; No asks to try again.
 */
export async function voiceAnswer(
  em: EntityManager,
  inbound: InboundMessage,
  address: string,
  eventId: string | null,
): Promise<VoiceInput | null> {
  if (inbound.kind !== 'button' && inbound.kind !== 'text') return null;
  let lastButtons: Button[] | undefined;
  if (inbound.kind === 'text') {
    if (!eventId || !MAYBE_A_CHOICE.test(inbound.text)) return null;
    const row = await kysely(em)
      .selectFrom('Conversation as c')
      .innerJoin('Contact as k', 'k.id', 'c.contact')
      .select('c.state')
      .where('k.phone', '=', address)
      .where('c.event', '=', eventId)
      .executeTakeFirst();
    lastButtons = row ? parseDialogState(row.state).lastButtons : undefined;
    if (!lastButtons?.some((b) => b.id.startsWith(`act:${VOICE_YES}:`))) return null;
  }
  const action = resolveChoice(inbound, lastButtons)?.action;
  if (!action || (action.name !== VOICE_YES && action.name !== VOICE_NO)) return null;
  if (action.name === VOICE_NO) return say('voice.sayAgain');
  const note = isUuid(action.arg)
    ? await kysely(em)
        .selectFrom('Message')
        .select('transcript')
        .where('id', '=', action.arg)
        .where('address', '=', address)
        .where('direction', '=', 'in')
        .where('kind', '=', 'audio')
        .executeTakeFirst()
    : undefined;
  const heard = voiceTranscriptSchema.safeParse(note?.transcript).data;
  if (!heard || 'failure' in heard) return say('voice.unclear');
  return { text: heard.text };
}

/** After a reply we wrote ourselves, remember its buttons so a typed "1" picks the first. */
export function withButtonsOf(state: DialogState, reply: OutboundMessage): DialogState {
  return reply.kind === 'buttons' ? { ...state, lastButtons: reply.buttons } : state;
}
