import { describe, expect, it } from 'vitest';
import { type DialogState, parseDialogState } from '../../../core/router/dialog-state.js';

describe('parseDialogState', () => {
  it('reads back what the router stored: a pending question, its slots and data, and the last choices', () => {
    const state: DialogState = {
      pending: {
        intent: 'book_tickets',
        slots: { tier: 'vip', quantity: 2 },
        awaiting: 'confirm',
        data: { tierId: 't1', totalCents: 4000 },
        askedAt: '2026-12-10T10:00:00.000Z',
      },
      lastButtons: [{ id: 'confirm', title: 'Yes' }],
      misunderstood: 1,
    };
    expect(parseDialogState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('starts afresh from a state it cannot read, instead of failing every later message', () => {
    expect(parseDialogState(null)).toEqual({ misunderstood: 0 });
    expect(parseDialogState({ misunderstood: 0, pending: { intent: 'fly_to_mars', slots: {} } })).toEqual({
      misunderstood: 0,
    });
  });
});
