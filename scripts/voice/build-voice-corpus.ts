import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordsOf } from '../../adapters/providers/speech/build-grammar.js';
import {
  CMU_DICT,
  CUSTOM_DICT,
  loadPronunciations,
} from '../../adapters/providers/speech/pronunciation-dictionary.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The labelled understanding corpus (its `train` lines; the `test` lines stay unseen by the voice model too). */
const CORPUS = path.resolve(repoRoot, 'core/nlu/corpus/en.jsonl');
/** The team's dev utterances (not in the repository), used when present. */
const DEV_SET = path.resolve(repoRoot, '../shared/nlu/dev.jsonl');
export const VOICE_CORPUS = path.resolve(repoRoot, 'adapters/providers/speech/voice-corpus.txt');

/**
 * Texting shorthand and typos of the corpus's seeded noise that happen to have a dictionary pronunciation
 * ("u", "abt", "thee" for "the"): nobody says them, and in the language model they only give the decoder
 * short words to stuff noise into. A sentence with one is left out (its clean twin is in the corpus).
 */
const TEXTING = new Set('abt agin cant im k lol maye neer obi oder r thee ty u ur wat ya'.split(' '));

/**
 * `npx tsx scripts/voice/build-voice-corpus.ts [file.jsonl …]`: the English utterances of the labelled corpus
 * (core/nlu/corpus/en.jsonl, train lines) and the dev set, as the words pocketsphinx's language model is
 * trained on (one sentence a line, lower case, digits spelled out). A line is kept when every word has an
 * English pronunciation (texting noise such as "tix" or "pls" has none, and is not how anyone speaks).
 * The output is committed, so the bot needs neither the corpus nor this script at run time.
 */
function main(): void {
  const sources = process.argv.length > 2 ? process.argv.slice(2) : [CORPUS, DEV_SET].filter(existsSync);
  const prons = loadPronunciations([CMU_DICT, CUSTOM_DICT]);
  const lines = new Set<string>();
  for (const source of sources) {
    for (const line of readFileSync(source, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text, lang, split } = JSON.parse(line) as { text: string; lang?: string; split?: string };
      if ((lang && lang !== 'en') || split === 'test') continue;
      const words = wordsOf(text.replace(/(\d+):(\d+)/g, '$1 $2').replace(/(\d)(am|pm)\b/gi, '$1 $2'));
      if (words.length > 0 && words.every((w) => prons.has(w) && !TEXTING.has(w))) lines.add(words.join(' '));
    }
  }
  const names = sources.map((s) => path.basename(s)).join(' and ');
  const header = `# English utterances of ${names} (train lines), for the voice language model (scripts/voice/build-voice-corpus.ts)`;
  writeFileSync(VOICE_CORPUS, `${header}\n${[...lines].join('\n')}\n`);
  process.stdout.write(`${lines.size} sentences → ${path.relative(repoRoot, VOICE_CORPUS)}\n`);
}

main();
