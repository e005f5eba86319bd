import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFfmpegDecoder } from '../../../adapters/providers/speech/ffmpeg-decoder.js';
import { PocketsphinxSpeech } from '../../../adapters/providers/speech/pocketsphinx-speech.js';
import { catalogFromEventFile } from '../../../core/catalog/event-catalog.js';
import { VOICE_LIMITS } from '../../../core/services/voice/voice-transcript.js';
import { recordedNotes, scoreVoiceNotes, voiceFigures } from '../../../scripts/bench/voice-score.js';
import { readVoiceSet } from '../../../scripts/bench/voice-set-file.js';
import { synthesiseNote } from '../../../scripts/voice/synthesise-note.js';
import { demoEventFile } from '../../support/start-test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'voice-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, body: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return path;
};

describe('bench voice-heldout --set FILE', () => {
  it('reads notes (with and without a pending question) and voices of both engines', () => {
    const set = readVoiceSet(
      file('ok.json', {
        notes: [
          { text: 'book me a seat' },
          { text: 'yes do it', expecting: 'yes_no' },
          { text: 'x', expecting: null },
        ],
        voices: [
          { engine: 'flite', voice: 'kal', speed: 160 },
          { voice: 'en-us+f2', speed: 150, pitch: 40, noise: 0.01, noiseColor: 'white', tempo: 1.1 },
        ],
      }),
    );
    if (!('notes' in set)) throw new Error('expected a synthesised set');
    expect(set.notes).toEqual([
      { text: 'book me a seat' },
      { text: 'yes do it', expecting: 'yes_no' },
      { text: 'x' },
    ]);
    expect(set.voices[0]).toEqual({ engine: 'flite', voice: 'kal', speed: 160 });
    expect(set.voices[1]?.tempo).toBe(1.1);
  });

  it('refuses a voice name that could be a synthesizer option, an unknown engine, or no notes', () => {
    const voices = [{ voice: 'en-us', speed: 150 }];
    expect(() =>
      readVoiceSet(file('a.json', { notes: [{ text: 'hi' }], voices: [{ voice: '--help', speed: 1 }] })),
    ).toThrow(/a\.json/);
    expect(() =>
      readVoiceSet(
        file('b.json', { notes: [{ text: 'hi' }], voices: [{ voice: 'en', speed: 150, engine: 'say' }] }),
      ),
    ).toThrow(/engine/);
    expect(() => readVoiceSet(file('c.json', { notes: [], voices }))).toThrow(/notes/);
    expect(() =>
      readVoiceSet(file('d.json', { notes: [{ text: 'hi', expecting: 'maybe' }], voices })),
    ).toThrow(/expecting/);
  });

  it('names the file when it is not JSON or does not exist', () => {
    expect(() => readVoiceSet(file('e.json', '{notes:'))).toThrow(/e\.json/);
    expect(() => readVoiceSet(join(dir, 'missing.json'))).toThrow(/missing\.json/);
  });
});

describe('bench voice-heldout --set FILE with pre-recorded notes', () => {
  const ogg = synthesiseNote('book two VIP tickets', { voice: 'en-us', speed: 150 });
  mkdirSync(join(dir, 'audio'));
  writeFileSync(join(dir, 'audio', 'alice.ogg'), ogg);
  const recordings = (entries: unknown[]) => file('rec.json', { recordings: entries });

  it('reads recordings relative to the set file (or absolute), OGG and WAV, with their voice labels', async () => {
    const { wav } = await createFfmpegDecoder().toWav(ogg, { maxSeconds: 10 });
    writeFileSync(join(dir, 'bob.wav'), wav);
    const set = readVoiceSet(
      recordings([
        { file: 'audio/alice.ogg', text: 'book two VIP tickets', voice: 'alice' },
        { file: join(dir, 'bob.wav'), text: 'yes', expecting: 'yes_no', voice: 'bob' },
      ]),
    );
    expect(set).toEqual({
      recordings: [
        { file: join(dir, 'audio', 'alice.ogg'), text: 'book two VIP tickets', voice: 'alice' },
        { file: join(dir, 'bob.wav'), text: 'yes', expecting: 'yes_no', voice: 'bob' },
      ],
    });
  });

  it('lists every recording that is missing, empty, too big or not OGG/WAV, and bad fields, naming the file', () => {
    writeFileSync(join(dir, 'empty.ogg'), '');
    writeFileSync(join(dir, 'text.ogg'), 'this is not audio at all');
    writeFileSync(join(dir, 'huge.ogg'), 'OggS');
    truncateSync(join(dir, 'huge.ogg'), VOICE_LIMITS.maxBytes + 1);
    const entry = (f: string) => ({ file: f, text: 'hi', voice: 'v' });
    let message = '';
    try {
      readVoiceSet(
        recordings([
          entry('audio/alice.ogg'),
          entry('nope.ogg'),
          entry('empty.ogg'),
          entry('text.ogg'),
          entry('huge.ogg'),
          entry('audio'),
        ]),
      );
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/rec\.json/);
    expect(message).not.toMatch(/recordings\[0\]/);
    expect(message).toMatch(/recordings\[1\] \(nope\.ogg\): no such file/);
    expect(message).toMatch(/recordings\[2\] \(empty\.ogg\): empty/);
    expect(message).toMatch(/recordings\[3\] \(text\.ogg\): not OGG or WAV audio/);
    expect(message).toMatch(/recordings\[4\] \(huge\.ogg\): \d+ bytes, more than/);
    expect(message).toMatch(/recordings\[5\] \(audio\): not a file/);
    expect(() => readVoiceSet(recordings([{ file: 'audio/alice.ogg', text: 'hi' }]))).toThrow(/voice/);
    expect(() => readVoiceSet(recordings([]))).toThrow(/recordings/);
    expect(() =>
      readVoiceSet(file('mixed.json', { recordings: [entry('audio/alice.ogg')], notes: [{ text: 'hi' }] })),
    ).toThrow(/notes/);
  });

  it('scores recorded notes as synthesised ones are, with figures per voice label', async () => {
    const set = readVoiceSet(
      recordings([
        { file: 'audio/alice.ogg', text: 'book two VIP tickets', voice: 'alice' },
        { file: 'audio/alice.ogg', text: 'where is the venue', voice: 'carol' },
      ]),
    );
    if (!('recordings' in set)) throw new Error('expected recordings');
    const speech = new PocketsphinxSpeech();
    try {
      const misses: string[] = [];
      const score = await scoreVoiceNotes({
        recorded: recordedNotes(set.recordings),
        speech,
        decoder: createFfmpegDecoder(),
        catalog: catalogFromEventFile(demoEventFile()),
        now: new Date('2026-05-01T10:00:00Z'),
        misses,
      });
      expect(score.notes).toBe(2);
      expect(score.by_voice).toEqual({
        alice: { notes: 1, acted_on: 1, wrong_action: 0 },
        // carol's note says something else than its text: a different booking, acted on, so wrong.
        carol: { notes: 1, acted_on: 0, wrong_action: 1 },
      });
      expect(misses).toEqual([
        expect.stringMatching(/^carol: "where is the venue" → "book two vip tickets"/),
      ]);
      expect(voiceFigures(score)['voice.alice.acted_on']).toBe(1);
    } finally {
      speech.close();
    }
  }, 60_000);
});
