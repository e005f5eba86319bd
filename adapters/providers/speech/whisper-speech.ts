import OpenAI, { toFile } from 'openai';
import type { EventCatalog } from '../../../core/catalog/event-catalog.js';
import type { SpeechToText, Transcript } from '../../../core/ports/speech-to-text.js';
import { vocabularyPhrases } from './vocabulary-prompt.js';

export interface WhisperConfig {
  apiKey: string;
  /** An OpenAI-compatible endpoint (a local fake in tests); default api.openai.com. */
  baseUrl?: string;
  model?: string;
  timeoutMs?: number;
}

interface VerboseTranscription {
  text: string;
  segments?: { avg_logprob?: number; no_speech_prob?: number }[];
}

/**
 * OpenAI Whisper through the official SDK: the WAV goes up as a file with the event's vocabulary as the prompt;
 * confidence comes from the segments (mean token probability, discounted by the no-speech probability).
 */
export class WhisperSpeech implements SpeechToText {
  readonly name = 'whisper';
  private readonly client: OpenAI;

  constructor(private readonly config: WhisperConfig) {
    this.client = new OpenAI({
      apiKey: config.apiKey,
      ...(config.baseUrl ? { baseURL: config.baseUrl } : {}),
      timeout: config.timeoutMs ?? 30_000,
      maxRetries: 1,
    });
  }

  async transcribe(
    wav: Buffer | string,
    context: { catalog: EventCatalog; language?: string },
  ): Promise<Transcript> {
    const bytes = typeof wav === 'string' ? (await import('node:fs/promises')).readFile(wav) : wav;
    const file = await toFile(await bytes, 'note.wav', { type: 'audio/wav' });
    const result = (await this.client.audio.transcriptions.create({
      file,
      model: this.config.model ?? 'whisper-1',
      // ISO-639-1, the attendee's language when known (Whisper hears pt and es as well).
      language: context.language ?? 'en',
      response_format: 'verbose_json',
      prompt: `${context.catalog.name}: ${vocabularyPhrases(context.catalog).join(', ')}.`,
    })) as unknown as VerboseTranscription;
    return { text: result.text.trim(), confidence: whisperConfidence(result) };
  }
}

export function whisperConfidence(result: VerboseTranscription): number {
  const segments = result.segments ?? [];
  if (segments.length === 0) return result.text.trim() ? 0.8 : 0;
  const scores = segments.map(
    (s) => Math.exp(Math.min(0, s.avg_logprob ?? -1)) * (1 - Math.min(1, Math.max(0, s.no_speech_prob ?? 0))),
  );
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}
