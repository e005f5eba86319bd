import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { type Check, type CheckResult, fail, ok } from './check.js';

/** The executable's full path when `binary` is a path or found on PATH; null otherwise. */
async function findExecutable(binary: string, path: string): Promise<string | null> {
  const candidates = binary.includes('/') ? [binary] : path.split(delimiter).map((dir) => join(dir, binary));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return null;
}

/** Voice notes: ffmpeg decodes every one; the offline recognizer needs its binary and acoustic model. */
export const speechReady: Check = async ({ config, tools, env }) => {
  const path = env.PATH ?? '';
  const results: CheckResult[] = [];
  const ffmpeg = await findExecutable(tools.ffmpeg, path);
  results.push(
    ffmpeg
      ? ok('speech.ffmpeg', 'ffmpeg present', ffmpeg)
      : fail(
          'speech.ffmpeg',
          'ffmpeg present',
          `${tools.ffmpeg} not found`,
          'Install ffmpeg (`apt-get install ffmpeg`).',
        ),
  );
  const { provider, azure, openai } = config.speech;
  if (provider === 'azure' || (provider === 'auto' && azure))
    return [...results, ok('speech.model', 'Speech model present', 'Azure Speech (cloud)')];
  if (provider === 'whisper' || (provider === 'auto' && openai))
    return [...results, ok('speech.model', 'Speech model present', 'OpenAI Whisper (cloud)')];
  const binary = await findExecutable(tools.pocketsphinx, path);
  const model = await access(join(tools.speechModel, 'mdef')).then(
    () => true,
    () => false,
  );
  if (binary && model)
    return [...results, ok('speech.model', 'Speech model present', `pocketsphinx, ${tools.speechModel}`)];
  return [
    ...results,
    fail(
      'speech.model',
      'Speech model present',
      binary ? `no acoustic model at ${tools.speechModel}` : `${tools.pocketsphinx} not found`,
      'Install pocketsphinx and its en-us model (`apt-get install pocketsphinx pocketsphinx-en-us`), or configure ' +
        'Azure Speech or Whisper (README, "Voice notes").',
    ),
  ];
};
