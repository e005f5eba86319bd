import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../db/kysely.js';
import { isUuid } from '../is-uuid.js';
import type { Button, InboundMessage, OutboundMessage } from '../messages.js';
import { type DialogState, parseDialogState } from '../router/dialog-state.js';
import { VOICE_MIN_CONFIDENCE, type VoiceTranscript } from '../services/voice/voice-transcript.js';
import { resolveChoice } from './resolve-choice.js';
import { voiceTranscriptSchema } from './stored-inbound.js';

/**
 * How a voice note (or the answer to "did I hear that right?") enters the pipeline:
 * - `text`: understand and route this instead of the message body;
 * - `echo`: replies that go before the skill's ("🎤 I heard: …");
 * - `reply`: answer with this instead of routing (couldn't make it out, or a question first).
 */
export interface VoiceInput {
  text?: string;
  echo: OutboundMessage[];
  reply?: OutboundMessage;
}

const UNCLEAR = "I couldn't make that out — could you type it or try again?";

const FAILURE_REPLIES: Record<string, string> = {
  silence: "Your voice note seems to be silent — I couldn't hear anything. Could you try again, or type it?",
  unclear: UNCLEAR,
  corrupt: "I couldn't open that voice note (the file seems damaged). Could you send it again, or type it?",
  unsupported: "I can't play that audio format. Could you record a WhatsApp voice note instead, or type it?",
  too_long: 'That voice note is too long for me — please keep it under 2 minutes, or type it.',
  too_big:
    'That audio file is too big for me (16 MB at most). Could you send a short voice note, or type it?',
  download_failed: "I couldn't download that voice note. Could you send it again, or type it?",
};

export const VOICE_YES = 'voice-yes';
export const VOICE_NO = 'voice-no';
const YES_TITLE = 'Yes, go ahead';
const NO_TITLE = "No, that's wrong";
/** Only these typed answers can pick a voice button; other texts skip the conversation lookup. */
const MAYBE_A_CHOICE = new RegExp(`^\\s*(\\d{1,2}\\s*[.)]?|${YES_TITLE}|${NO_TITLE})\\s*$`, 'i');

/** The turn for an inbound voice note, from its stored transcript; null for other messages. */
export function voiceInput(
  inbound: InboundMessage,
  transcript: VoiceTranscript | null,
  messageId: string,
): VoiceInput | null {
  if (inbound.kind !== 'audio') return null;
  if (!transcript) return { echo: [], reply: { kind: 'text', text: UNCLEAR } };
  if ('failure' in transcript) {
    return { echo: [], reply: { kind: 'text', text: FAILURE_REPLIES[transcript.failure] ?? UNCLEAR } };
  }
  if (transcript.confidence < VOICE_MIN_CONFIDENCE) {
    return {
      echo: [],
      reply: {
        kind: 'buttons',
        text: `🎤 I heard: “${transcript.text}” — but I'm not sure I got it right. Shall I go ahead with that?`,
        buttons: [
          { id: `act:${VOICE_YES}:${messageId}`, title: YES_TITLE },
          { id: `act:${VOICE_NO}:${messageId}`, title: NO_TITLE },
        ],
      },
    };
  }
  return { text: transcript.text, echo: [{ kind: 'text', text: `🎤 I heard: “${transcript.text}”` }] };
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
  if (action.name === VOICE_NO) {
    return { echo: [], reply: { kind: 'text', text: 'Sorry about that! Please say it again, or type it.' } };
  }
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
  if (!heard || 'failure' in heard) return { echo: [], reply: { kind: 'text', text: UNCLEAR } };
  return { text: heard.text, echo: [] };
}

/** After a reply we wrote ourselves, remember its buttons so a typed "1" picks the first. */
export function withButtonsOf(state: DialogState, reply: OutboundMessage): DialogState {
  return reply.kind === 'buttons' ? { ...state, lastButtons: reply.buttons } : state;
}
