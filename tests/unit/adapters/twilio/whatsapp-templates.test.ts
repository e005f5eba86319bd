import { describe, expect, it } from 'vitest';
import {
  fillVariables,
  templateProblems,
} from '../../../../adapters/channels/twilio/templates/check-template.js';
import { WHATSAPP_TEMPLATES } from '../../../../adapters/channels/twilio/templates/index.js';
import {
  friendlyName,
  TEMPLATE_LANGUAGES,
  type TemplateDefinition,
} from '../../../../adapters/channels/twilio/templates/template.js';
import { configSchema } from '../../../../bots/config.js';
import {
  invitationNotice,
  reminderNotice,
  updateNotice,
} from '../../../../core/services/networking/meeting-messages.js';
import { buildOfferMessage } from '../../../../core/services/waitlist/offer-message.js';
import { TEMPLATE_NAMES } from '../../../../core/template-names.js';

const byName = (name: string) => {
  const t = WHATSAPP_TEMPLATES.find((x) => x.name === name);
  if (!t) throw new Error(`no template ${name}`);
  return t;
};
const templates = { request: 'meeting_request', reminder: 'meeting_reminder', update: 'meeting_update' };

describe('WhatsApp templates as code', () => {
  it.each(WHATSAPP_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s passes WhatsApp limits in en, pt and es',
    (_, t) => {
      expect(templateProblems(t)).toEqual([]);
      for (const language of TEMPLATE_LANGUAGES) {
        const rendered = fillVariables(
          t.languages[language].body,
          Object.fromEntries(Object.entries(t.variables).map(([n, v]) => [n, v.sample])),
        );
        expect(rendered).not.toMatch(/\{\{/);
      }
    },
  );

  it('has one definition per template name the code sends, with unique friendly names, and no SID in config', () => {
    expect(WHATSAPP_TEMPLATES.map((t) => t.name).sort()).toEqual(Object.values(TEMPLATE_NAMES).sort());
    const friendly = WHATSAPP_TEMPLATES.flatMap((t) => TEMPLATE_LANGUAGES.map((l) => friendlyName(t, l)));
    expect(new Set(friendly).size).toBe(WHATSAPP_TEMPLATES.length * 3);
    expect(Object.keys(configSchema.shape).filter((k) => /TEMPLATE|_SID$/.test(k))).toEqual([
      'TWILIO_ACCOUNT_SID',
    ]);
  });

  it('declares exactly the variables the code sends', () => {
    const offer = buildOfferMessage(
      {
        promotionId: 'p-1',
        firstName: 'Ana',
        eventName: 'DevSummit',
        tierName: 'VIP',
        seats: 2,
        unitPriceCents: 12000,
        currency: 'EUR',
        expiresAt: new Date('2026-12-10T14:35:00Z'),
        timezone: 'Europe/Lisbon',
      },
      { inWindow: false, templateId: 'waitlist_offer' },
    );
    if (offer.kind !== 'template') throw new Error('expected a template outside the window');
    const slot = {
      startsAt: new Date('2026-12-10T14:30:00Z'),
      endsAt: new Date('2026-12-10T14:50:00Z'),
      zone: 'Europe/Lisbon',
    };
    const sent: [string, Record<string, string>][] = [
      ['waitlist_offer', offer.variables],
      [
        'meeting_request',
        invitationNotice(templates, {
          meetingId: 'm-1',
          inviteeName: 'Ana Silva',
          requesterName: 'Rui Costa',
          requesterRole: 'SRE',
          slot,
        })('pt').template.variables,
      ],
      [
        'meeting_reminder',
        reminderNotice(templates, {
          name: 'Ana',
          other: 'Rui',
          otherRole: 'SRE',
          location: 'Lounge',
          slot,
        })('es').template.variables,
      ],
      ['meeting_update', updateNotice(templates, () => 'Rui accepted.')('en').template.variables],
    ];
    for (const [name, variables] of sent)
      expect(Object.keys(variables).sort(), name).toEqual(Object.keys(byName(name).variables).sort());
  });

  it('reports each thing WhatsApp would refuse', () => {
    const broken: TemplateDefinition = {
      name: 'broken',
      version: 1,
      category: 'UTILITY',
      variables: { '1': { means: 'a', sample: 'two\nlines' }, '3': { means: 'c', sample: 'x'.repeat(1100) } },
      languages: {
        en: {
          body: '{{1}}{{3}} and {name} {{4}}',
          quickReplies: [
            { id: 'a', title: 'A title much longer than twenty' },
            { id: 'b', title: '{{1}}' },
            { id: 'c', title: 'C' },
            { id: 'd', title: 'D' },
          ],
        },
        pt: { body: 'Olá {{1}} e {{3}}, até já.' },
        es: { body: 'Hola {{1}}.' },
      },
    };
    const problems = templateProblems(broken).join('\n');
    expect(problems).toMatch(/numbered 1..2, found 3/);
    expect(problems).toMatch(/variable 1: a value may not hold line breaks/);
    expect(problems).toMatch(/broken \(en\): the body may not start with a variable/);
    expect(problems).toMatch(/broken \(en\): the body may not end with a variable/);
    expect(problems).toMatch(/broken \(en\): two variables side by side/);
    expect(problems).toMatch(/broken \(en\): \d+ characters with samples \(max 1024\)/);
    expect(problems).toMatch(/broken \(en\): 4 quick replies \(max 3\)/);
    expect(problems).toMatch(/button "A title much longer than twenty" must be 1–20 characters/);
    expect(problems).toMatch(/button "\{\{1\}\}" may not hold a variable/);
    expect(problems).toMatch(/broken \(en\): \{\{4\}\} is not declared/);
    expect(problems).toMatch(/broken \(es\): variable 3 is declared but not used/);
    // pt is well formed; only the long sample overflows it.
    expect(templateProblems(broken).filter((p) => p.includes('(pt)'))).toEqual([
      'broken (pt): 1125 characters with samples (max 1024)',
    ]);
  });
});
