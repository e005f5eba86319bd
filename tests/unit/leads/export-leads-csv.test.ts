import { describe, expect, it } from 'vitest';
import { exportLeadsCsv } from '../../../core/services/leads/export-leads-csv.js';
import type { LeadView } from '../../../core/services/leads/list-sponsor-leads.js';
import { sampleLead } from '../../fixtures/sample-lead.js';
import { parseCommand } from '../../support/parse-organizer-command.js';

const lead = (over: Partial<LeadView>): LeadView =>
  sampleLead({
    name: 'Alice Martins',
    company: 'Tramway Labs',
    factors: [{ code: 'demo_request', label: 'asked for a demo', points: 25 }],
    rating: 4,
    notes: 'pilot, "Q1"',
    consentedAt: new Date('2026-12-10T10:05:00Z'),
    ...over,
  });

describe('exportLeadsCsv', () => {
  it('writes one row per lead in the event’s zone, quoting as CSV needs, leaving unshared fields empty', () => {
    const csv = exportLeadsCsv(
      [lead({}), lead({ name: 'Carla Souza', phone: '+15550100103', rating: null })],
      'Europe/Lisbon',
    )
      .toString('utf8')
      .trim()
      .split('\n');
    expect(csv).toEqual([
      'consented_at,name,role,company,interests,industry,email,phone,temperature,score,reasons,rating,notes',
      '2026-12-10T10:05+00:00,Alice Martins,CTO,Tramway Labs,kubernetes; postgres,,,,hot,85,asked for a demo,4,"pilot, ""Q1"""',
      '2026-12-10T10:05+00:00,Carla Souza,CTO,Tramway Labs,kubernetes; postgres,,,+15550100103,hot,85,asked for a demo,,"pilot, ""Q1"""',
    ]);
  });

  it('defuses spreadsheet formulas typed into a profile or a note', () => {
    const csv = exportLeadsCsv(
      [lead({ company: '=HYPERLINK("http://x")', notes: '@SUM(A1)' })],
      'UTC',
    ).toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'@SUM(A1)");
  });
});

describe('/eventos leads', () => {
  it('takes a sponsor name, and asks for one when missing', () => {
    expect(parseCommand('leads Acme Cloud')).toEqual({ name: 'leads', sponsor: 'Acme Cloud' });
    expect(parseCommand('leads')).toMatchObject({ name: 'invalid' });
    expect(parseCommand('leads fields Name, company  phone')).toEqual({
      name: 'leads fields',
      fields: ['name', 'company', 'phone'],
    });
    expect(parseCommand('leads fields')).toEqual({ name: 'leads fields' });
  });
});
