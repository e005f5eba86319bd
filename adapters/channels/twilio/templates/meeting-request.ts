import { defineTemplate } from './template.js';

/** core/services/networking/meeting-messages.ts: someone asks to meet, outside 24 h. */
export const meetingRequest = defineTemplate({
  name: 'meeting_request',
  version: 1,
  category: 'UTILITY',
  variables: {
    '1': { means: 'first name', sample: 'Ana' },
    '2': { means: 'who asks', sample: 'Rui Costa' },
    '3': { means: 'their role', sample: 'SRE' },
    '4': { means: 'when and where', sample: 'Thu 10 Dec 14:30, Lounge A' },
    '5': { means: 'meeting id (button payload)', sample: '6f1c2d3e-0000-4000-8000-000000000003' },
  },
  languages: {
    en: {
      body: 'Hi {{1}}, {{2}} ({{3}}) would like to meet you: {{4}}. Would you like to?',
      quickReplies: [
        { id: 'act:meeting-accept:{{5}}', title: 'Accept' },
        { id: 'act:meeting-decline:{{5}}', title: 'Decline' },
        { id: 'act:meeting-other:{{5}}', title: 'Suggest another time' },
      ],
    },
    pt: {
      body: 'Olá {{1}}, {{2}} ({{3}}) gostaria de se encontrar consigo: {{4}}. Aceita?',
      quickReplies: [
        { id: 'act:meeting-accept:{{5}}', title: 'Aceitar' },
        { id: 'act:meeting-decline:{{5}}', title: 'Recusar' },
        { id: 'act:meeting-other:{{5}}', title: 'Outra hora' },
      ],
    },
    es: {
      body: 'Hola {{1}}, {{2}} ({{3}}) quiere reunirse contigo: {{4}}. ¿Te parece bien?',
      quickReplies: [
        { id: 'act:meeting-accept:{{5}}', title: 'Aceptar' },
        { id: 'act:meeting-decline:{{5}}', title: 'Rechazar' },
        { id: 'act:meeting-other:{{5}}', title: 'Otra hora' },
      ],
    },
  },
});
