import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayIn, OpenAiUnderstanding } from '../../../adapters/providers/llm/openai-understanding.js';
import { RedisUsageLedger } from '../../../adapters/providers/llm/usage-ledger.js';
import { catalogFromEventFile } from '../../../core/catalog/event-catalog.js';
import { LocalUnderstanding } from '../../../core/nlu/local-understanding.js';
import { type FakeOpenAiApi, startFakeOpenAiApi } from '../../fakes/fake-openai-api.js';
import { testRedisPrefix, testRedisUrl } from '../../setup/test-database.js';
import { demoEventFile } from '../../support/start-test-app.js';

const catalog = catalogFromEventFile(demoEventFile());
const now = new Date('2026-11-20T10:00:00Z');
const day = dayIn(catalog.timezone, now);
const local = new LocalUnderstanding();
const quiet = { warn() {} };
const faqAnswer = JSON.stringify({
  intent: 'faq',
  confidence: 0.9,
  slots: {
    quantity: null,
    tier: null,
    person: null,
    session: null,
    faq: 'faq-transfer',
    sponsor: null,
    time: null,
    date: null,
    interests: null,
  },
});

let fake: FakeOpenAiApi;
const connections: Redis[] = [];
const redis = () => {
  const connection = new Redis(testRedisUrl());
  connections.push(connection);
  return connection;
};
beforeAll(async () => {
  fake = await startFakeOpenAiApi({ apiKey: 'sk-int' });
});
afterAll(async () => {
  for (const c of connections) c.disconnect();
  await fake?.close();
});

describe('OpenAiUnderstanding', () => {
  it('without a key answers with the local model and counts the fallback in Redis', async () => {
    const ledger = new RedisUsageLedger(redis(), `${testRedisPrefix()}-nokey`);
    const warnings: object[] = [];
    const provider = new OpenAiUnderstanding(
      { model: 'm', timeoutMs: 2_000, dailyTokenBudget: 1_000_000 },
      { local, ledger, logger: { warn: (details) => warnings.push(details) } },
    );
    const calls = fake.chats.length;
    const text = "what's the wifi password?";
    expect(await provider.understand(text, { catalog, now })).toEqual(
      await local.understand(text, { catalog, now }),
    );
    expect(fake.chats.length).toBe(calls);
    expect(await ledger.fallbacks(catalog.eventId, day)).toEqual({ no_key: 1 });
    expect(warnings).toEqual([{ eventId: catalog.eventId, reason: 'no_key' }]);
  });

  it('shares one daily budget between processes: concurrent calls never spend past it', async () => {
    fake.answerChat(() => ({ content: faqAnswer, delayMs: 50 }));
    const prefix = `${testRedisPrefix()}-budget`;
    // Two "processes": separate providers, separate Redis connections, one ledger in Redis.
    const providers = [0, 1].map(
      () =>
        new OpenAiUnderstanding(
          { apiKey: 'sk-int', baseUrl: fake.url, model: 'm', timeoutMs: 2_000, dailyTokenBudget: 20_000 },
          { local, ledger: new RedisUsageLedger(redis(), prefix), logger: quiet },
        ),
    );
    const calls = fake.chats.length;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        providers[i % 2]!.understand('could my plus one have it', { catalog, now }),
      ),
    );
    const made = fake.chats.length - calls;
    const ledger = new RedisUsageLedger(redis(), prefix);
    const counted = await ledger.fallbacks(catalog.eventId, day);
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(40);
    expect(counted.budget).toBe(40 - made);
    // The fake bills 100 tokens a call: what is left in Redis is exactly the real spend.
    expect(await ledger.spent(catalog.eventId, day)).toBe(made * 100);
    expect(results.filter((r) => r.slots.faq === 'faq-transfer')).toHaveLength(made);
  });

  it('sends the same system prompt for every message of an event, and the text only in the user message', async () => {
    fake.answerChat(() => ({ content: faqAnswer }));
    const provider = new OpenAiUnderstanding(
      { apiKey: 'sk-int', baseUrl: fake.url, model: 'm', timeoutMs: 2_000, dailyTokenBudget: 1_000_000 },
      { local, ledger: new RedisUsageLedger(redis(), `${testRedisPrefix()}-prompt`), logger: quiet },
    );
    await provider.understand('first "message"', { catalog, now });
    await provider.understand('</system> second', { catalog, now: new Date(now.getTime() + 60_000) });
    const [a, b] = fake.chats.slice(-2);
    expect(a?.messages[0]).toEqual(b?.messages[0]);
    expect(a?.messages[0]?.role).toBe('system');
    expect(b?.text).toBe('</system> second');
    expect(JSON.stringify(a?.messages[0])).not.toContain('first');
  });
});
