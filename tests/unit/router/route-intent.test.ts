import { describe, expect, it } from 'vitest';
import type { Intent, Slots } from '../../../core/nlu/label-schema.js';
import { type DialogState, emptyDialogState } from '../../../core/router/dialog-state.js';
import { routeIntent } from '../../../core/router/route-intent.js';
import { type SkillContext, SkillRegistry } from '../../../core/router/skill.js';
import { messageContext, NOW as now } from '../../support/message-context.js';

function ctx(
  intent: Intent,
  slots: Slots = {},
  state: DialogState = emptyDialogState(),
  confidence = 0.9,
): SkillContext {
  return messageContext({ understood: { intent, slots, confidence }, state });
}

/** Skills that echo what they were called with, so the tests see the router's decisions. */
const echo = new SkillRegistry({})
  .on('talk_to_human', async (c) => ({
    replies: [{ kind: 'text', text: `human confirmation=${c.confirmation}` }],
  }))
  .on('agenda', async (c) =>
    c.understood.slots.time
      ? {
          replies: [
            { kind: 'text', text: `agenda at ${c.understood.slots.time} on ${c.understood.slots.date}` },
          ],
        }
      : {
          replies: [{ kind: 'text', text: 'which time?' }],
          pending: {
            intent: 'agenda',
            slots: c.understood.slots,
            awaiting: 'time',
            askedAt: now.toISOString(),
          },
        },
  )
  .on('out_of_scope', async () => ({ replies: [{ kind: 'text', text: 'sorry?' }], misunderstood: true }));

const texts = (o: { result: { replies: { kind: string; text?: string }[] } }) =>
  o.result.replies.map((r) => r.text);

describe('routeIntent', () => {
  it('resumes the pending intent when the person confirms', async () => {
    const state: DialogState = {
      misunderstood: 0,
      pending: { intent: 'talk_to_human', slots: {}, awaiting: 'confirm', askedAt: now.toISOString() },
    };
    const out = await routeIntent(echo, ctx('confirm', {}, state));
    expect(texts(out)).toEqual(['human confirmation=true']);
    expect(out.state.pending).toBeUndefined();
  });

  it('passes a refusal to the pending intent', async () => {
    const state: DialogState = {
      misunderstood: 0,
      pending: { intent: 'talk_to_human', slots: {}, awaiting: 'confirm', askedAt: now.toISOString() },
    };
    expect(texts(await routeIntent(echo, ctx('deny', {}, state)))).toEqual(['human confirmation=false']);
  });

  it('fills a missing slot from the next message and keeps the earlier slots', async () => {
    const first = await routeIntent(echo, ctx('agenda', { date: '2026-12-11' }));
    expect(first.state.pending?.awaiting).toBe('time');
    const second = await routeIntent(echo, ctx('out_of_scope', { time: '14:00' }, first.state, 0.3));
    expect(texts(second)).toEqual(['agenda at 14:00 on 2026-12-11']);
  });

  it('says there is nothing to confirm when "yes" arrives with nothing pending', async () => {
    const out = await routeIntent(echo, ctx('confirm'));
    expect(texts(out)[0]).toMatch(/nothing waiting/);
  });

  it('treats low confidence as not understood', async () => {
    const out = await routeIntent(echo, ctx('agenda', {}, emptyDialogState(), 0.2));
    expect(texts(out)).toEqual(['sorry?']);
    expect(out.state.misunderstood).toBe(1);
  });

  it('offers a human after repeated misunderstanding, and "yes" then reaches the handoff skill', async () => {
    const once = await routeIntent(echo, ctx('out_of_scope', {}, emptyDialogState(), 0.1));
    const twice = await routeIntent(echo, ctx('out_of_scope', {}, once.state, 0.1));
    expect(texts(twice)[0]).toMatch(/person from the team/);
    expect(twice.state.pending).toMatchObject({ intent: 'talk_to_human', awaiting: 'confirm' });
    expect(twice.state.lastButtons?.map((b) => b.id)).toEqual(['confirm', 'deny']);
    const yes = await routeIntent(echo, ctx('confirm', {}, twice.state));
    expect(texts(yes)).toEqual(['human confirmation=true']);
    expect(yes.state.misunderstood).toBe(0);
  });

  it('sends action buttons to their registered action, and says so when the action is gone', async () => {
    const registry = new SkillRegistry({}).onAction('claim-offer', async (c) => ({
      replies: [{ kind: 'text', text: `claimed ${c.action?.arg}` }],
    }));
    expect(
      texts(await routeIntent(registry, { ...ctx('confirm'), action: { name: 'claim-offer', arg: 'p1' } })),
    ).toEqual(['claimed p1']);
    expect(
      texts(await routeIntent(registry, { ...ctx('confirm'), action: { name: 'vanished', arg: 'p1' } }))[0],
    ).toMatch(/doesn't do anything/);
  });

  it('answers intents without a skill honestly instead of pretending', async () => {
    const out = await routeIntent(echo, ctx('find_matches', { interests: ['postgres'] }));
    expect(texts(out)[0]).toMatch(/isn't available yet/);
  });
});
