import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { EventCatalog } from '../../../core/catalog/event-catalog.js';
import type { Understood } from '../../../core/nlu/label-schema.js';
import type { Understanding, UnderstandingContext } from '../../../core/ports/understanding.js';
import { answerSchema, type Rejection, readAnswer } from './understanding-answer.js';
import { systemPrompt, userPrompt } from './understanding-prompt.js';
import type { UsageLedger } from './usage-ledger.js';

export interface OpenAiUnderstandingConfig {
  /** Without a key every message goes to the local model (counted as `no_key`). */
  apiKey?: string;
  /** An OpenAI-compatible endpoint (a local fake in tests); default api.openai.com. */
  baseUrl?: string;
  model: string;
  /** Longer than this and the local model answers; WhatsApp users should not wait on a slow provider. */
  timeoutMs: number;
  /** Tokens one event may spend per day (in its time zone); then the local model answers until midnight. */
  dailyTokenBudget: number;
}

export type FallbackReason =
  | Rejection
  | 'no_key'
  | 'budget'
  | 'ledger_error'
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'request_failed';

interface WarnLogger {
  warn(details: object, message: string): void;
}

/** The answer is a short JSON object; this caps what a runaway answer can cost. */
const MAX_OUTPUT_TOKENS = 200;

/**
 * Understanding by an OpenAI chat model with structured output over the label schema, checked against the
 * event's catalog and the dialog, with the local model as the answer whenever the provider cannot give a
 * usable one (no key, budget spent, timeout, 429, 5xx, invalid output). Only the intent and slots are used:
 * no model text ever reaches an attendee.
 */
export class OpenAiUnderstanding implements Understanding {
  readonly readsDialog = true;
  private readonly client: OpenAI | null;
  private readonly prompts = new WeakMap<EventCatalog, string>();
  private readonly responseFormat = zodResponseFormat(answerSchema, 'understanding');

  constructor(
    private readonly config: OpenAiUnderstandingConfig,
    private readonly deps: { local: Understanding; ledger: UsageLedger; logger: WarnLogger },
  ) {
    this.client = config.apiKey
      ? new OpenAI({
          apiKey: config.apiKey,
          ...(config.baseUrl ? { baseURL: config.baseUrl } : {}),
          timeout: config.timeoutMs,
          // A retry would not fit in the timeout; the local model is the retry.
          maxRetries: 0,
        })
      : null;
  }

  async understand(text: string, context: UnderstandingContext): Promise<Understood> {
    const local = await this.deps.local.understand(text, context);
    const { catalog, now, dialog } = context;
    const day = dayIn(catalog.timezone, now);
    const fallback = async (reason: FallbackReason, error?: unknown) => {
      this.deps.logger.warn(
        { eventId: catalog.eventId, reason, ...(error ? { err: error } : {}) },
        'openai understanding fell back to the local model',
      );
      await this.deps.ledger.countFallback(catalog.eventId, day, reason).catch(() => {});
      return local;
    };
    if (!this.client) return fallback('no_key');

    let system = this.prompts.get(catalog);
    if (!system) {
      system = systemPrompt(catalog);
      this.prompts.set(catalog, system);
    }
    const user = userPrompt(text, now, dialog);
    // Reserve an estimate before calling (about 4 characters a token), so concurrent calls in several
    // processes cannot all pass the check at once; settle to the real usage afterwards.
    const estimate = Math.ceil((system.length + user.length) / 4) + MAX_OUTPUT_TOKENS;
    let reserved: number;
    try {
      reserved = await this.deps.ledger.spend(catalog.eventId, day, estimate);
    } catch (error) {
      return fallback('ledger_error', error);
    }
    if (reserved > this.config.dailyTokenBudget) {
      await this.deps.ledger.spend(catalog.eventId, day, -estimate).catch(() => {});
      return fallback('budget');
    }
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    try {
      completion = await this.client.chat.completions.create({
        model: this.config.model,
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: user },
        ],
        response_format: this.responseFormat,
        max_completion_tokens: MAX_OUTPUT_TOKENS,
        temperature: 0,
        // Routes one event's requests to the same cache: their prompts share the catalog prefix.
        prompt_cache_key: `eventos-nlu:${catalog.eventId}`,
      });
    } catch (error) {
      await this.deps.ledger.spend(catalog.eventId, day, -estimate).catch(() => {});
      return fallback(failureReason(error), error);
    }
    const used = completion.usage?.total_tokens ?? estimate;
    await this.deps.ledger.spend(catalog.eventId, day, used - estimate).catch(() => {});
    const answer = readAnswer(completion.choices[0]?.message.content, catalog, dialog, local);
    return 'understood' in answer ? answer.understood : fallback(answer.rejected);
  }
}

function failureReason(error: unknown): FallbackReason {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (error instanceof OpenAI.APIError && error.status === 429) return 'rate_limited';
  if (error instanceof OpenAI.APIError && (error.status ?? 0) >= 500) return 'server_error';
  return 'request_failed';
}

/** The calendar day in the event's time zone ("YYYY-MM-DD"): budgets reset at the event's midnight. */
export function dayIn(timezone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
