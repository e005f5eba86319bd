import { dayIn, OpenAiUnderstanding } from '../../adapters/providers/llm/openai-understanding.js';
import type { UsageLedger } from '../../adapters/providers/llm/usage-ledger.js';
import type { EventCatalog } from '../../core/catalog/event-catalog.js';
import { LocalUnderstanding } from '../../core/nlu/local-understanding.js';
import { startFakeOpenAiApi } from '../../tests/fakes/fake-openai-api.js';

/** The bench needs no Redis: a ledger in memory stands in for RedisUsageLedger (same interface). */
class MemoryLedger implements UsageLedger {
  private readonly tokens = new Map<string, number>();
  private readonly counts = new Map<string, Record<string, number>>();
  async spend(eventId: string, day: string, tokens: number) {
    const key = `${eventId}:${day}`;
    const total = (this.tokens.get(key) ?? 0) + tokens;
    this.tokens.set(key, total);
    return total;
  }
  async spent(eventId: string, day: string) {
    return this.tokens.get(`${eventId}:${day}`) ?? 0;
  }
  async countFallback(eventId: string, day: string, reason: string) {
    const counts = this.counts.get(`${eventId}:${day}`) ?? {};
    counts[reason] = (counts[reason] ?? 0) + 1;
    this.counts.set(`${eventId}:${day}`, counts);
  }
  async fallbacks(eventId: string, day: string) {
    return this.counts.get(`${eventId}:${day}`) ?? {};
  }
}

/** The configured default: a message waits this long for OpenAI before the offline model answers. */
const DEFAULT_TIMEOUT_MS = 2_000;

/**
 * How long a message waits for its answer when OpenAI is too slow: the fake answers after 3× the timeout,
 * so every message times out and the local model answers. `waves` rounds of `concurrency` messages at once
 * (a busy worker), percentiles over all of them.
 */
export async function benchLlmFallback(
  texts: readonly string[],
  catalog: EventCatalog,
  now: Date,
  opts: { timeoutMs?: number; concurrency?: number; waves?: number } = {},
): Promise<{ p50: number; p99: number; samples: number; fallbacks: Record<string, number> }> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fake = await startFakeOpenAiApi({ apiKey: 'sk-bench' });
  fake.answerChat(() => ({ content: '{}', delayMs: timeoutMs * 3 }));
  const ledger = new MemoryLedger();
  const provider = new OpenAiUnderstanding(
    { apiKey: 'sk-bench', baseUrl: fake.url, model: 'bench', timeoutMs, dailyTokenBudget: 1e12 },
    { local: new LocalUnderstanding(), ledger, logger: { warn() {} } },
  );
  const latencies: number[] = [];
  try {
    let next = 0;
    for (let wave = 0; wave < (opts.waves ?? 2); wave++) {
      await Promise.all(
        Array.from({ length: opts.concurrency ?? 50 }, async () => {
          const text = texts[next++ % texts.length]!;
          const started = performance.now();
          await provider.understand(text, { catalog, now });
          latencies.push(performance.now() - started);
        }),
      );
    }
  } finally {
    await fake.close();
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]!;
  const fallbacks = await ledger.fallbacks(catalog.eventId, dayIn(catalog.timezone, now));
  return { p50: at(0.5), p99: at(0.99), samples: latencies.length, fallbacks };
}
