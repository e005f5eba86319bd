import { describe, expect, it } from 'vitest';
import { understandText } from '../../../core/nlu/local-understanding.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';

const catalog = loadDemoCatalog();
const now = evaluationNow(catalog);
const read = (text: string) => understandText(text, catalog, now);

describe('commands in one message', () => {
  it.each([
    ['yes please — and is there parking?', 'confirm', 'faq-parking'],
    ['sim, e qual a senha do wifi?', 'confirm', 'faq-wifi'],
    ['no thanks. is there a dress code?', 'deny', 'faq-dresscode'],
  ])('reads "%s" as an answer, then a question', (text, first, faq) => {
    const understood = read(text);
    expect(understood.intent).toBe(first);
    expect(understood.more).toHaveLength(1);
    expect(understood.more![0]).toMatchObject({ intent: 'faq', slots: { faq } });
    expect(understood.more![0]!.text).toMatch(/\?$/);
  });

  it.each([
    'no, make it VIP',
    'yes, add me to the list',
    'sure, go ahead',
    'what is the wifi password? and is there parking?',
  ])('reads "%s" whole', (text) => {
    expect(read(text).more).toBeUndefined();
  });
});
