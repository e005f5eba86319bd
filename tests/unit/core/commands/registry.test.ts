import { describe, expect, it } from 'vitest';
import { answer, defineCommand, mayRun, type Seat } from '../../../../core/commands/command.js';
import { refusal } from '../../../../core/commands/execute-command.js';
import {
  createOrganizerButtons,
  createOrganizerCommands,
  createSponsorCommands,
} from '../../../../core/commands/index.js';
import { CommandRegistry } from '../../../../core/commands/registry.js';
import { helpNote, refusalNote } from '../../../../core/replies/organizer-notes.js';
import { notSponsorChannelNote } from '../../../../core/replies/organizer-sponsor-notes.js';

const staff: Seat = { role: 'staff', eventId: 'devsummit-2026', organizerId: 'o1' };
const organizer: Seat = { ...staff, role: 'organizer' };
const sponsor: Seat = {
  role: 'sponsor',
  eventId: 'devsummit-2026',
  sponsor: {
    id: 's1',
    eventId: 'devsummit-2026',
    timezone: 'Europe/Lisbon',
    code: 'acme-cloud',
    name: 'Acme Cloud',
    industry: 'cloud',
    booth: 'B01',
    targets: { roles: [], interests: [] },
    slackChannel: 'C0ACME001',
    whatsapp: null,
  },
};

const echo = (name: string, role: 'staff' | 'organizer' | 'sponsor') =>
  defineCommand({
    name,
    role,
    runs: 'queued',
    parse: (input) => (input === 'bad' ? null : { input }),
    run: async (_ctx, args) => args.input,
    reply: (input) => answer({ text: input }),
    usage: () => ({ text: `Usage: ${name}` }),
  });

describe('the command registry', () => {
  it('sends anything it does not know to help, and knows no button it was not given', async () => {
    const commands = createOrganizerCommands();
    for (const text of ['', 'dance', 'statistics please']) {
      const parsed = commands.parse(text);
      expect(parsed).toMatchObject({ kind: 'ready', name: 'help', role: 'staff', runs: 'at-once' });
    }
    expect(createOrganizerButtons().read('dance', 'x')).toBeNull();
    expect(new CommandRegistry().add(echo('stats', 'staff')).parse('dance')).toBeNull();
    expect(helpNote().sections?.[0]?.lines.some((l) => l.startsWith('`/eventos stats`'))).toBe(true);
  });

  it('matches the longest name first and keeps the rest of the text as typed', () => {
    const registry = new CommandRegistry().add(echo('faq', 'staff')).add(echo('faq edit', 'staff'));
    expect(registry.parse('FAQ  Edit wifi\n  now')).toMatchObject({
      name: 'faq edit',
      args: { input: 'wifi\n  now' },
    });
    expect(registry.parse('faq list')).toMatchObject({ name: 'faq', args: { input: 'list' } });
    expect(registry.parse('faq bad')).toMatchObject({ kind: 'malformed', usage: { text: 'Usage: faq' } });
    expect(() => registry.add(echo('faq', 'staff'))).toThrow(/twice/);
  });

  it('logs typed text as its first word and the rest, and reads it back the same', () => {
    const commands = createOrganizerCommands();
    const logged = commands.logEntry('Broadcast Doors open\n  at 9:00');
    expect(logged).toEqual({ command: 'broadcast', args: 'Doors open\n  at 9:00' });
    expect(commands.parse(commands.textOf(logged))).toMatchObject({
      name: 'broadcast',
      args: { message: 'Doors open\n  at 9:00' },
    });
    // `/leads` is the command itself: the whole text is its argument.
    const leads = createSponsorCommands();
    expect(leads.logEntry(' export ')).toEqual({ command: 'leads', args: 'export' });
    expect(leads.parse('export')).toMatchObject({
      name: 'leads',
      role: 'sponsor',
      args: { action: 'export' },
    });
    expect(leads.parse('leads')).toMatchObject({ args: { action: 'usage' } });
  });

  it('lets each seat run only the commands of its role', () => {
    expect([mayRun('staff', staff), mayRun('staff', organizer), mayRun('staff', sponsor)]).toEqual([
      true,
      true,
      false,
    ]);
    expect([
      mayRun('organizer', staff),
      mayRun('organizer', organizer),
      mayRun('organizer', sponsor),
    ]).toEqual([false, true, false]);
    expect([mayRun('sponsor', staff), mayRun('sponsor', organizer), mayRun('sponsor', sponsor)]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('refuses with the role’s words, or the command’s own', () => {
    const registry = new CommandRegistry()
      .add(echo('capacity', 'organizer'))
      .add(echo('leads', 'sponsor'))
      .add({ ...echo('save', 'staff'), refused: () => answer(null, { formErrors: { question: 'No.' } }) });
    expect(refusal(registry.parse('capacity vip 10')!)).toMatchObject({ note: refusalNote(), refused: true });
    expect(refusal(registry.parse('leads')!)).toMatchObject({ note: notSponsorChannelNote(), refused: true });
    // Even a malformed command is refused before its usage is shown.
    expect(refusal(registry.parse('capacity bad')!)).toMatchObject({ note: refusalNote() });
    expect(refusal(registry.read('save', '')!)).toMatchObject({
      note: null,
      formErrors: { question: 'No.' },
    });
  });
});
