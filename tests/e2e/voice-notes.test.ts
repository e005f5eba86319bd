import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOICE_MIN_CONFIDENCE } from '../../core/services/voice/voice-transcript.js';
import { corruptNote, silentNote, synthesiseNote, toneNote } from '../../scripts/voice/synthesise-note.js';
import type { RecordedTwilioMessage } from '../fakes/fake-twilio-api.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText, whatsappVoiceNote } from '../support/twilio-client.js';

const INBOUND = '/webhooks/twilio/whatsapp';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

/** Sends a voice note through Twilio's media path (the fake serves it with Basic auth) and waits for replies. */
async function speak(
  from: string,
  audio: Buffer,
  count: number,
  contentType = 'audio/ogg',
): Promise<{ sent: RecordedTwilioMessage[]; sid: string }> {
  app.twilioApi.reset();
  const url = app.twilioApi.addMedia(audio, contentType);
  const params = whatsappVoiceNote(from, url, contentType);
  const res = await postTwilio(app.baseUrl, INBOUND, params);
  expect(res.status).toBe(200);
  return { sent: await app.twilioApi.waitForMessages(count, 15_000), sid: params.MessageSid! };
}

async function say(from: string, body: string, count = 1): Promise<RecordedTwilioMessage[]> {
  app.twilioApi.reset();
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(from, body));
  expect(res.status).toBe(200);
  return app.twilioApi.waitForMessages(count, 10_000);
}

const stored = async (sid: string) =>
  (
    await sql<{ kind: string; transcript: Record<string, unknown> | null; status: string }>(
      'select kind, transcript, status from messages where provider_message_id = ?',
      [sid],
    )
  )[0];

