import { defineTemplate } from './template.js';

/** core/replies/lead-digest-message.ts: the day's leads for a sponsor without Slack, outside 24 h. */
export const sponsorLeadDigest = defineTemplate({
  name: 'sponsor_lead_digest',
  version: 1,
  category: 'UTILITY',
  variables: {
    '1': { means: 'sponsor', sample: 'Acme Cloud' },
    '2': { means: 'how many leads', sample: '3' },
    '3': {
      means: 'the leads in one line',
      sample: 'Ana Silva, CTO (hot); Rui Costa, SRE (warm); Eva Lima (cold)',
    },
  },
  languages: {
    en: { body: "Today's leads for {{1}}: {{2}}.\n\n{{3}}\n\nThank you for exhibiting." },
    pt: { body: 'Contactos de hoje para {{1}}: {{2}}.\n\n{{3}}\n\nObrigado por expor connosco.' },
    es: { body: 'Contactos de hoy para {{1}}: {{2}}.\n\n{{3}}\n\nGracias por exponer con nosotros.' },
  },
});
