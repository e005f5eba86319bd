import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../../core/nlu/label-schema.js';
import { createSkillRegistry } from '../../../core/skills/index.js';

describe('the shipped skills', () => {
  it('serve every intent the NLU can produce (yes/no are answers the router routes to the pending skill)', () => {
    const registry = createSkillRegistry();
    const answers = new Set(['confirm', 'deny']);
    const missing = INTENTS.filter((intent) => !answers.has(intent) && !registry.get(intent));
    expect(missing).toEqual([]);
  });
});
