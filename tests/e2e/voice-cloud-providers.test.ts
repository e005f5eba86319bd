import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesiseNote } from '../../scripts/voice/synthesise-note.js';
import { type FakeAzureSpeech, startFakeAzureSpeech } from '../fakes/fake-azure-speech.js';
import { type FakeOpenAiApi, startFakeOpenAiApi } from '../fakes/fake-openai-api.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText, whatsappVoiceNote } from '../support/twilio-client.js';

const INBOUND = '/webhooks/twilio/whatsapp';

async function speak(app: TestApp, from: string, text: string, count: number) {
  app.twilioApi.reset();
  const url = app.twilioApi.addMedia(synthesiseNote(text), 'audio/ogg');
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappVoiceNote(from, url));
  expect(res.status).toBe(200);
  return app.twilioApi.waitForMessages(count, 15_000);
}

async function type(app: TestApp, from: string, body: string, count = 1) {
  app.twilioApi.reset();
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(from, body));
  expect(res.status).toBe(200);
  return app.twilioApi.waitForMessages(count, 10_000);
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

  it('a spoken "yes" to paying, heard at 0.7 (enough for other requests), is read back before anything is reserved', async () => {
    const phone = '+15550188204';
    const [summary] = await type(app, phone, 'book a student ticket');
    expect(summary?.body).toMatch(/1\. Confirm\n2\. Cancel/);
    openai.respondWith({ text: 'Yes.', avgLogprob: Math.log(0.7) });
    const [question] = await speak(app, phone, 'yes', 1);
    expect(question?.body).toMatch(/^🎤 I heard: “Yes\.” — but I'm not sure I got it right/);
    const orders = () =>
      app.deps.db.em
        .fork()
        .execute('select o.id from orders o join contacts k on k.id = o.contact_id where k.phone = ?', [
          phone,
        ]);
    expect(await orders()).toHaveLength(0);
    const [reserved] = await type(app, phone, '1');
    expect(reserved?.body).toMatch(/Reserved: 1 ticket, Student/);
    expect(await orders()).toHaveLength(1);
  });

  it('the same "yes" heard surely (0.95) reserves at once', async () => {
    const phone = '+15550188205';
    await type(app, phone, 'book a student ticket');
    openai.respondWith({ text: 'Yes.', avgLogprob: Math.log(0.95) });
    const sent = await speak(app, phone, 'yes', 2);
    expect(sent[0]?.body).toBe('🎤 I heard: “Yes.”');
    expect(sent[1]?.body).toMatch(/Reserved: 1 ticket, Student/);
  });

  it("a Portuguese speaker's note is sent to Whisper as Portuguese, with the event's words as the prompt", async () => {
    const phone = '+15550188206';
    await type(app, phone, 'fala português');
    openai.respondWith({ text: 'Qual é a password do wi-fi?', avgLogprob: -0.05 });
    const sent = await speak(app, phone, 'qual é a password do wi-fi', 2);
    const request = openai.requests.at(-1);
    expect(request?.language).toBe('pt');
    expect(request?.prompt).toContain('VIP');
    expect(sent[0]?.body).toBe('🎤 Ouvi: “Qual é a password do wi-fi?”');
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
