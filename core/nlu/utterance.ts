/** The intermediate analysis of one message that the NLU stages pass along. */

/** A value read from words[start..end) of the message. */
export interface ValueSpan<T> {
  start: number;
  end: number;
  value: T;
}

export type EntityKind = 'tier' | 'session' | 'speaker' | 'person' | 'sponsor';

/** A catalog entity named in the message. */
export interface EntityMention {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
  /**
   * How specifically the words name the entity: a full name or organizer-given alias is strong (2+); a first
   * name or a single distinctive word of a session title is weak (< 2).
   */
  strength: number;
}

export interface Utterance {
  text: string;
  /** Normalised, typo-corrected words. */
  words: string[];
  breaks: boolean[];
  asked: boolean;
  mentions: EntityMention[];
  times: ValueSpan<string>[];
  dates: ValueSpan<string>[];
  quantities: ValueSpan<number>[];
}
