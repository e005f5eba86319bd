import * as sdk from 'microsoft-cognitiveservices-speech-sdk';
import type { EventCatalog } from '../../../core/catalog/event-catalog.js';
import type { SpeechToText, Transcript } from '../../../core/ports/speech-to-text.js';
import { vocabularyPhrases } from './vocabulary-prompt.js';

export interface AzureSpeechConfig {
  key: string;
  /** Azure region (e.g. westeurope); or `host` for a container or a local fake (`ws://…`, `wss://…`). */
  region?: string;
  host?: string;
  language?: string;
  /** Gives up on a recognition after this long (the SDK keeps retrying a refused connection). */
  timeoutMs?: number;
}

/** Azure's recognition locale for each language the bot speaks (European Portuguese, as the catalogs are). */
const AZURE_LOCALES: Record<string, string> = { en: 'en-US', pt: 'pt-PT', es: 'es-ES' };

/**
 * Azure Speech through the official SDK. The JS SDK does not take compressed audio, so it gets the decoded
 * 16 kHz mono WAV; the event's vocabulary goes in as a phrase list; the detailed output format gives the
 * best alternative's confidence.
 */
export class AzureSpeech implements SpeechToText {
  readonly name = 'azure';

  constructor(private readonly config: AzureSpeechConfig) {
    if (!config.host && !config.region)
      throw new Error('Azure Speech needs AZURE_SPEECH_REGION or AZURE_SPEECH_HOST');
  }

  async transcribe(
    wav: Buffer | string,
    context: { catalog: EventCatalog; language?: string },
  ): Promise<Transcript> {
    const bytes = typeof wav === 'string' ? await (await import('node:fs/promises')).readFile(wav) : wav;
    const speechConfig = this.config.host
      ? sdk.SpeechConfig.fromHost(new URL(this.config.host), this.config.key)
      : sdk.SpeechConfig.fromSubscription(this.config.key, this.config.region!);
    // The attendee's language when known (pt, es: Azure wants a locale), else the configured one.
    speechConfig.speechRecognitionLanguage =
      (context.language && AZURE_LOCALES[context.language]) ?? this.config.language ?? 'en-US';
    speechConfig.outputFormat = sdk.OutputFormat.Detailed;
    const recognizer = new sdk.SpeechRecognizer(speechConfig, sdk.AudioConfig.fromWavFileInput(bytes));
    try {
      const phrases = sdk.PhraseListGrammar.fromRecognizer(recognizer);
      phrases.addPhrases(vocabularyPhrases(context.catalog));
      let timer: NodeJS.Timeout | undefined;
      const result = await new Promise<sdk.SpeechRecognitionResult>((resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error('Azure Speech: no result in time')),
          this.config.timeoutMs ?? 30_000,
        );
        recognizer.recognizeOnceAsync(resolve, (error) => reject(new Error(`Azure Speech: ${error}`)));
      }).finally(() => clearTimeout(timer));
      switch (result.reason) {
        case sdk.ResultReason.RecognizedSpeech:
          return { text: result.text.trim(), confidence: bestConfidence(result.json) };
        case sdk.ResultReason.NoMatch:
          return { text: '', confidence: 0 };
        default: {
          const details = sdk.CancellationDetails.fromResult(result);
          throw new Error(
            `Azure Speech cancelled: ${details.errorDetails || sdk.CancellationReason[details.reason]}`,
          );
        }
      }
    } finally {
      recognizer.close();
    }
  }
}

/** NBest[0].Confidence of a detailed result; 0.8 when the service gave none. */
export function bestConfidence(json: string): number {
  try {
    const parsed = JSON.parse(json) as { NBest?: { Confidence?: number }[] };
    const confidence = parsed.NBest?.[0]?.Confidence;
    return typeof confidence === 'number' ? confidence : 0.8;
  } catch {
    return 0.8;
  }
}
