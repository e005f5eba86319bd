import { describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { DEFAULT_MEETING_TEMPLATES } from '../../../core/meeting-templates.js';
import { INTENTS } from '../../../core/nlu/label-schema.js';
import { createSkillRegistry } from '../../../core/skills/index.js';

describe('the shipped skills', () => {
  it('serve every intent the NLU can produce (yes/no are answers the router routes to the pending skill)', () => {
    const registry = createSkillRegistry({
      embedder: new HashedEmbedder(),
      faqSemantics: null,
      links: { ticketQrUrl: (reference) => `https://chat.test/qr/${reference}.png` },
      faces: { keyring: { currentKeyId: 'test', keys: new Map() }, matchThreshold: 0.5, retentionDays: 30 },
      meetingTemplates: DEFAULT_MEETING_TEMPLATES,
      payments: { provider: 'demo' },
    });
    const answers = new Set(['confirm', 'deny']);
    const missing = INTENTS.filter((intent) => !answers.has(intent) && !registry.get(intent));
    expect(missing).toEqual([]);
  });
});
