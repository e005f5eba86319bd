import { describe, expect, it } from 'vitest';
import {
  buildGrammar,
  GrammarBuildError,
  wordsOf,
} from '../../../../adapters/providers/speech/build-grammar.js';
import { readHypothesis } from '../../../../adapters/providers/speech/pocketsphinx-speech.js';
import {
  CMU_DICT,
  CUSTOM_DICT,
  loadPronunciations,
} from '../../../../adapters/providers/speech/pronunciation-dictionary.js';
import { catalogFromEventFile } from '../../../../core/catalog/event-catalog.js';
import { demoEventFile } from '../../../support/start-test-app.js';

const prons = loadPronunciations([CMU_DICT, CUSTOM_DICT]);
const lookup = (w: string) => prons.get(w);
const demo = () => catalogFromEventFile(demoEventFile());

describe('the voice grammar', () => {
  it("is generated from the event's vocabulary, with a dictionary of exactly its words", () => {
    const grammar = buildGrammar(demo(), lookup);
    expect(grammar.skipped).toEqual([]);
    expect(grammar.jsgf).toMatch(/<tier> = \(general admission \| general \|.*\| vip \|/);
    expect(grammar.jsgf).toContain('dmitri ivanov');
    expect(grammar.jsgf).toContain('finlytics');
    // Each FAQ's own words, in order, one to three of them: "wi-fi password", never "refund luggage".
    expect(grammar.jsgf).toContain(
      '<faq_topic> = (wi-fi | wi-fi network | wi-fi network password | wi-fi password |',
    );
    expect(grammar.jsgf).not.toMatch(/[|(] refund luggage [|)]/);
    expect(grammar.jsgf).toContain('<garbage_loop> = <garbage> <garbage>*;');
    const words = grammar.dictionary
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ')[0]);
    expect(words).toContain('pgvector'); // from the custom pronunciation file
    expect(words).toContain('g_weather'); // the garbage path
    expect(words).not.toContain('public');
  });

  it('leaves out event items with an unknown word, and says which', () => {
    const catalog = demo();
    catalog.people.push({ id: 'p-x', name: 'Xqzzy Brrtl' });
    const grammar = buildGrammar(catalog, lookup);
    expect(grammar.skipped).toEqual(['person "Xqzzy Brrtl" (xqzzy, brrtl)']);
    expect(grammar.jsgf).not.toContain('xqzzy');
  });

  it('fails the build (not a request) when a command word has no pronunciation', () => {
    const withoutBook = (w: string) => (w === 'book' ? undefined : lookup(w));
    expect(() => buildGrammar(demo(), withoutBook)).toThrow(GrammarBuildError);
    expect(() => buildGrammar(demo(), withoutBook)).toThrow(/No pronunciation for: book/);
  });

  it('spells out digits and drops punctuation in names', () => {
    expect(wordsOf('Lunch (Day 2)')).toEqual(['lunch', 'day', 'two']);
    expect(wordsOf('Wi-Fi?')).toEqual(['wi-fi']);
  });
});

describe('reading pocketsphinx output', () => {
  it('a command path is confident; garbage words are dropped and make it unsure; nothing is empty', () => {
    expect(readHypothesis('book two vip tickets(2)\n')).toEqual({
      text: 'book two vip tickets',
      confidence: 0.9,
    });
    expect(readHypothesis('g_like g_weather g_uh\n')).toEqual({ text: '', confidence: 0.1 });
    expect(readHypothesis('\n')).toEqual({ text: '', confidence: 0 });
  });
});
