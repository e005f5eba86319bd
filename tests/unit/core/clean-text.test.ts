import { describe, expect, it } from 'vitest';
import { boundText, cleanDeep, cleanName, cleanText } from '../../../core/clean-text.js';

describe('cleanText', () => {
  it('drops NUL and other control characters but keeps tabs and line breaks', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007f\u0085e\tf\ng\r\n')).toBe('abcde\tf\ng\r\n');
  });

  it('replaces an unpaired surrogate and keeps a real emoji', () => {
    expect(cleanText('x\uD83Dy\uDE00z😀')).toBe('x\uFFFDy\uFFFDz😀');
  });
});

describe('cleanName', () => {
  it('keeps one line of at most 120 characters, and nothing for a blank name', () => {
    expect(cleanName('  Ana\n\u0000 Lima  ')).toBe('Ana Lima');
    expect(cleanName('A'.repeat(300))).toHaveLength(120);
    expect(cleanName('\u0000 \n')).toBeUndefined();
    expect(cleanName(undefined)).toBeUndefined();
  });
});

describe('boundText and cleanDeep', () => {
  it('never leaves half an emoji at the cut', () => {
    expect(boundText('ab😀', 3)).toBe('ab');
  });

  it('cleans every string inside a payload, keys included', () => {
    expect(cleanDeep({ 'k\u0000': ['v\u0000', { n: 1, s: '\uD800' }] })).toEqual({
      k: ['v', { n: 1, s: '\uFFFD' }],
    });
  });
});
