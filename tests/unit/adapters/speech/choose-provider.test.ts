import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../bots/config.js';
import { createSpeech } from '../../../../bots/speech-provider.js';

const logger = pino({ level: 'silent' });
const speechFor = (env: Record<string, string>) => createSpeech(loadConfig(env), logger).name;

describe('choosing the speech provider', () => {
  it('is offline pocketsphinx unless a cloud provider is configured', () => {
    expect(speechFor({})).toBe('pocketsphinx');
    expect(speechFor({ AZURE_SPEECH_KEY: 'k' })).toBe('pocketsphinx'); // a key without region or host
  });
  it('prefers Azure, then Whisper, when configured; SPEECH_PROVIDER forces one', () => {
    expect(speechFor({ OPENAI_API_KEY: 'sk' })).toBe('whisper');
    expect(
      speechFor({ OPENAI_API_KEY: 'sk', AZURE_SPEECH_KEY: 'k', AZURE_SPEECH_REGION: 'westeurope' }),
    ).toBe('azure');
    expect(
      speechFor({
        OPENAI_API_KEY: 'sk',
        AZURE_SPEECH_KEY: 'k',
        AZURE_SPEECH_HOST: 'ws://h',
        SPEECH_PROVIDER: 'whisper',
      }),
    ).toBe('whisper');
    expect(speechFor({ OPENAI_API_KEY: 'sk', SPEECH_PROVIDER: 'pocketsphinx' })).toBe('pocketsphinx');
  });
  it('naming a provider without its settings is a clear error', () => {
    expect(() => speechFor({ SPEECH_PROVIDER: 'azure' })).toThrow(/AZURE_SPEECH_KEY/);
    expect(() => speechFor({ SPEECH_PROVIDER: 'whisper' })).toThrow(/OPENAI_API_KEY/);
  });
});
