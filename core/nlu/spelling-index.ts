/**
 * Typo correction against a known vocabulary (pattern words, catalog names, topic words), fast enough to run
 * on every word: a symmetric-delete index (all words one or two deletions away from a known word), so a
 * lookup costs a few dozen map reads instead of a scan of the vocabulary.
 */

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("studnet" → 1). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (i > 0 && rowMin > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Longer words tolerate more edits; short words none, because "bob"/"bot"/"box" are all real. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0 || word.length <= 2) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
}

/**
 * Four-letter words are too often other real words ("devo" is not "demo"), so for them only a dropped
 * letter or swapped pair counts as a typo.
 */
function plausibleShortTypo(word: string, candidate: string): boolean {
  if (candidate.length > word.length) return true;
  return candidate.length === word.length && [...word].sort().join('') === [...candidate].sort().join('');
}

/** People rarely mistype the first letter of a short word; "bunch" is a word, not a typo of "lunch". */
function sameStart(word: string, candidate: string): boolean {
  return word[0] === candidate[0] || (word[0] === candidate[1] && word[1] === candidate[0]);
}

export class SpellingIndex {
  private readonly known = new Set<string>();
  private readonly byDeletion = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>, protectedWords: Iterable<string> = []) {
    for (const word of protectedWords) this.known.add(word);
    for (const word of vocabulary) {
      if (this.known.has(word) && this.byDeletion.has(word)) continue;
      this.known.add(word);
      if (word.length < 4 || /\d/.test(word)) continue;
      const keys = new Set<string>([word]);
      // A known word must reach the query's deletions: an 8-letter typo may be 2 edits from a 6-letter word.
      deletions(word, allowedEdits(word.length + 2), keys);
      for (const key of keys) {
        const list = this.byDeletion.get(key);
        if (list) list.push(word);
        else this.byDeletion.set(key, [word]);
      }
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** The closest known word within the allowed edits, or undefined when the word is known or unmatched. */
  correct(word: string): { word: string; edits: number } | undefined {
    const max = allowedEdits(word.length);
    if (max === 0 || this.known.has(word)) return undefined;
    const keys = new Set<string>([word]);
    deletions(word, max, keys);
    let best: { word: string; edits: number } | undefined;
    for (const key of keys) {
      for (const candidate of this.byDeletion.get(key) ?? []) {
        if (best && candidate === best.word) continue;
        const edits = editDistance(word, candidate, max);
        if (word.length === 4 && !plausibleShortTypo(word, candidate)) continue;
        if (word.length <= 6 && !sameStart(word, candidate)) continue;
        const better =
          !best ||
          edits < best.edits ||
          (edits === best.edits && candidate[0] === word[0] && best.word[0] !== word[0]);
        if (edits <= max && better) {
          best = { word: candidate, edits };
        }
      }
    }
    return best;
  }
}