describe('WhatsApp voice notes', () => {
  it('"book two VIP tickets" is heard, echoed and reaches the booking confirmation', async () => {
    const { sent, sid } = await speak('+15550188001', synthesiseNote('book two VIP tickets'), 2);
    expect(sent[0]?.body).toBe('🎤 I heard: “book two vip tickets”');
    expect(sent[1]?.body).toContain('2 × VIP at €499.00 = €998.00');
    expect(sent[1]?.body).toMatch(/1\. Confirm\n2\. Cancel/);
    // The media was fetched from Twilio with the account's credentials.
    expect(app.twilioApi.mediaRequests.map((r) => r.status)).toEqual([200]);
    const row = await stored(sid);
    expect(row).toMatchObject({ kind: 'audio', status: 'handled' });
    expect(row?.transcript).toMatchObject({ text: 'book two vip tickets', provider: 'pocketsphinx' });

    // Confirming by text continues the same booking.
    const [reserved] = await say('+15550188001', '1');
    expect(reserved?.body).toMatch(/Reserved: 2 tickets, VIP/);
  });

  it('a spoken "yes please" answers the pending booking question and books', async () => {
    const { sent } = await speak('+15550188009', synthesiseNote('book a student ticket'), 2);
    expect(sent[1]?.body).toMatch(/1\. Confirm\n2\. Cancel/);
    const answer = await speak('+15550188009', synthesiseNote('yes please'), 2);
    // The language model knows "yep" and "yeah" too (the corpus says them); any of them is the same yes.
    expect(answer.sent[0]?.body).toMatch(/^🎤 I heard: “(yes|yep|yeah) please/);
    expect(answer.sent[1]?.body).toMatch(/Reserved: 1 ticket, Student/);
    expect((await stored(answer.sid))?.transcript?.confidence).toBeGreaterThanOrEqual(VOICE_MIN_CONFIDENCE);
  });

  it('a Portuguese speaker\'s note gets "please type it" in Portuguese, offline (no pt model), without downloading it', async () => {
    const [switched] = await say('+15550188010', 'fala português');
    expect(switched?.body).toContain('português');
    const { sent, sid } = await speak(
      '+15550188010',
      synthesiseNote('quero dois bilhetes', { voice: 'pt', speed: 160 }),
      1,
    );
    expect(sent[0]?.body).toBe(
      'Por enquanto só percebo notas de voz em inglês. Pode escrever a sua mensagem, por favor?',
    );
    expect(app.twilioApi.mediaRequests).toEqual([]);
    expect((await stored(sid))?.transcript).toMatchObject({ failure: 'language' });
  });

  it('"what\'s the wifi password" answers from the FAQ', async () => {
    const { sent } = await speak('+15550188002', synthesiseNote("what's the wifi password"), 2);
    expect(sent[0]?.body).toMatch(/^🎤 I heard: “what's the wi-?fi password”$/);
    expect(sent[1]?.body).toMatch(/DevSummit-Guest/i);
  });

  it('"put me on the waiting list" reaches the waiting-list flow', async () => {
    const { sent } = await speak('+15550188003', synthesiseNote('put me on the waiting list'), 2);
    expect(sent[0]?.body).toBe('🎤 I heard: “put me on the waiting list”');
    expect(sent[1]?.body).toContain("Which ticket type's waiting list would you like to join?");
    expect(sent[1]?.body).toMatch(/1\. VIP/);
  });

  it('a silent note gets a friendly reply and is kept', async () => {
    const { sent, sid } = await speak('+15550188004', silentNote(3), 1);
    expect(sent[0]?.body).toContain('seems to be silent');
    expect(await stored(sid)).toMatchObject({
      kind: 'audio',
      status: 'handled',
      transcript: { failure: 'silence' },
    });
  });

  it('a corrupt file gets a friendly reply and is kept', async () => {
    const { sent, sid } = await speak('+15550188005', corruptNote(), 1);
    expect(sent[0]?.body).toContain("couldn't open that voice note");
    expect(await stored(sid)).toMatchObject({ status: 'handled', transcript: { failure: 'corrupt' } });
  });

  it('a note longer than two minutes is refused politely', async () => {
    const { sent, sid } = await speak('+15550188006', toneNote(125), 1);
    expect(sent[0]?.body).toContain('too long');
    expect(await stored(sid)).toMatchObject({ transcript: { failure: 'too_long' } });
  });

  it('off-topic speech is not forced into a command: heard as said and asked about, or not used', async () => {
    const note = synthesiseNote('can you recommend a good restaurant for dinner');
    const { sent, sid } = await speak('+15550188007', note, 1);
    // The language model learned off-topic requests from the corpus, so it may hear the words; understanding
    // finds no request in them, so nothing is acted on: read back with the words heard, or "couldn't make out".
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatch(
      /^(🎤 I heard: “can you recommend a good restaurant.*” — but I'm not sure I got it right|I couldn't make that out)/,
    );
    const transcript = (await stored(sid))?.transcript;
    if (transcript && 'confidence' in transcript)
      expect(transcript.confidence).toBeLessThan(VOICE_MIN_CONFIDENCE);
  });

  it('a long sentence squeezed into a short command is never acted on: read back and asked about, or not used', async () => {
    const note = synthesiseNote('I think the weather is nice today and my dog likes football');
    const { sent, sid } = await speak('+15550188008', note, 1);
    expect(sent).toHaveLength(1);
    const transcript = (await stored(sid))?.transcript;
    if (transcript && 'confidence' in transcript)
      expect(transcript.confidence).toBeLessThan(VOICE_MIN_CONFIDENCE);
    if (sent[0]?.body?.startsWith("I couldn't make that out")) return;
    expect(sent[0]?.body).toMatch(
      /^🎤 I heard: “.+” — but I'm not sure I got it right\. Shall I go ahead with that\?/,
    );
    expect(sent[0]?.body).toMatch(/1\. Yes, go ahead\n2\. No, that's wrong/);
    const [reply] = await say('+15550188008', '2');
    expect(reply?.body).toBe('Sorry about that! Please say it again, or type it.');
  });

  it('a text sent right after a voice note is answered after it, in the order written', async () => {
    app.twilioApi.reset();
    const from = '+15550188009';
    const url = app.twilioApi.addMedia(synthesiseNote("what's the wifi password"), 'audio/ogg');
    expect((await postTwilio(app.baseUrl, INBOUND, whatsappVoiceNote(from, url, 'audio/ogg'))).status).toBe(
      200,
    );
    // The text arrives while the note is still being downloaded and transcribed.
    expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(from, 'thank you'))).status).toBe(200);
    const sent = await app.twilioApi.waitForMessages(3, 15_000);
    expect(sent.map((m) => m.body)).toEqual([
      expect.stringMatching(/^🎤 I heard/),
      expect.stringContaining('DevSummit-Guest'),
      expect.stringMatching(/welcome/i),
    ]);
  });
});
