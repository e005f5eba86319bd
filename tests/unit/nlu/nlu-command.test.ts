import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../../bots/commands/nlu.js';
import { DEMO_EVENT_PATH } from '../../../scripts/bench/nlu.js';

async function runNlu(args: string[], input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await run(args, { stdin: Readable.from([input]), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

describe('eventos nlu', () => {
  it('answers every stdin line with one JSON line, including empty lines and a last line without newline', async () => {
    const { code, stdout } = await runNlu(
      ['--event', DEMO_EVENT_PATH],
      'book me a VIP ticket please\n\ncan I meet Grace at 3pm?\r\nwhat is the wifi password',
    );
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      text: 'book me a VIP ticket please',
      intent: 'book_tickets',
      slots: { quantity: 1, tier: 'vip' },
    });
    expect(lines[1]).toMatchObject({ text: '', intent: 'out_of_scope', slots: {} });
    expect(lines[2]).toMatchObject({
      text: 'can I meet Grace at 3pm?',
      intent: 'request_meeting',
      slots: { person: 'a-grace', time: '15:00' },
    });
    expect(lines[3]).toMatchObject({ intent: 'faq', slots: { faq: 'faq-wifi' } });
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['text', 'intent', 'slots', 'confidence']);
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('resolves relative dates against --now', async () => {
    const { stdout } = await runNlu(
      ['--event', DEMO_EVENT_PATH, '--now', '2026-12-10T08:00:00Z'],
      'meet Bob tomorrow at 11\n',
    );
    expect(JSON.parse(stdout).slots).toEqual({ person: 'a-bob', time: '11:00', date: '2026-12-11' });
  });

  it('exits 2 with a message when --event is missing, unreadable or invalid', async () => {
    const missing = await runNlu([], '');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--event/);
    const unreadable = await runNlu(['--event', '/nonexistent/event.json'], '');
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/Cannot read/);
    const invalid = await runNlu(['--event', DEMO_EVENT_PATH, '--now', 'yesterday'], '');
    expect(invalid.code).toBe(2);
  });
});
