import { describe, expect, it } from 'vitest';
// @ts-expect-error: the console page's own browser module, plain JavaScript without type declarations.
import { parseWhatsAppFormatting } from '../../../../adapters/channels/console/page/whatsapp-format.js';

const parse = (text: string) => parseWhatsAppFormatting(text) as unknown[];

describe('the console reads WhatsApp formatting as WhatsApp does', () => {
  it('makes *bold*, _italic_, ~strike~ and monospace into elements', () => {
    expect(parse('Welcome to *DevSummit*!')).toEqual([
      'Welcome to ',
      { tag: 'strong', children: ['DevSummit'] },
      '!',
    ]);
    expect(parse('_soon_ ~gone~ `T-1234` ```a *b*```')).toEqual([
      { tag: 'em', children: ['soon'] },
      ' ',
      { tag: 's', children: ['gone'] },
      ' ',
      { tag: 'code', children: ['T-1234'] },
      ' ',
      { tag: 'code', children: ['a *b*'] },
    ]);
  });

  it('nests markers', () => {
    expect(parse('*_both_*')).toEqual([{ tag: 'strong', children: [{ tag: 'em', children: ['both'] }] }]);
  });

  it('leaves arithmetic, snake_case, lone markers and markers across lines as written', () => {
    for (const text of ['2*3*4', 'use snake_case_names', '5 * 3 = 15', 'a * b *', '*no\nclose*', '**']) {
      expect(parse(text)).toEqual([text]);
    }
  });

  it('keeps markup-looking text as text (the page sets it as text, never HTML)', () => {
    expect(parse('*<img src=x onerror=alert(1)>*')).toEqual([
      { tag: 'strong', children: ['<img src=x onerror=alert(1)>'] },
    ]);
  });
});
