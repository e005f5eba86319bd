import type { Logger } from 'pino';
import type { FaqSemantics } from '../../../core/ports/faq-semantics.js';
import { OpenAiEmbedder, type OpenAiEmbedderConfig } from './openai-embedder.js';

/**
 * FAQ search's OpenAI embeddings. A question waits for OpenAI at most `queryTimeoutMs` (the same per-message
 * budget as OpenAI understanding) and one attempt: a slow answer, an error or a 429 leaves that question to
 * the offline search, logged and counted, never an error for the attendee.
 */
export class OpenAiFaqSemantics implements FaqSemantics {
  readonly model: string;
  /** Questions that fell back to offline-only search since start (for logs and metrics). */
  fallbacks = 0;
  private readonly query: OpenAiEmbedder;
  private readonly documents: OpenAiEmbedder;

  constructor(
    config: OpenAiEmbedderConfig & { queryTimeoutMs: number },
    private readonly logger: Pick<Logger, 'warn'>,
  ) {
    this.query = new OpenAiEmbedder({ ...config, timeoutMs: config.queryTimeoutMs, maxRetries: 0 });
    this.documents = new OpenAiEmbedder(config);
    this.model = this.documents.model;
  }

  async embedQuery(text: string): Promise<number[] | null> {
    try {
      const [vector] = await this.query.embed([text]);
      return vector ?? null;
    } catch (error) {
      this.fallbacks++;
      this.logger.warn(
        { err: error, fallbacks: this.fallbacks },
        'FAQ search: OpenAI embeddings failed, offline only',
      );
      return null;
    }
  }

  embedDocuments(texts: string[]): Promise<number[][]> {
    return this.documents.embed(texts);
  }
}
