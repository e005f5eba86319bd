import { describe, expect, it } from 'vitest';
import { buildArpa } from '../../../../adapters/providers/speech/language-model.js';
import {
  languageModelSentences,
  readVoiceCorpus,
} from '../../../../adapters/providers/speech/language-model-sentences.js';
import {
  CMU_DICT,
  CUSTOM_DICT,
  loadPronunciations,
} from '../../../../adapters/providers/speech/pronunciation-dictionary.js';
import { readNbest } from '../../../../adapters/providers/speech/read-sphinx-output.js';
import { catalogFromEventFile } from '../../../../core/catalog/event-catalog.js';
import { demoEventFile } from '../../../support/start-test-app.js';

/** ARPA text → { order: { "w1 w2": [log10 p, log10 backoff?] } }. */
function parseArpa(arpa: string): Map<number, Map<string, number[]>> {
  const out = new Map<number, Map<string, number[]>>();
  let order = 0;
  for (const line of arpa.split('\n')) {
    const section = /^\\(\d)-grams:$/.exec(line);
    if (section) {
      order = Number(section[1]);
      out.set(order, new Map());
      continue;
    }
    if (!order || !line.trim() || line.startsWith('\\')) continue;
    const parts = line.split(' ');
    const words = parts.slice(1, 1 + order);
    const numbers = [Number(parts[0]), ...parts.slice(1 + order).map(Number)];
    out.get(order)!.set(words.join(' '), numbers);
  }
  return out;
}

/** P(word | history) read back from the ARPA file with the standard backoff rule. */
function arpaProb(model: Map<number, Map<string, number[]>>, history: string[], word: string): number {
  const gram = [...history, word].join(' ');
  const entry = model.get(history.length + 1)?.get(gram);
  if (entry) return 10 ** entry[0]!;
  if (history.length === 0) return 0;
  const backoff = model.get(history.length)?.get(history.join(' '))?.[1] ?? 0;
  return 10 ** backoff * arpaProb(model, history.slice(1), word);
}

const sentences = [
  ['book', 'two', 'tickets'],
  ['book', 'a', 'ticket'],
  ['cancel', 'my', 'tickets'],
  ['show', 'my', 'tickets'],
  ['book', 'two', 'passes'],
];

describe('the voice language model', () => {
  it('is a proper distribution after every history, unseen words included', () => {
    const model = parseArpa(buildArpa(sentences, { vocabulary: ['refund', 'parking'] }));
    const vocabulary = [...model.get(1)!.keys()].filter((w) => w !== '<s>');
    expect(vocabulary).toContain('refund');
    for (const history of [[], ['<s>'], ['book'], ['<s>', 'book'], ['book', 'two'], ['my', 'refund']]) {
      const total = vocabulary.reduce((n, w) => n + arpaProb(model, history, w), 0);
      expect(total).toBeCloseTo(1, 3);
    }
  });

  it('prefers what the corpus says, and still allows what it never said', () => {
    const model = parseArpa(buildArpa(sentences, { vocabulary: ['refund'] }));
    const afterBookTwo = (w: string) => arpaProb(model, ['book', 'two'], w);
    expect(afterBookTwo('tickets')).toBeGreaterThan(afterBookTwo('ticket'));
    expect(afterBookTwo('refund')).toBeGreaterThan(0);
    expect(arpaProb(model, ['<s>'], 'book')).toBeGreaterThan(arpaProb(model, ['<s>'], 'tickets'));
  });

  it("trains on the corpus, the event's names in context and filler words; skips names it cannot say", () => {
    const catalog = catalogFromEventFile(demoEventFile());
    catalog.sponsors.push({ ...catalog.sponsors[0]!, name: 'Zqxwv Labs', aliases: [] });
    const prons = loadPronunciations([CMU_DICT, CUSTOM_DICT]);
    const known = (w: string) => prons.has(w.replace(/^g_/, ''));
    const { sentences: built, skipped } = languageModelSentences(catalog, readVoiceCorpus(), known);
    const lines = built.map((s) => s.join(' '));
    expect(lines).toContain('who should i meet'); // from the labelled corpus
    expect(lines).toContain("i'd like a demo from acme cloud"); // a sponsor in context
    expect(lines).toContain('where is the typescript workshop'); // a session alias in context
    expect(lines.some((l) => l.startsWith('g_'))).toBe(true);
    expect(skipped).toEqual([expect.stringContaining('Zqxwv Labs')]);
    expect(built.flat().every(known)).toBe(true);
  });
});

describe('the n-best reader', () => {
  it('drops fillers and garbage words, merges duplicates and shares the mass by score, best first', () => {
    const list = readNbest(
      [
        'book two vip tickets(2) -30000',
        '<sil> book two vip tickets -30100',
        'book to vip g_weather tickets -30200',
        'g_weather g_coffee -31000',
        'garbled line',
      ].join('\n'),
    );
    expect(list.map((r) => r.text)).toEqual(['book two vip tickets', 'book to vip tickets']);
    expect(list[0]!.share).toBeGreaterThan(list[1]!.share);
    expect(list.reduce((n, r) => n + r.share, 0)).toBeLessThanOrEqual(1);
    expect(readNbest('')).toEqual([]);
  });
});
