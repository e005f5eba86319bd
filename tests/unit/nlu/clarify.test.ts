import { describe, expect, it } from 'vitest';
import type { Button, InboundMessage } from '../../../core/messages.js';
import type { Understood } from '../../../core/nlu/label-schema.js';
import { understandText } from '../../../core/nlu/local-understanding.js';
import { resolveChoice } from '../../../core/pipeline/resolve-choice.js';
import { emptyDialogState } from '../../../core/router/dialog-state.js';
import { MIN_CONFIDENCE, routeIntent } from '../../../core/router/route-intent.js';
import { SkillRegistry } from '../../../core/router/skill.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';
import { messageContext } from '../../support/message-context.js';

const demo = loadDemoCatalog();
const now = evaluationNow(demo);
const tap = (payload: string): InboundMessage => ({
  channel: 'whatsapp',
  providerMessageId: 'SM1',
  from: '+15550100101',
  receivedAt: new Date(),
  raw: {},
  kind: 'button',
  payload,
  text: 'x',
});

/** Skills that only say they were called: the clarifying question must call none of them. */
const called: string[] = [];
const registry = new SkillRegistry({})
  .on('book_tickets', async () => {
    called.push('book_tickets');
    return { replies: [{ kind: 'text', text: 'booking' }] };
  })
  .on('faq', async () => {
    called.push('faq');
    return { replies: [{ kind: 'text', text: 'faq' }] };
  })
  .on('out_of_scope', async () => {
    called.push('out_of_scope');
    return { replies: [{ kind: 'text', text: 'sorry?' }], misunderstood: true };
  });

const unsure: Understood = {
  intent: 'book_tickets',
  slots: { tier: 'vip' },
  confidence: 0.41,
  alternatives: [
    { intent: 'faq', slots: { faq: 'tickets', tier: 'vip' } },
    { intent: 'book_tickets', slots: { tier: 'vip' } },
  ],
};

async function ask(understood: Understood, locale: 'en' | 'pt' | 'es' = 'en') {
  called.length = 0;
  const ctx = messageContext({ understood, state: emptyDialogState(), locale, catalog: demo });
  return routeIntent(registry, ctx);
}

describe('an unsure reading gets a clarifying question with the two likeliest readings', () => {
  it('asks "did you mean … or …?" with both as buttons, and acts on neither', async () => {
    const out = await ask(unsure);
    expect(called).toEqual([]);
    const [reply] = out.result.replies;
    expect(reply?.kind).toBe('buttons');
    const { text, buttons } = reply as { text: string; buttons: Button[] };
    expect(text).toBe('Did you mean ticket prices & info (VIP) or booking tickets (VIP)?');
    expect(buttons.map((b) => b.title)).toEqual(['ticket prices & info (VIP)', 'booking tickets (VIP)']);
    // The router remembers the buttons ("1"/"2" and taps resolve against them) and counts a misunderstanding.
    expect(out.state.lastButtons).toEqual(buttons);
    expect(out.state.misunderstood).toBe(1);
  });

  it("asks in the person's language", async () => {
    const pt = (await ask(unsure, 'pt')).result.replies[0] as { text: string };
    expect(pt.text).toBe('Quis dizer preços e bilhetes (VIP) ou comprar bilhetes (VIP)?');
    const es = (await ask(unsure, 'es')).result.replies[0] as { text: string };
    expect(es.text).toBe('¿Querías decir precios y entradas (VIP) o comprar entradas (VIP)?');
  });

  it('a tap on a choice continues that reading with its slots', async () => {
    const { buttons } = (await ask(unsure)).result.replies[0] as { buttons: Button[] };
    expect(resolveChoice(tap(buttons[0]!.id), undefined)?.understood).toEqual({
      intent: 'faq',
      slots: { faq: 'tickets', tier: 'vip' },
      confidence: 1,
    });
    expect(resolveChoice(tap(buttons[1]!.id), undefined)?.understood.intent).toBe('book_tickets');
  });

  it('keeps only well-formed slots from a button id that came back altered', () => {
    const odd = 'intent:book_tickets:{"tier":5,"quantity":1000000000,"x":"y","person":"a-bob"}';
    expect(resolveChoice(tap(odd), undefined)?.understood.slots).toEqual({ person: 'a-bob' });
    expect(resolveChoice(tap('intent:book_tickets:{not json'), undefined)?.understood.slots).toEqual({});
  });

  it('without two real readings, an unsure message is still "not understood"', async () => {
    const out = await ask({ intent: 'book_tickets', slots: {}, confidence: 0.3 });
    expect(called).toEqual(['out_of_scope']);
    expect(out.intent).toBe('out_of_scope');
  });

  it('the offline understanding gives the choices only below the router floor', () => {
    const vague = [
      'the list',
      'lista',
      'cancel',
      'the vip thing',
      'la cosa esa',
      'hmm the thing',
      'the meeting',
      'the thing with alice',
      'something about the meeting',
    ];
    const read = vague.map((text) => understandText(text, demo, now));
    expect(read.filter((u) => u.alternatives).length).toBeGreaterThan(0);
    for (const u of read) {
      if (!u.alternatives) continue;
      expect(u.confidence).toBeLessThan(MIN_CONFIDENCE);
      const [a, b] = u.alternatives;
      expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
      for (const r of u.alternatives)
        expect(['out_of_scope', 'confirm', 'deny', 'greeting', 'thanks']).not.toContain(r.intent);
    }
    for (const text of ['what does a vip pass cost', 'book 2 vip tickets', 'whats the wifi pw']) {
      const sure = understandText(text, demo, now);
      expect(sure.confidence, text).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
      expect(sure.alternatives, text).toBeUndefined();
    }
  });
});
