import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faqSemanticText } from '../../core/services/faq/embed-faq-semantics.js';
import { type FakeOpenAiApi, startFakeOpenAiApi } from '../fakes/fake-openai-api.js';
import { eventually } from '../support/eventually.js';
import { demoEventFile, startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';

/**
 * Issue 14, item 3: with OpenAI embeddings configured, FAQ search also searches OpenAI's space — so a
 * paraphrase that shares no word with its FAQ (and that the offline model cannot place) is answered — and an
 * OpenAI error or a slow answer leaves the question to the offline search, never to an error. The fake
 * OpenAI API plays the model's knowledge of meaning with `embedAs`.
 */
const INBOUND = '/webhooks/twilio/whatsapp';
const PARAPHRASE = 'what do i do with my four-wheeled companion';
const PARKING = /underground car park at Praca das Industrias/;

let openai: FakeOpenAiApi;
let app: TestApp;
beforeAll(async () => {
  openai = await startFakeOpenAiApi({ apiKey: 'sk-faq' });
  const parking = demoEventFile().faqs.find((f) => f.id === 'faq-parking')!;
  openai.embedAs('four-wheeled companion', faqSemanticText(parking));
  app = await startTestApp({
    env: {
      EMBEDDINGS_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-faq',
      OPENAI_BASE_URL: openai.url,
      OPENAI_UNDERSTANDING_TIMEOUT_MS: '500',
    },
  });
});
afterAll(async () => {
  await app?.close();
  await openai?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

async function say(from: string, body: string): Promise<string> {
  app.twilioApi.reset();
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(from, body));
  expect(res.status).toBe(200);
  const [reply] = await app.twilioApi.waitForMessages(1, 10_000);
  return reply?.body ?? '';
}

describe('FAQ search with OpenAI embeddings beside the offline ones', () => {
  it('embeds every FAQ (question, alternative phrasings, answer) in the cloud space in the background', async () => {
    const faqs = demoEventFile().faqs.length;
    await eventually(
      async () => {
        const [row] = await sql<{ n: string }>(
          "select count(*) as n from faq_library where semantic_model = 'openai-text-embedding-3-small-256'",
        );
        return Number(row?.n) === faqs || undefined;
      },
      20_000,
      'every FAQ embedded by OpenAI',
    );
    const sent = openai.embeddings.flatMap((e) => e.input);
    expect(sent).toContain(faqSemanticText(demoEventFile().faqs.find((f) => f.id === 'faq-wifi')!));
  });

  it('answers a paraphrase with no word in common with its FAQ', async () => {
    expect(await say('+15550179101', PARAPHRASE)).toMatch(PARKING);
  });

  it('falls back to the offline search when OpenAI fails or is slow: no answer it cannot place, the rest as before', async () => {
    for (const [status, delayMs] of [
      [500, 0],
      [429, 0],
      [null, 1_500],
    ] as const) {
      openai.failEmbeddings(status, delayMs);
      try {
        const fallback = await say('+15550179102', PARAPHRASE);
        expect(fallback).not.toMatch(PARKING);
        expect(await say('+15550179103', 'what is the wifi password?')).toMatch(/DevSummit-Guest/);
      } finally {
        openai.failEmbeddings(null);
      }
    }
    expect(await say('+15550179104', PARAPHRASE)).toMatch(PARKING);
  });
});
