import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AzureSpeech } from '../../adapters/providers/speech/azure-speech.js';
import { createFfmpegDecoder } from '../../adapters/providers/speech/ffmpeg-decoder.js';
import { WhisperSpeech } from '../../adapters/providers/speech/whisper-speech.js';
import { catalogFromEventFile } from '../../core/catalog/event-catalog.js';
import { synthesiseNote } from '../../scripts/voice/synthesise-note.js';
import { type FakeAzureSpeech, startFakeAzureSpeech } from '../fakes/fake-azure-speech.js';
import { type FakeOpenAiApi, startFakeOpenAiApi } from '../fakes/fake-openai-api.js';
import { demoEventFile } from '../support/start-test-app.js';

const catalog = catalogFromEventFile(demoEventFile());
const wavOf = async (text: string) =>
  (await createFfmpegDecoder().toWav(synthesiseNote(text), { maxSeconds: 120 })).wav;

describe('Whisper (openai SDK) against a local fake', () => {
  let openai: FakeOpenAiApi;
  beforeAll(async () => {
    openai = await startFakeOpenAiApi({ apiKey: 'sk-test' });
  });
  afterAll(async () => {
    await openai?.close();
  });

  it('uploads the 16 kHz mono WAV with the event vocabulary as the prompt and returns text and confidence', async () => {
    openai.respondWith({ text: ' Book two VIP tickets. ', avgLogprob: -0.05, noSpeechProb: 0.01 });
    const speech = new WhisperSpeech({ apiKey: 'sk-test', baseUrl: openai.url });
    const heard = await speech.transcribe(await wavOf('book two VIP tickets'), { catalog });
    expect(heard.text).toBe('Book two VIP tickets.');
    expect(heard.confidence).toBeGreaterThan(0.9);
    const [request] = openai.requests;
    expect(request).toMatchObject({ model: 'whisper-1', language: 'en', responseFormat: 'verbose_json' });
    expect(request?.file.subarray(0, 4).toString()).toBe('RIFF');
    expect(request?.file.readUInt32LE(24)).toBe(16_000);
    expect(request?.file.readUInt16LE(22)).toBe(1);
    expect(request?.prompt).toContain('DevSummit Lisbon 2026');
    expect(request?.prompt).toContain('VIP');
    expect(request?.prompt).toContain('Dmitri Ivanov');
  });

  it("asks for the attendee's language (a Portuguese speaker's note is heard as Portuguese), hints kept", async () => {
    openai.respondWith({ text: 'Quero dois bilhetes VIP.', avgLogprob: -0.1 });
    const speech = new WhisperSpeech({ apiKey: 'sk-test', baseUrl: openai.url });
    const heard = await speech.transcribe(await wavOf('quero dois bilhetes VIP'), {
      catalog,
      language: 'pt',
    });
    expect(heard.text).toBe('Quero dois bilhetes VIP.');
    const request = openai.requests.at(-1);
    expect(request?.language).toBe('pt');
    expect(request?.prompt).toContain('VIP');
  });

  it('reports low confidence for mumbled segments, and nothing for silence', async () => {
    openai.respondWith({ text: 'book ten tickets', avgLogprob: -1.6 }, { text: '' });
    const speech = new WhisperSpeech({ apiKey: 'sk-test', baseUrl: openai.url });
    const mumbled = await speech.transcribe(await wavOf('book two tickets'), { catalog });
    expect(mumbled.text).toBe('book ten tickets');
    expect(mumbled.confidence).toBeLessThan(0.5);
    expect(await speech.transcribe(await wavOf('hmm'), { catalog })).toEqual({ text: '', confidence: 0 });
  });

  it('a wrong key is an error (the job stores "couldn\'t make that out", it does not crash)', async () => {
    const speech = new WhisperSpeech({ apiKey: 'sk-wrong', baseUrl: openai.url });
    await expect(speech.transcribe(await wavOf('my tickets'), { catalog })).rejects.toThrow(/401/);
  });
});

describe('Azure Speech (Speech SDK, fromHost) against a local fake', () => {
  let azure: FakeAzureSpeech;
  beforeAll(async () => {
    azure = await startFakeAzureSpeech({ key: 'azure-test-key' });
  });
  afterAll(async () => {
    await azure?.close();
  });

  it('streams the WAV with the event phrase list and returns the best alternative and its confidence', async () => {
    azure.respondWith({ text: 'Book two VIP tickets.', confidence: 0.93 });
    const speech = new AzureSpeech({ key: 'azure-test-key', host: azure.host });
    const heard = await speech.transcribe(await wavOf('book two VIP tickets'), { catalog });
    expect(heard).toEqual({ text: 'Book two VIP tickets.', confidence: 0.93 });
    const [recognition] = azure.recognitions;
    expect(recognition?.path).toBe('/speech/recognition/interactive/cognitiveservices/v1');
    expect(recognition?.language).toBe('en-US');
    expect(recognition?.audio.length).toBeGreaterThan(16_000);
    expect(recognition?.phrases).toContain('VIP');
    expect(recognition?.phrases).toContain('Dmitri Ivanov');
  });

  it("recognises in the attendee's language (es → es-ES), with the event's phrase list", async () => {
    azure.respondWith({ text: 'Quiero dos entradas VIP.', confidence: 0.9 });
    const speech = new AzureSpeech({ key: 'azure-test-key', host: azure.host });
    const heard = await speech.transcribe(await wavOf('quiero dos entradas VIP'), {
      catalog,
      language: 'es',
    });
    expect(heard.text).toBe('Quiero dos entradas VIP.');
    const recognition = azure.recognitions.at(-1);
    expect(recognition?.language).toBe('es-ES');
    expect(recognition?.phrases).toContain('VIP');
  });

  it('no match is an empty transcript; a low confidence is passed through', async () => {
    azure.respondWith({ text: '' }, { text: 'Book ten tickets.', confidence: 0.31 });
    const speech = new AzureSpeech({ key: 'azure-test-key', host: azure.host });
    expect(await speech.transcribe(await wavOf('hmm'), { catalog })).toEqual({ text: '', confidence: 0 });
    expect(await speech.transcribe(await wavOf('book two tickets'), { catalog })).toEqual({
      text: 'Book ten tickets.',
      confidence: 0.31,
    });
  });

  it('a wrong key is an error, not a hang', async () => {
    const speech = new AzureSpeech({ key: 'wrong', host: azure.host, timeoutMs: 3_000 });
    await expect(speech.transcribe(await wavOf('my tickets'), { catalog })).rejects.toThrow(/Azure Speech/);
  });
});
