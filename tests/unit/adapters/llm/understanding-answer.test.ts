import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../../adapters/providers/llm/understanding-answer.js';
import { catalogFromEventFile } from '../../../../core/catalog/event-catalog.js';
import type { Understood } from '../../../../core/nlu/label-schema.js';
import { demoEventFile } from '../../../support/start-test-app.js';

const catalog = catalogFromEventFile(demoEventFile());
const local: Understood = { intent: 'out_of_scope', slots: {}, confidence: 0.2 };
const NULLS = {
  quantity: null,
  tier: null,
  person: null,
  session: null,
  faq: null,
  sponsor: null,
  time: null,
  date: null,
  interests: null,
};
const json = (intent: string, slots: Record<string, unknown> = {}, confidence = 0.8) =>
  JSON.stringify({ intent, confidence, slots: { ...NULLS, ...slots } });

describe('readAnswer', () => {
  it('keeps the intent and the stated slots, dropping nulls', () => {
    expect(readAnswer(json('book_tickets', { tier: 'vip', quantity: 2 }), catalog, undefined, local)).toEqual(
      {
        understood: { intent: 'book_tickets', slots: { tier: 'vip', quantity: 2 }, confidence: 0.8 },
      },
    );
  });

  it.each([
    ['not JSON', 'Sure! The intent is faq', 'invalid_json'],
    ['a missing field', JSON.stringify({ intent: 'faq', slots: NULLS }), 'invalid_answer'],
    ['an intent outside the schema', json('give_free_tickets'), 'invalid_answer'],
    ['a fractional quantity', json('book_tickets', { quantity: 1.5 }), 'invalid_answer'],
    ['a huge quantity', json('book_tickets', { quantity: 1e9 }), 'invalid_answer'],
    ['a time that is not HH:MM', json('agenda', { time: '25:00' }), 'invalid_answer'],
    ['a confidence above 1', json('faq', {}, 7), 'invalid_answer'],
    ['an unknown tier', json('book_tickets', { tier: 'platinum' }), 'unknown_id'],
    ['an unknown person', json('request_meeting', { person: 'ceo' }), 'unknown_id'],
    ['a yes with nothing asked', json('confirm'), 'not_allowed'],
    ['forget_me the local model does not see', json('forget_me'), 'not_allowed'],
  ])('rejects %s', (_name, content, rejected) => {
    expect(readAnswer(content, catalog, undefined, local)).toEqual({ rejected });
  });

  it('accepts a yes when a question is pending, and forget_me when the local model agrees', () => {
    const dialog = { pending: { intent: 'book_tickets' as const, awaiting: 'confirm' as const, slots: {} } };
    expect(readAnswer(json('confirm'), catalog, dialog, local)).toMatchObject({
      understood: { intent: 'confirm' },
    });
    expect(
      readAnswer(json('forget_me'), catalog, undefined, { intent: 'forget_me', slots: {}, confidence: 0.9 }),
    ).toMatchObject({ understood: { intent: 'forget_me' } });
  });
});
