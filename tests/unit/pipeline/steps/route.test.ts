import { describe, expect, it } from 'vitest';
import { route } from '../../../../core/pipeline/steps/route.js';
import { SkillRegistry } from '../../../../core/router/skill.js';
import { inboundTurn } from '../../../support/message-context.js';

const skills = new SkillRegistry({}).on('agenda', async (ctx) => ({
  replies: [{ kind: 'text', text: `agenda for ${ctx.event.name}` }],
}));

describe('the route step', () => {
  it("ends the chain with the router's choice of skill and the next dialog state", async () => {
    const turn = inboundTurn({ understood: { intent: 'agenda', slots: {}, confidence: 0.9 } });
    expect(await route(skills)(turn)).toEqual({
      kind: 'routed',
      outcome: {
        intent: 'agenda',
        result: { replies: [{ kind: 'text', text: 'agenda for DevSummit' }] },
        state: { misunderstood: 0 },
      },
    });
  });
});
