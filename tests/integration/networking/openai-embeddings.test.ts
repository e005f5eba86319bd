import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { OpenAiEmbedder } from '../../../adapters/providers/embeddings/openai-embedder.js';
import { loadConfig } from '../../../bots/config.js';
import { embedProfiles } from '../../../core/services/networking/embed-profiles.js';
import { type FakeOpenAiApi, startFakeOpenAiApi } from '../../fakes/fake-openai-api.js';
import { EVENT_ID, type MeetingDatabase, startMeetingDatabase } from './meeting-database.js';

const API_KEY = 'sk-test-embeddings';
let m: MeetingDatabase;
let api: FakeOpenAiApi;
beforeAll(async () => {
  [m, api] = await Promise.all([startMeetingDatabase(), startFakeOpenAiApi({ apiKey: API_KEY })]);
});
afterAll(async () => {
  await Promise.all([m.close(), api.close()]);
});

describe('OpenAI embeddings for profiles (against a local fake of the API)', () => {
  it('switching provider re-embeds every profile in 256 dimensions, once; the model is stored with the vector', async () => {
    const embedder = new OpenAiEmbedder({ apiKey: API_KEY, baseUrl: api.url });
    const first = await embedProfiles(m.db.em.fork(), embedder, { eventId: EVENT_ID });
    expect(first.embedded).toBe(m.ids.size);
    expect(api.embeddings.every((r) => r.dimensions === 256 && r.model === 'text-embedding-3-small')).toBe(
      true,
    );
    expect(api.embeddings.flatMap((r) => r.input).some((t) => /Investor at Lagos Ventures/.test(t))).toBe(
      true,
    );
    const models = await m.sql<{ model: string; dims: number }>(
      'select distinct model, vector_dims(embedding) as dims from attendee_embeddings',
    );
    expect(models).toEqual([{ model: 'openai-text-embedding-3-small-256', dims: 256 }]);
    const calls = api.embeddings.length;
    expect(await embedProfiles(m.db.em.fork(), embedder, { eventId: EVENT_ID })).toEqual({
      embedded: 0,
      unchanged: m.ids.size,
    });
    expect(api.embeddings.length).toBe(calls);
    // Back to the offline embedder: a different model, so everything is embedded again.
    expect((await embedProfiles(m.db.em.fork(), new HashedEmbedder(), { eventId: EVENT_ID })).embedded).toBe(
      m.ids.size,
    );
  });

  it('a wrong key fails loudly instead of storing nothing silently', async () => {
    const embedder = new OpenAiEmbedder({ apiKey: 'sk-wrong', baseUrl: api.url });
    await expect(embedder.embed(['hello'])).rejects.toThrow(/401|Incorrect API key/);
  });

  it('is chosen by EMBEDDINGS_PROVIDER=openai, which needs the OpenAI key', () => {
    expect(
      loadConfig({ EMBEDDINGS_PROVIDER: 'openai', OPENAI_API_KEY: 'k', OPENAI_BASE_URL: api.url }).embeddings,
    ).toEqual({
      provider: 'openai',
      apiKey: 'k',
      baseUrl: api.url,
      model: 'text-embedding-3-small',
      queryTimeoutMs: 2_000,
    });
    expect(loadConfig({}).embeddings).toEqual({ provider: 'hashed' });
    expect(() => loadConfig({ EMBEDDINGS_PROVIDER: 'openai' })).toThrow(/needs OPENAI_API_KEY/);
  });
});
