import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENT_MODEL_PATH, type IntentModelFile } from '../../../core/nlu/intent-model.js';
import { INTENTS } from '../../../core/nlu/label-schema.js';
import { analyseText, understandText } from '../../../core/nlu/local-understanding.js';
import { MIN_CONFIDENCE } from '../../../core/router/route-intent.js';
import { DEV_SET_PATH, evaluationNow, loadDemoCatalog, readLabelled } from '../../../scripts/bench/nlu.js';
import {
  featurise,
  modelFile,
  readCorpus,
  trainIntentWeights,
  trainingFingerprint,
} from '../../../scripts/nlu/intent-training.js';
import { buildCorpus, corpusFiles } from '../../../scripts/nlu/write-corpus.js';

const catalog = loadDemoCatalog();
const now = evaluationNow(catalog);
const checkedIn = JSON.parse(readFileSync(INTENT_MODEL_PATH, 'utf8')) as IntentModelFile;
const train = readCorpus('train');
const heldout = readCorpus('heldout');
const key = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('the labelled corpus', () => {
  it('is exactly what its templates and seed produce', () => {
    for (const [file, body] of corpusFiles(buildCorpus())) expect(readFileSync(file, 'utf8')).toBe(body);
  });

  it('has at least 60 utterances per intent in each of English, Portuguese and Spanish', () => {
    for (const lang of ['en', 'pt', 'es'])
      for (const intent of INTENTS) {
        const n = [...train, ...heldout].filter((e) => e.lang === lang && e.intent === intent).length;
        expect(n, `${lang} ${intent}`).toBeGreaterThanOrEqual(60);
      }
  });

  it('labels slots with ids of the demo event', () => {
    const ids = {
      tier: catalog.tiers.map((t) => t.id),
      person: catalog.people.map((p) => p.id),
      session: catalog.sessions.map((s) => s.id),
      sponsor: catalog.sponsors.map((s) => s.id),
      faq: [...catalog.faqs.map((f) => f.id), 'tickets'],
    };
    for (const e of [...train, ...heldout])
      for (const [slot, known] of Object.entries(ids)) {
        const value = e.slots[slot as keyof typeof ids];
        if (value !== undefined) expect(known, e.text).toContain(value);
      }
  });

  it('holds out whole templates, about a fifth of each intent and language', () => {
    const trainTemplates = new Set(train.map((e) => e.template));
    expect(heldout.filter((e) => trainTemplates.has(e.template))).toEqual([]);
    // The split belongs to the first wave; later waves (templates "en+.…", "en++.…") only ever train.
    const firstWave = train.filter((e) => !e.template.includes('+.'));
    expect(train.length - firstWave.length).toBeGreaterThan(4000);
    const share = heldout.length / (firstWave.length + heldout.length);
    expect(share).toBeGreaterThan(0.19);
    expect(share).toBeLessThan(0.25);
  });

  it.skipIf(!existsSync(DEV_SET_PATH))('shares no sentence with the dev set or the tuning set', () => {
    const used = new Set(
      [...readLabelled(DEV_SET_PATH), ...readLabelled('tests/fixtures/nlu-unseen.jsonl')].map((e) =>
        key(e.text),
      ),
    );
    expect([...train, ...heldout].filter((e) => used.has(key(e.text))).map((e) => e.text)).toEqual([]);
  });
});

describe('the checked-in intent model', () => {
  it('was trained on the current corpus and NLU code (else: npx tsx scripts/nlu/train-intent-model.ts)', () => {
    expect(checkedIn.trainedOn).toEqual(trainingFingerprint(train));
  });

  it('is what the training script makes of the corpus, weight for weight', () => {
    const retrained = modelFile(
      trainIntentWeights(featurise(train, catalog, now)),
      checkedIn.temperature,
      checkedIn.trainedOn,
    );
    expect(retrained).toEqual(checkedIn);
  });
});

describe('understanding with the model behind the rules', () => {
  it('reads phrasings the rules alone miss', () => {
    for (const [text, intent] of [
      ['acabei de chegar na porta', 'checkin'],
      ['wait so how do i see whats on my calendar for meetings', 'my_meetings'],
    ] as const) {
      expect(understandText(text, catalog, now).intent, text).toBe(intent);
    }
    expect(analyseText('acabei de chegar na porta', catalog, now).rules.intent).not.toBe('checkin');
  });

  it('is unsure, below the router floor, about a message that asks nothing it knows', () => {
    // Below MIN_CONFIDENCE the router does not act: the message is "not understood" and gets choices.
    for (const text of ['blue potato window', 'wait what', 'zzzz']) {
      expect(understandText(text, catalog, now).confidence, text).toBeLessThan(MIN_CONFIDENCE);
    }
  });
});
