import { defineTemplate } from './template.js';

/** core/services/waitlist/offer-message.ts: seats freed for someone on the waiting list, outside 24 h. */
export const waitlistOffer = defineTemplate({
  name: 'waitlist_offer',
  version: 1,
  category: 'UTILITY',
  variables: {
    '1': { means: 'first name', sample: 'Ana' },
    '2': { means: 'seats', sample: '2' },
    '3': { means: 'tier', sample: 'VIP' },
    '4': { means: 'event', sample: 'DevSummit 2026' },
    '5': { means: 'held until', sample: '14:35 WET, Thu 10 Dec' },
    '6': { means: 'total price', sample: '€240.00' },
    '7': { means: 'offer id (button payload)', sample: '6f1c2d3e-0000-4000-8000-000000000001' },
  },
  languages: {
    en: {
      body: 'Good news, {{1}}! {{2}} seat(s) for {{3}} at {{4}} just opened up. I am holding them for you until {{5}} (total {{6}}). Claim to book, or Pass to give them to the next person.',
      quickReplies: [
        { id: 'act:claim-offer:{{7}}', title: 'Claim' },
        { id: 'act:pass-offer:{{7}}', title: 'Pass' },
      ],
    },
    pt: {
      body: 'Boas notícias, {{1}}! Abriram {{2}} lugar(es) em {{3}} no {{4}}. Estão reservados para si até {{5}} (total {{6}}). Reserve para comprar, ou Passe para os dar à pessoa seguinte.',
      quickReplies: [
        { id: 'act:claim-offer:{{7}}', title: 'Reservar' },
        { id: 'act:pass-offer:{{7}}', title: 'Passar' },
      ],
    },
    es: {
      body: '¡Buenas noticias, {{1}}! Se liberaron {{2}} plaza(s) de {{3}} en {{4}}. Te las guardo hasta {{5}} (total {{6}}). Reserva para comprar, o Pasa para dárselas a la siguiente persona.',
      quickReplies: [
        { id: 'act:claim-offer:{{7}}', title: 'Reservar' },
        { id: 'act:pass-offer:{{7}}', title: 'Pasar' },
      ],
    },
  },
});
