import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where synthetic notes are cached between runs (they are deterministic). */
export const NOTE_CACHE = join(tmpdir(), 'eventos-voice-notes');

export interface Voice {
  /** The synthesizer (default espeak-ng); flite is a second engine with its own voices (kal, slt, rms, awb). */
  engine?: 'espeak-ng' | 'flite';
  /** A voice of the engine, e.g. espeak-ng `en-us`, `en-gb+m3`; flite `slt`. */
  voice: string;
  /** Words per minute (flite: its own rate stretched towards this). */
  speed: number;
  /** espeak-ng pitch, 0–99 (50 is the voice's own). */
  pitch?: number;
  /** Amplitude (0–1) of noise mixed under the speech, like a room or a street. */
  noise?: number;
  /** The noise's colour (default pink). */
  noiseColor?: 'pink' | 'brown' | 'white';
  /** Tempo change after synthesis (ffmpeg `atempo`, pitch kept): 1.1 is 10 % faster. */
  tempo?: number;
}

/** flite speaks at roughly this many words a minute at its default duration stretch. */
const FLITE_WPM = 170;

export const DEFAULT_VOICE: Voice = { voice: 'en-us', speed: 160 };

/**
 * A WhatsApp-like voice note: espeak-ng speaks the text, ffmpeg encodes it as OGG/Opus (48 kHz mono, like
 * WhatsApp). Cached by text and voice under the system temp directory.
 */
export function synthesiseNote(text: string, voice: Voice = DEFAULT_VOICE): Buffer {
  const variant = `${voice.pitch ?? ''}:${voice.noise ?? ''}`;
  const extra = `${voice.engine ?? ''}:${voice.noiseColor ?? ''}:${voice.tempo ?? ''}`;
  // Keys of the first voices (espeak-ng, pink noise, no tempo) stay as they were, so their cache stays valid.
  const key = (variant === ':' ? '' : `:${variant}`) + (extra === '::' ? '' : `:${extra}`);
  return cached(`say:${voice.voice}:${voice.speed}${key}:${text}`, 'ogg', (out, dir) => {
    const wav = join(dir, 'say.wav');
    if (voice.engine === 'flite') {
      const stretch = (FLITE_WPM / voice.speed).toFixed(2);
      execFileSync('flite', [
        '-voice',
        voice.voice,
        '--setf',
        `duration_stretch=${stretch}`,
        '-t',
        text,
        '-o',
        wav,
      ]);
    } else {
      const pitch = voice.pitch === undefined ? [] : ['-p', String(voice.pitch)];
      execFileSync('espeak-ng', ['-v', voice.voice, '-s', String(voice.speed), ...pitch, '-w', wav, text]);
    }
    const tempo = voice.tempo ? `atempo=${voice.tempo}` : 'anull';
    if (!voice.noise) return encodeOpus(['-i', wav, '-af', tempo], out);
    // Noise for as long as the speech (amix's `duration=first`), quieter than the voice.
    const color = voice.noiseColor ?? 'pink';
    encodeOpus(
      [
        '-i',
        wav,
        '-f',
        'lavfi',
        '-i',
        `anoisesrc=color=${color}:amplitude=${voice.noise}:sample_rate=22050:seed=7`,
        '-filter_complex',
        `[0:a]${tempo}[v];[v][1:a]amix=inputs=2:duration=first:normalize=0`,
      ],
      out,
    );
  });
}

/** `seconds` of digital silence as an OGG/Opus note. */
export function silentNote(seconds = 3): Buffer {
  return cached(`silence:${seconds}`, 'ogg', (out) =>
    encodeOpus(['-f', 'lavfi', '-i', `anullsrc=r=48000:cl=mono`, '-t', String(seconds)], out),
  );
}

/** `seconds` of a 440 Hz tone as an OGG/Opus note (long notes for the duration limit). */
export function toneNote(seconds: number): Buffer {
  return cached(`tone:${seconds}`, 'ogg', (out) =>
    encodeOpus(['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000`, '-t', String(seconds)], out),
  );
}

function encodeOpus(input: string[], out: string): void {
  execFileSync('ffmpeg', [
    '-loglevel',
    'error',
    '-y',
    ...input,
    '-ac',
    '1',
    '-ar',
    '48000',
    '-c:a',
    'libopus',
    '-b:a',
    '24k',
    '-f',
    'ogg',
    out,
  ]);
}

function cached(key: string, ext: string, make: (out: string, dir: string) => void): Buffer {
  mkdirSync(NOTE_CACHE, { recursive: true });
  const name = createHash('sha1').update(key).digest('hex').slice(0, 20);
  const file = join(NOTE_CACHE, `${name}.${ext}`);
  if (!existsSync(file)) {
    const dir = join(NOTE_CACHE, `${name}-${process.pid}-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    try {
      const out = join(dir, `note.${ext}`);
      make(out, dir);
      renameSync(out, file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return readFileSync(file);
}

/** Writes bytes that are not audio at all, claiming to be OGG (a corrupt note). */
export function corruptNote(): Buffer {
  const junk = Buffer.alloc(4096);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 251;
  junk.write('OggS', 0);
  return junk;
}
