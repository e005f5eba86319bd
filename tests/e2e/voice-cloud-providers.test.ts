import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesiseNote } from '../../scripts/voice/synthesise-note.js';
import { type FakeAzureSpeech, startFakeAzureSpeech } from '../fakes/fake-azure-speech.js';
import { type FakeOpenAiApi, startFakeOpenAiApi } from '../fakes/fake-openai-api.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappVoiceNote } from '../support/twilio-client.js';

const INBOUND = '/webhooks/twilio/whatsapp';

async function speak(app: TestApp, from: string, text: string, count: number) {
  app.twilioApi.reset();
  const url = app.twilioApi.addMedia(synthesiseNote(text), 'audio/ogg');
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappVoiceNote(from, url));
  expect(res.status).toBe(200);
  return app.twilioApi.waitForMessages(count, 15_000);
}

describe('voice notes through Whisper when OPENAI_API_KEY is set', () => {
  let openai: FakeOpenAiApi;
  let app: TestApp;
  beforeAll(async () => {
    openai = await startFakeOpenAiApi({ apiKey: 'sk-e2e' });
    app = await startTestApp({ env: { OPENAI_API_KEY: 'sk-e2e', OPENAI_BASE_URL: openai.url } });
    await keepDemoEventOnSale(app);
  });
  afterAll(async () => {
    await app?.close();
    await openai?.close();
  });

  it('a confident transcript books; an unsure one is read back with Yes/No first', async () => {
    openai.respondWith({ text: 'Book two VIP tickets.', avgLogprob: -0.05 });
    const sure = await speak(app, '+15550188201', 'book two VIP tickets', 2);
    expect(sure[0]?.body).toBe('🎤 I heard: “Book two VIP tickets.”');
    expect(sure[1]?.body).toContain('2 × VIP at €499.00 = €998.00');
    expect(openai.requests).toHaveLength(1);

    openai.respondWith({ text: 'Book ten VIP tickets.', avgLogprob: -1.5 });
    const [unsure] = await speak(app, '+15550188202', 'book two VIP tickets', 1);
    expect(unsure?.body).toMatch(/^🎤 I heard: “Book ten VIP tickets\.” — but I'm not sure I got it right/);
    expect(unsure?.body).toMatch(/1\. Yes, go ahead\n2\. No, that's wrong/);
  });
});

describe('voice notes through Azure Speech when AZURE_SPEECH_KEY and a host are set', () => {
  let azure: FakeAzureSpeech;
  let app: TestApp;
  beforeAll(async () => {
    azure = await startFakeAzureSpeech({ key: 'azure-e2e' });
    app = await startTestApp({ env: { AZURE_SPEECH_KEY: 'azure-e2e', AZURE_SPEECH_HOST: azure.host } });
  });
  afterAll(async () => {
    await app?.close();
    await azure?.close();
  });

  it('"what\'s the wifi password" answers the FAQ', async () => {
    azure.respondWith({ text: "What's the Wi-Fi password?", confidence: 0.92 });
    const sent = await speak(app, '+15550188203', "what's the wifi password", 2);
    expect(sent[0]?.body).toBe("🎤 I heard: “What's the Wi-Fi password?”");
    expect(sent[1]?.body).toContain('DevSummit-Guest');
    expect(azure.recognitions).toHaveLength(1);
  });
});
