import { describe, expect, it } from 'vitest';
import { renderAsText } from '../../../core/messages.js';
import { leadAlertMessage } from '../../../core/replies/lead-alert-message.js';
import { leadWhy } from '../../../core/replies/lead-why.js';
import { scoreLead } from '../../../core/services/leads/score-lead.js';
import { sampleLead } from '../../fixtures/sample-lead.js';

const acme = { roles: ['CTO'], interests: ['kubernetes', 'postgres'] };
const { factors } = scoreLead({ role: 'CTO', interests: ['Kubernetes', 'postgres'] }, acme, {
  boothVisits: 1,
  demoRequested: true,
  sessionsOnTopic: 2,
});

describe('why a lead is hot, in the language of the sponsor’s contact', () => {
  it('words every factor from its code and facts; the person’s own words stay as they are', () => {
    expect(leadWhy(factors, 'en')).toBe(
      'role matches: CTO; shared interests: kubernetes, postgres; asked for a demo; visited the booth; attended 2 sessions on their topics',
    );
    expect(leadWhy(factors, 'pt')).toBe(
      'função procurada: CTO; interesses em comum: kubernetes, postgres; pediu uma demonstração; visitou o stand; assistiu a 2 sessões sobre os vossos temas',
    );
    expect(leadWhy(factors, 'es')).toBe(
      'puesto buscado: CTO; intereses en común: kubernetes, postgres; pidió una demo; visitó el stand; asistió a 2 sesiones sobre vuestros temas',
    );
  });

  it('English stays as the organizers’ label says it (one wording for Slack, the CSV and English WhatsApp)', () => {
    expect(leadWhy(factors, 'en')).toBe(factors.map((f) => f.label).join('; '));
  });

  it('counts with plurals per language', () => {
    const one = scoreLead({ role: '', interests: [] }, acme, {
      boothVisits: 0,
      demoRequested: false,
      sessionsOnTopic: 1,
    }).factors;
    expect(leadWhy(one, 'pt')).toBe('assistiu a 1 sessão sobre os vossos temas');
    expect(leadWhy(one, 'es')).toBe('asistió a 1 sesión sobre vuestros temas');
  });

  it('a factor stored before its facts were (or of an unknown code) keeps its stored label', () => {
    const old = [
      { code: 'role_match', label: 'role matches: CTO', points: 30 },
      { code: 'something_new', label: 'spoke at the booth', points: 5 },
      { code: 'demo_request', label: 'asked for a demo', points: 25 },
    ];
    expect(leadWhy(old, 'es')).toBe('role matches: CTO; spoke at the booth; pidió una demo');
  });

  it('the WhatsApp alert and its template variable say why in the contact’s language', () => {
    const lead = sampleLead({ factors });
    const inWindow = leadAlertMessage(lead, 'Acme Cloud', { inWindow: true, templateId: 't', locale: 'pt' });
    expect(renderAsText(inWindow)).toContain(`Porquê: ${leadWhy(factors, 'pt')}`);
    expect(renderAsText(inWindow)).not.toMatch(/role matches|asked for a demo/);
    const outside = leadAlertMessage(lead, 'Acme Cloud', { inWindow: false, templateId: 't', locale: 'es' });
    expect(outside).toMatchObject({ kind: 'template', variables: { '3': leadWhy(factors, 'es') } });
  });
});
