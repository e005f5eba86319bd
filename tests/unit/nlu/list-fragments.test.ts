import { describe, expect, it } from 'vitest';
import type { Button } from '../../../core/messages.js';
import { understandText } from '../../../core/nlu/local-understanding.js';
import type { DialogState } from '../../../core/router/dialog-state.js';
import { MIN_CONFIDENCE, routeIntent } from '../../../core/router/route-intent.js';
import { SkillRegistry } from '../../../core/router/skill.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';
import { messageContext } from '../../support/message-context.js';

const demo = loadDemoCatalog();
const now = evaluationNow(demo);
const read = (text: string) => understandText(text, demo, now);

/**
 * "The list" is the waiting list in this product, but a bare "list" does not say whether to join it or to
 * hear one's place on it. The model once read it as the Spanish "listo" (ready: a yes) — the typo
 * corrector turned "listo" and "lista" into "list" — so "the list" could confirm a pending booking.
 */
const FRAGMENTS = ['list', 'the list', 'lista', 'a lista', 'la lista', 'list pls', 'that list', 'list?'];
const WAITLIST_READINGS = ['join_waitlist', 'waitlist_status'];

describe('"list" on its own is asked back, never read as a yes', () => {
  it.each(FRAGMENTS)('"%s" → a question between joining the list and the place on it', (text) => {
    const u = read(text);
    expect(u.intent).not.toBe('confirm');
    expect(u.confidence).toBeLessThan(MIN_CONFIDENCE);
    expect(u.alternatives?.map((r) => r.intent).sort()).toEqual(WAITLIST_READINGS);
  });

  it('"the list" while a booking summary waits for a yes asks which list reading, and books nothing', async () => {
    const calls: { intent: string; confirmation?: boolean }[] = [];
    const registry = new SkillRegistry({}).on('book_tickets', async (ctx) => {
      calls.push({ intent: 'book_tickets', confirmation: ctx.confirmation });
      return { replies: [{ kind: 'text', text: 'booked' }] };
    });
    const state: DialogState = {
      misunderstood: 0,
      pending: {
        intent: 'book_tickets',
        slots: { tier: 'general', quantity: 2 },
        awaiting: 'confirm',
        askedAt: now.toISOString(),
      },
    };
    const ctx = messageContext({ understood: read('the list'), state, locale: 'en', catalog: demo });
    const out = await routeIntent(registry, ctx);
    expect(calls).toEqual([]);
    const [reply] = out.result.replies;
    expect(reply?.kind).toBe('buttons');
    expect((reply as { buttons: Button[] }).buttons.map((b) => b.id.split(':')[1]).sort()).toEqual(
      WAITLIST_READINGS,
    );
  });

  it('Spanish "listo" is still a yes, and whole requests that say "list" keep their meaning', () => {
    const expected: [string, string][] = [
      ['listo', 'confirm'],
      ['ya estoy listo', 'confirm'],
      ['add me to the list for the expo pass', 'join_waitlist'],
      ['me coloca na lista', 'join_waitlist'],
      ['am I still on the list?', 'waitlist_status'],
      ['¿sigo en la lista?', 'waitlist_status'],
      ['take me off the list please', 'leave_waitlist'],
      ['sácame de la lista', 'leave_waitlist'],
      ['list the commands', 'help'],
    ];
    for (const [text, intent] of expected) {
      const u = read(text);
      expect({ text, intent: u.intent }).toEqual({ text, intent });
      expect(u.confidence, text).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    }
  });
});
