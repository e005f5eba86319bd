/**
 * Getting a voice note's audio: download it from the channel (which may need credentials) and decode it to
 * 16 kHz mono 16-bit WAV. Both fail with a {@link VoiceMediaError} whose reason picks the person's reply.
 */
export type VoiceFailure =
  | 'too_big'
  | 'too_long'
  | 'corrupt'
  | 'unsupported'
  | 'silence'
  | 'unclear'
  | 'download_failed'
  /** Said in a language the recogniser cannot hear (offline recognition is English only). */
  | 'language';

export class VoiceMediaError extends Error {
  constructor(
    readonly reason: VoiceFailure,
    message: string,
  ) {
    super(message);
    this.name = 'VoiceMediaError';
  }
}

export interface MediaDownloader {
  /**
   * Fetches media the person sent. Throws VoiceMediaError('too_big') past `maxBytes`, ('download_failed') when
   * the provider refuses for good (404, 401); other errors are transient and worth a retry.
   */
  download(url: string, opts: { maxBytes: number }): Promise<{ data: Buffer; contentType: string }>;
  /**
   * Forgets media held only for us (console uploads, kept in Redis for minutes): called once a message is
   * handled, so a photo that was never downloaded (no consent) does not wait for its TTL. Channels whose
   * provider keeps the media (Twilio) leave it out.
   */
  discard?(url: string): Promise<void>;
}

export interface AudioDecoder {
  /** 16 kHz mono s16le WAV; throws VoiceMediaError ('corrupt', 'unsupported', 'too_long'). */
  toWav(audio: Buffer, opts: { maxSeconds: number }): Promise<{ wav: Buffer; seconds: number }>;
}
