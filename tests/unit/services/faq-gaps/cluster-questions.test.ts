import { describe, expect, it } from 'vitest';
import { clusterQuestions } from '../../../../core/services/faq-gaps/cluster-questions.js';

describe('clusterQuestions', () => {
  it('the question with the most neighbours is a centre and takes them; the rest are their own groups', () => {
    const clusters = clusterQuestions(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['b', 'd'],
      ],
    );
    expect(clusters).toEqual([['b', 'a', 'c', 'd'], ['e']]);
  });

  it('does not chain: a and c join only through a shared centre, never a → b → c by small steps', () => {
    const clusters = clusterQuestions(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['c', 'e'],
      ],
    );
    // c has the most neighbours (b, d, e); a, close only to b, is left for a group of its own.
    expect(clusters).toEqual([['c', 'b', 'd', 'e'], ['a']]);
  });

  it('no questions, no groups', () => {
    expect(clusterQuestions([], [])).toEqual([]);
  });
});
