import { defineTemplate } from './template.js';

/** core/replies/lead-alert-message.ts: a hot lead for a sponsor without Slack, outside 24 h. */
export const sponsorLead = defineTemplate({
  name: 'sponsor_lead',
  version: 1,
  category: 'UTILITY',
  variables: {
    '1': { means: 'sponsor', sample: 'Acme Cloud' },
    '2': { means: 'lead (name, role, company)', sample: 'Ana Silva, CTO at Lisbon Labs' },
    '3': { means: 'why it is hot', sample: 'role CTO; interests kubernetes, postgres' },
    '4': { means: 'lead id (button payload)', sample: '6f1c2d3e-0000-4000-8000-000000000002' },
  },
  languages: {
    en: {
      body: 'New hot lead for {{1}}: {{2}}. Why: {{3}}. Reply to rate this lead.',
      quickReplies: [
        { id: 'act:rate-lead:{{4}}:5', title: '★★★★★' },
        { id: 'act:rate-lead:{{4}}:3', title: '★★★' },
        { id: 'act:rate-lead:{{4}}:1', title: '★' },
      ],
    },
    pt: {
      body: 'Nova oportunidade quente para {{1}}: {{2}}. Porquê: {{3}}. Responda para avaliar este contacto.',
      quickReplies: [
        { id: 'act:rate-lead:{{4}}:5', title: '★★★★★' },
        { id: 'act:rate-lead:{{4}}:3', title: '★★★' },
        { id: 'act:rate-lead:{{4}}:1', title: '★' },
      ],
    },
    es: {
      body: 'Nuevo contacto prometedor para {{1}}: {{2}}. Por qué: {{3}}. Responde para valorar este contacto.',
      quickReplies: [
        { id: 'act:rate-lead:{{4}}:5', title: '★★★★★' },
        { id: 'act:rate-lead:{{4}}:3', title: '★★★' },
        { id: 'act:rate-lead:{{4}}:1', title: '★' },
      ],
    },
  },
});
