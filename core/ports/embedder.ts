/** Turns text into a fixed-length unit vector for pgvector cosine search. */
export interface Embedder {
  /** Stored beside each vector so a provider change re-embeds rather than mixing vector spaces. */
  readonly model: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}
