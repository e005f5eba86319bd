import type { EventCatalog } from '../catalog/event-catalog.js';

/** What a speech provider heard; `confidence` is 0–1 (1 = sure). Empty text means nothing recognisable. */
export interface Transcript {
  text: string;
  confidence: number;
}

/** Turns a 16 kHz mono 16-bit WAV (bytes or a file path) into text, using the event's vocabulary as a hint. */
export interface SpeechToText {
  /** For logs and the stored transcript ("pocketsphinx", "azure", "whisper"). */
  readonly name: string;
  transcribe(wav: Buffer | string, context: { catalog: EventCatalog }): Promise<Transcript>;
}
