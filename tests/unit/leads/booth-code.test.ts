import { describe, expect, it } from 'vitest';
import { boothCode, mentionsBooth } from '../../../core/catalog/booth-code.js';
import { understandText } from '../../../core/nlu/local-understanding.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';

const acme = { id: 'acme-cloud', booth: 'B12' };

describe('booth codes', () => {
  it('are the sponsor id’s first part and the booth, upper-case', () => {
    expect(boothCode(acme)).toBe('ACME-B12');
    expect(boothCode({ id: 'finlytics', booth: 'B04' })).toBe('FINLYTICS-B04');
    expect(boothCode({ id: 'x', booth: '' })).toBeNull();
  });

  it('are recognised typed, scanned or spoken, but not inside other words or other booths', () => {
    for (const text of ['ACME-B12', 'acme-b12', 'acme b12', 'ACMEB12', "I'm at booth B12", 'booth b12!'])
      expect(mentionsBooth(text, acme), text).toBe(true);
    for (const text of ['ACME-B120', 'booth B13', 'acme cloud', 'xacme-b12', 'B12'])
      expect(mentionsBooth(text, acme), text).toBe(false);
  });

  it('name the sponsor for the NLU (the text of a wa.me deep link arrives as the message)', () => {
    const catalog = loadDemoCatalog();
    const understand = (text: string) => understandText(text, catalog, evaluationNow(catalog));
    expect(understand('ACME-B12')).toMatchObject({
      intent: 'sponsor_interest',
      slots: { sponsor: 'acme-cloud' },
    });
    expect(understand('FINLYTICS-B04')).toMatchObject({
      intent: 'sponsor_interest',
      slots: { sponsor: 'finlytics' },
    });
    expect(understand("I'm at booth B07")).toMatchObject({
      intent: 'sponsor_interest',
      slots: { sponsor: 'dataforge' },
    });
    expect(understand('stop sharing with Acme')).toMatchObject({
      intent: 'sponsor_interest',
      slots: { sponsor: 'acme-cloud' },
    });
  });
});
