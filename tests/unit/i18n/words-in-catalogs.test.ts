import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, sourceFiles } from '../../support/import-graph.js';

/**
 * Convention 17: every attendee-facing string is a message id in core/i18n/catalogs. This scans the code that
 * builds attendee text for string literals that read like a sentence (three words in a row, or a capitalised
 * phrase) and fails on any outside the catalogs.
 */
const ATTENDEE_TEXT = [
  ...['core/replies', 'core/skills', 'core/pipeline', 'core/router'].flatMap(sourceFiles),
  ...sourceFiles('core/services').filter((f) => /(-messages|offer-message|notify-expired)\.ts$/.test(f)),
];

/** Organizer (Slack) wording stays English and outside the catalogs (product.md: Slack stays English). */
const ORGANIZER_TEXT = [
  'core/replies/organizer-notes.ts',
  'core/replies/organizer-action-notes.ts',
  'core/replies/organizer-command-notes.ts',
  'core/replies/organizer-sponsor-notes.ts',
  'core/replies/lead-notes.ts',
  'core/replies/whatsapp-web-notes.ts',
  'core/replies/feedback-notes.ts',
  'core/replies/faq-gap-notes.ts',
  'core/replies/payment-notes.ts',
  'core/replies/pricing-notes.ts',
];

/**
 * Files not converted yet: this list only shrinks. Each still builds English attendee text in code; a file
 * converted to the catalogs must leave the list (the last test fails while a listed file is clean). Empty
 * now: every attendee-facing file speaks through the catalogs.
 */
const NOT_YET_CONVERTED: string[] = [];

/** Literals that look like words but are not said to anyone: log lines, errors for developers, SQL. */
const NOT_WORDS = [
  /^next\(\) called more than once/, // a programming error (middleware.ts)
  /^inbound message .* is stored in a shape/, // a developer's error (stored-inbound.ts)
  /^\p{Lu}\w+ as \w+$/u, // a Kysely table alias ('Message as m')
  /^[a-z_.]+ as \w+$/, // an alias over SQL names on the prepared hot path ('messages as m', 'opted_out as optedOut')
  /was (neither inserted nor updated|not upserted)$/, // a developer's error on the hot path
  /^HH:mm/, // a luxon date format
];

/** String and template literals of a file (template parts outside `${…}`), comments left out. */
export function literalsOf(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let text = '';
      let depth = 0;
      i++;
      while (i < source.length) {
        const d = source[i]!;
        if (d === '\\') {
          text += source[i + 1];
          i += 2;
          continue;
        }
        if (c === '`' && d === '$' && source[i + 1] === '{' && depth === 0) {
          depth = 1;
          text += ' ';
          i += 2;
          continue;
        }
        if (depth > 0) {
          if (d === '{') depth++;
          if (d === '}') depth--;
          i++;
          continue;
        }
        if (d === c) break;
        text += d;
        i++;
      }
      out.push(text);
      i++;
      continue;
    }
    i++;
  }
  return out;
}

/** Reads like something said to a person: three words in a row, or a capitalised two-word phrase. */
const sentenceLike = (text: string) =>
  /\p{L}{2,}[,’']?\s+\p{L}+\s+\p{L}+/u.test(text) || /^\p{Lu}\p{Ll}+\s+\p{Ll}{2,}/u.test(text);

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

const wordsIn = (file: string) =>
  literalsOf(read(file))
    .filter(sentenceLike)
    .filter((text) => !NOT_WORDS.some((re) => re.test(text)));

describe('attendee-facing words live in the catalogs', () => {
  const scanned = ATTENDEE_TEXT.filter((f) => !ORGANIZER_TEXT.includes(f) && !NOT_YET_CONVERTED.includes(f));

  it('finds no sentence-like string literal in the code that builds attendee replies', () => {
    const found = scanned.flatMap((file) => wordsIn(file).map((text) => `${file}: ${text.slice(0, 60)}`));
    expect(found).toEqual([]);
  });

  it('keeps the not-yet-converted list honest: every listed file exists and still has words to move', () => {
    const clean = NOT_YET_CONVERTED.filter((file) => wordsIn(file).length === 0);
    expect(clean).toEqual([]);
  });

  it('would catch a reply written in code', () => {
    // A template literal with a placeholder, as source text (a dollar sign, then the braces).
    const sample = `const reply = { kind: 'text', text: \`Sorry, $\{name} is sold out.\` };`;
    expect(literalsOf(sample).filter(sentenceLike)).toEqual(['Sorry,   is sold out.']);
  });
});
