import type { DoctorReport } from './run-doctor.js';

const MARK = { ok: '✓', fail: '✗', skip: '–' } as const;

/** One line per check, with what to do under each failure, and a summary. */
export function formatReport(report: DoctorReport): string {
  const lines: string[] = [];
  for (const c of report.checks) {
    lines.push(`${MARK[c.status]} ${c.title}: ${c.detail}`);
    if (c.status === 'fail' && c.fix) lines.push(`    → ${c.fix}`);
  }
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  lines.push('', failed === 0 ? 'All checks passed.' : `${failed} check(s) failed.`);
  return `${lines.join('\n')}\n`;
}
