import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordsOf } from '../../adapters/providers/speech/build-grammar.js';
import {
  CMU_DICT,
  CUSTOM_DICT,
  loadPronunciations,
} from '../../adapters/providers/speech/pronunciation-dictionary.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The labelled understanding corpus shared by the team (not in the repository). */
const DEV_SET = path.resolve(repoRoot, '../shared/nlu/dev.jsonl');
export const VOICE_CORPUS = path.resolve(repoRoot, 'adapters/providers/speech/voice-corpus.txt');

/**
 * `npx tsx scripts/voice/build-voice-corpus.ts [dev.jsonl]`: the English utterances of the labelled corpus,
 * as the words pocketsphinx's language model is trained on (one sentence a line, lower case, digits spelled
 * out). A line is English when every word has an English pronunciation ("quiero comprar" does not).
 * The output is committed, so the bot needs neither the corpus nor this script at run time.
 */
function main(): void {
  const source = process.argv[2] ?? DEV_SET;
  const prons = loadPronunciations([CMU_DICT, CUSTOM_DICT]);
  const lines = new Set<string>();
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    const words = wordsOf(text.replace(/(\d+):(\d+)/g, '$1 $2').replace(/(\d)(am|pm)\b/gi, '$1 $2'));
    if (words.length > 0 && words.every((w) => prons.has(w))) lines.add(words.join(' '));
  }
  const header = `# English utterances of ${path.basename(source)}, for the voice language model (scripts/voice/build-voice-corpus.ts)`;
  writeFileSync(VOICE_CORPUS, `${header}\n${[...lines].join('\n')}\n`);
  process.stdout.write(`${lines.size} sentences → ${path.relative(repoRoot, VOICE_CORPUS)}\n`);
}

main();
