import { readFileSync } from 'node:fs';

/** The CMU dictionary shipped by Debian's pocketsphinx-en-us. */
export const CMU_DICT = '/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict';
export const CUSTOM_DICT = new URL('./pronunciations.dict', import.meta.url);

/**
 * word → pronunciations, from dictionary files in pocketsphinx format (`word PH ON ES`, `word(2) …` for
 * alternatives, `#` comments). Later files add pronunciations to earlier ones.
 */
export function loadPronunciations(files: (string | URL)[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [head, ...phones] = line.trim().split(/\s+/);
      if (!head || phones.length === 0) continue;
      const word = head.replace(/\(\d+\)$/, '').toLowerCase();
      const pron = phones.join(' ');
      const list = map.get(word) ?? [];
      if (!list.includes(pron)) list.push(pron);
      map.set(word, list);
    }
  }
  return map;
}
