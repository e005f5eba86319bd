import type { Logger } from 'pino';
import { AzureSpeech } from '../adapters/providers/speech/azure-speech.js';
import { createFfmpegDecoder } from '../adapters/providers/speech/ffmpeg-decoder.js';
import { PocketsphinxSpeech } from '../adapters/providers/speech/pocketsphinx-speech.js';
import { WhisperSpeech } from '../adapters/providers/speech/whisper-speech.js';
import type { SpeechToText } from '../core/ports/speech-to-text.js';
import type { AudioDecoder, MediaDownloader } from '../core/ports/voice-media.js';
import type { Config } from './config.js';

export interface VoiceAdapters {
  speech: SpeechToText;
  downloader: MediaDownloader;
  decoder: AudioDecoder;
}

/**
 * Voice notes: media download (the one downloader shared with selfies, built in compose.ts), ffmpeg decoding,
 * and the speech provider the config picks.
 */
export function createVoiceAdapters(
  config: Config,
  logger: Logger,
  downloader: MediaDownloader,
): VoiceAdapters {
  return {
    speech: createSpeech(config, logger),
    downloader,
    decoder: createFfmpegDecoder(),
  };
}

/**
 * SPEECH_PROVIDER=auto (default): Azure Speech when its key and region/host are set, else Whisper when an
 * OpenAI key is set, else offline pocketsphinx. Naming a provider without its settings is a config error.
 */
export function createSpeech(config: Config, logger: Logger): SpeechToText {
  const { provider, azure, openai } = config.speech;
  if (provider === 'azure' || (provider === 'auto' && azure)) {
    if (!azure)
      throw new Error('SPEECH_PROVIDER=azure needs AZURE_SPEECH_KEY and AZURE_SPEECH_REGION or _HOST');
    return new AzureSpeech(azure);
  }
  if (provider === 'whisper' || (provider === 'auto' && openai)) {
    if (!openai) throw new Error('SPEECH_PROVIDER=whisper needs OPENAI_API_KEY');
    return new WhisperSpeech(openai);
  }
  return new PocketsphinxSpeech({
    onSkipped: (eventId, skipped) =>
      logger.warn({ eventId, skipped }, 'voice grammar: words without a pronunciation were left out'),
  });
}
