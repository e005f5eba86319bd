import { spawn } from 'node:child_process';
import { type AudioDecoder, VoiceMediaError } from '../../../core/ports/voice-media.js';

export const SAMPLE_RATE = 16_000;

/**
 * The containers voice notes come in (WhatsApp OGG/Opus, iPhone m4a, mp3, wav, webm, amr, flac, raw aac).
 * Anything else — a playlist (hls), a concat list, an image sequence — is refused before ffmpeg opens it:
 * those demuxers open further files or URLs named inside the upload.
 */
export const AUDIO_FORMATS = 'ogg,matroska,webm,mov,mp4,m4a,mp3,wav,aac,amr,flac';

/**
 * Decodes any audio ffmpeg reads (WhatsApp OGG/Opus, m4a, mp3, wav…) to 16 kHz mono 16-bit WAV, reading at
 * most `maxSeconds` + 1 s of it: a longer note is refused as too long without decoding the rest.
 */
export function createFfmpegDecoder(opts: { binary?: string } = {}): AudioDecoder {
  return {
    async toWav(audio, { maxSeconds }) {
      const pcm = await runFfmpeg(opts.binary ?? 'ffmpeg', audio, maxSeconds + 1);
      const seconds = pcm.length / 2 / SAMPLE_RATE;
      if (seconds > maxSeconds) {
        throw new VoiceMediaError('too_long', `voice note longer than ${maxSeconds} s`);
      }
      return { wav: Buffer.concat([wavHeader(pcm.length), pcm]), seconds };
    },
  };
}

function runFfmpeg(binary: string, input: Buffer, limitSeconds: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      binary,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        // Only the pipe we write: no file, http or other protocol an uploaded file could point ffmpeg at.
        '-protocol_whitelist',
        'pipe',
        '-format_whitelist',
        AUDIO_FORMATS,
        '-i',
        'pipe:0',
        '-vn',
        '-t',
        String(limitSeconds),
        '-ac',
        '1',
        '-ar',
        String(SAMPLE_RATE),
        '-f',
        's16le',
        '-acodec',
        'pcm_s16le',
        'pipe:1',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdin.on('error', () => {
      // ffmpeg stops reading a corrupt or over-long input early: the exit code tells what happened.
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const pcm = Buffer.concat(out);
      if (code === 0 && pcm.length > 0) return resolve(pcm);
      if (
        /not on whitelist|decoder .*not found|unknown codec|could not find codec|unsupported codec|does not contain any stream|Output file #0 does not contain/i.test(
          err,
        )
      ) {
        return reject(new VoiceMediaError('unsupported', `ffmpeg: ${err.trim().slice(0, 300)}`));
      }
      reject(
        new VoiceMediaError('corrupt', `ffmpeg exited ${code}: ${err.trim().slice(0, 300) || 'no audio'}`),
      );
    });
    child.stdin.end(input);
  });
}

/** A 44-byte RIFF header for 16 kHz mono s16le PCM of `dataBytes` bytes. */
export function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(SAMPLE_RATE, 24);
  h.writeUInt32LE(SAMPLE_RATE * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(dataBytes, 40);
  return h;
}
