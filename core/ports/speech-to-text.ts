import type { EventCatalog } from '../catalog/event-catalog.js';

/** What a speech provider heard; `confidence` is 0–1 (1 = sure). Empty text means nothing recognisable. */
export interface Transcript {
  text: string;
  confidence: number;
  /**
   * Other readings of the same audio, best first, each with its share of the recogniser's belief (0–1), for
   * understanding to choose the one that makes sense (offline recognisers give an n-best list; cloud ones may not).
   */
  alternatives?: { text: string; share: number }[];
  /** A second, independent reading (a closed grammar of the bot's requests): agreement makes a reading surer. */
  check?: { text: string; confidence: number };
}

/** Turns a 16 kHz mono 16-bit WAV (bytes or a file path) into text, using the event's vocabulary as a hint. */
export interface SpeechToText {
  /** For logs and the stored transcript ("pocketsphinx", "azure", "whisper"). */
  readonly name: string;
  /**
   * The languages (en, pt, es) it can hear; absent = any. A note from someone who speaks another one is not sent
   * to it (offline pocketsphinx has an English model only), and the person is asked to type instead.
   */
  readonly languages?: readonly string[];
  /** `language` is the attendee's (en, pt, es), when known: cloud recognisers are told which to expect. */
  transcribe(
    wav: Buffer | string,
    context: { catalog: EventCatalog; language?: string },
  ): Promise<Transcript>;
}
