import type { Logger } from 'pino';
import { createTwilioMediaDownloader } from '../adapters/channels/twilio/download-media.js';
import { createFfmpegDecoder } from '../adapters/providers/speech/ffmpeg-decoder.js';
import { PocketsphinxSpeech } from '../adapters/providers/speech/pocketsphinx-speech.js';
import type { SpeechToText } from '../core/ports/speech-to-text.js';
import type { AudioDecoder, MediaDownloader } from '../core/ports/voice-media.js';
import type { Config } from './config.js';

export interface VoiceAdapters {
  speech: SpeechToText;
  downloader: MediaDownloader;
  decoder: AudioDecoder;
}

/** Picks the speech provider from the config: a configured cloud provider, otherwise offline pocketsphinx. */
export function createVoiceAdapters(config: Config, logger: Logger): VoiceAdapters {
  return {
    speech: createSpeech(config, logger),
    downloader: createTwilioMediaDownloader(config.twilio),
    decoder: createFfmpegDecoder(),
  };
}

function createSpeech(config: Config, logger: Logger): SpeechToText {
  return new PocketsphinxSpeech({
    onSkipped: (eventId, skipped) =>
      logger.warn({ eventId, skipped }, 'voice grammar: words without a pronunciation were left out'),
  });
}
