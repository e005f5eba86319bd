import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFfmpegDecoder } from '../../../../adapters/providers/speech/ffmpeg-decoder.js';
import { VoiceMediaError } from '../../../../core/ports/voice-media.js';
import { audioLevel, SILENCE_LEVEL } from '../../../../core/services/voice/voice-transcript.js';
import {
  corruptNote,
  silentNote,
  synthesiseNote,
  toneNote,
} from '../../../../scripts/voice/synthesise-note.js';

const decoder = createFfmpegDecoder();
const reason = (work: Promise<unknown>) =>
  work.then(
    () => 'decoded',
    (e: unknown) => (e instanceof VoiceMediaError ? e.reason : `other: ${String(e)}`),
  );

describe('decoding voice notes with ffmpeg', () => {
  it('turns a WhatsApp-like OGG/Opus note into 16 kHz mono 16-bit WAV', async () => {
    const { wav, seconds } = await decoder.toWav(synthesiseNote('my tickets'), { maxSeconds: 120 });
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.readUInt16LE(22)).toBe(1); // mono
    expect(wav.readUInt32LE(24)).toBe(16_000);
    expect(wav.readUInt16LE(34)).toBe(16);
    expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
    expect(seconds).toBeGreaterThan(0.5);
    expect(audioLevel(wav)).toBeGreaterThan(SILENCE_LEVEL);
  });

  it('also reads m4a (AAC) and plain WAV at other rates', async () => {
    const ogg = synthesiseNote('my tickets');
    const convert = (args: string[]) =>
      execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'ogg', '-i', 'pipe:0', ...args, 'pipe:1'], {
        input: ogg,
      });
    // An MP4 container (as iOS records m4a) needs a seekable output: write it to a file.
    const dir = mkdtempSync(join(tmpdir(), 'eventos-m4a-'));
    execFileSync('ffmpeg', ['-loglevel', 'error', '-i', 'pipe:0', '-c:a', 'aac', join(dir, 'n.m4a')], {
      input: ogg,
    });
    const m4a = readFileSync(join(dir, 'n.m4a'));
    rmSync(dir, { recursive: true, force: true });
    expect(m4a.subarray(4, 8).toString()).toBe('ftyp');
    const wav44 = convert(['-ar', '44100', '-ac', '2', '-f', 'wav']);
    for (const audio of [m4a, wav44]) {
      const { wav, seconds } = await decoder.toWav(audio, { maxSeconds: 120 });
      expect(wav.readUInt32LE(24)).toBe(16_000);
      expect(wav.readUInt16LE(22)).toBe(1);
      expect(seconds).toBeGreaterThan(0.5);
    }
  });

  it('silence decodes, and measures as silence', async () => {
    const { wav } = await decoder.toWav(silentNote(2), { maxSeconds: 120 });
    expect(audioLevel(wav)).toBeLessThan(SILENCE_LEVEL);
  });

  it('names what is wrong: corrupt bytes, no audio stream, too long', async () => {
    expect(await reason(decoder.toWav(corruptNote(), { maxSeconds: 120 }))).toBe('corrupt');
    const videoOnly = execFileSync('ffmpeg', [
      ...['-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=1:size=64x64:rate=5'],
      ...['-c:v', 'mjpeg', '-f', 'avi', 'pipe:1'],
    ]);
    expect(await reason(decoder.toWav(videoOnly, { maxSeconds: 120 }))).toBe('unsupported');
    expect(await reason(decoder.toWav(toneNote(5), { maxSeconds: 3 }))).toBe('too_long');
  });
});
