import { describe, expect, it } from 'vitest';
import { splitText } from '../../../core/split-text.js';

describe('splitText', () => {
  it('keeps a text that fits as one part', () => {
    expect(splitText('hello', 10)).toEqual(['hello']);
    expect(splitText('', 10)).toEqual(['']);
  });

  it('splits at a paragraph, then a line, then a space, keeping every word in order', () => {
    expect(splitText('aaaa bbbb\n\ncccc dddd', 12)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitText('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('cuts a word with no space where it must, never inside an emoji', () => {
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    const parts = splitText('abc😀def', 4);
    expect(parts.join('')).toBe('abc😀def');
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4);
    expect(parts[0]).toBe('abc');
  });
});
