import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { LeadView } from './list-sponsor-leads.js';

export const LEAD_CSV_COLUMNS = [
  'consented_at',
  'name',
  'role',
  'company',
  'interests',
  'industry',
  'email',
  'phone',
  'temperature',
  'score',
  'reasons',
  'rating',
  'notes',
] as const;

/**
 * A sponsor's leads as CSV (newest first), in the event's time zone. Fields the attendee did not agree to
 * share are empty. Cells starting with = + - @ are prefixed with ' so a spreadsheet never runs them as
 * formulas (CSV injection, https://owasp.org/www-community/attacks/CSV_Injection).
 */
export function exportLeadsCsv(leads: LeadView[], timezone: string): Buffer {
  const safe = (v: string | number | null) => {
    if (v === null) return '';
    const s = String(v);
    return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  };
  const rows = leads.map((l) => [
    DateTime.fromJSDate(l.consentedAt, { zone: timezone }).toFormat("yyyy-MM-dd'T'HH:mmZZ"),
    safe(l.name),
    safe(l.role),
    safe(l.company),
    safe(l.interests?.join('; ') ?? null),
    safe(l.industry),
    safe(l.email),
    l.phone ?? '', // E.164 from our own records: its leading + is not a formula
    l.temperature,
    l.score,
    safe(l.factors.map((f) => f.label).join('; ')),
    l.rating ?? '',
    safe(l.notes),
  ]);
  return Buffer.from(stringify(rows, { header: true, columns: [...LEAD_CSV_COLUMNS] }), 'utf8');
}
