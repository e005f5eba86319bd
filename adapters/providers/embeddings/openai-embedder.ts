import OpenAI from 'openai';
import type { Embedder } from '../../../core/ports/embedder.js';

export interface OpenAiEmbedderConfig {
  apiKey: string;
  /** An OpenAI-compatible endpoint (a local fake in tests); default api.openai.com. */
  baseUrl?: string;
  /** Default `text-embedding-3-small`. */
  model?: string;
  timeoutMs?: number;
  /** The SDK's retries on 429/5xx/timeouts; default 2. A question waiting on a reply uses 0. */
  maxRetries?: number;
}

/** Our vector columns are vector(256): the text-embedding-3 models shorten natively via `dimensions`. */
const DIMENSIONS = 256;

/**
 * OpenAI embeddings through the official SDK, asked for 256 dimensions so they fit the same pgvector columns
 * as the offline embedder. `model` names the provider, model and size, so switching providers re-embeds
 * (attendee_embeddings.model) instead of comparing vectors from two spaces.
 */
export class OpenAiEmbedder implements Embedder {
  readonly model: string;
  readonly dimensions = DIMENSIONS;
  private readonly client: OpenAI;
  private readonly apiModel: string;

  constructor(config: OpenAiEmbedderConfig) {
    this.apiModel = config.model ?? 'text-embedding-3-small';
    this.model = `openai-${this.apiModel}-${DIMENSIONS}`;
    this.client = new OpenAI({
      apiKey: config.apiKey,
      ...(config.baseUrl ? { baseURL: config.baseUrl } : {}),
      timeout: config.timeoutMs ?? 30_000,
      maxRetries: config.maxRetries ?? 2,
    });
  }

  async embed(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    const response = await this.client.embeddings.create({
      model: this.apiModel,
      input: texts,
      dimensions: DIMENSIONS,
    });
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    if (vectors.length !== texts.length || vectors.some((v) => v.length !== DIMENSIONS)) {
      throw new Error(`embeddings: expected ${texts.length} vectors of ${DIMENSIONS}, got ${vectors.length}`);
    }
    // Unit length, so cosine distance in pgvector means the same for every provider.
    return vectors.map((v) => {
      const norm = Math.hypot(...v);
      return norm === 0 ? v : v.map((x) => x / norm);
    });
  }
}
