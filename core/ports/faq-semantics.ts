/**
 * A cloud embedding model for FAQ search, used beside the offline embedder: it places paraphrases near each
 * other where shared words are few ("somewhere to leave my car" → parking). Optional: without it, FAQ search
 * is offline only.
 */
export interface FaqSemantics {
  /** Stored beside each FAQ vector, so a model change re-embeds instead of comparing two spaces. */
  readonly model: string;
  /** The question's vector, or null when the provider failed or was too slow: the search then stays offline. */
  embedQuery(text: string): Promise<number[] | null>;
  /** FAQ texts' vectors, for the background job; throws on failure so the job tries again later. */
  embedDocuments(texts: string[]): Promise<number[][]>;
}
