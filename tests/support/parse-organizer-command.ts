import { createOrganizerCommands } from '../../core/commands/index.js';

const commands = createOrganizerCommands();

/** What `/eventos <text>` reads as: `{ name, ...args }`, or `invalid` with its usage line. */
export function parseCommand(text: string): Record<string, unknown> {
  const parsed = commands.parse(text);
  if (!parsed) throw new Error('the organizer commands have a fallback');
  if (parsed.kind === 'malformed') return { name: 'invalid', usage: parsed.usage?.text };
  return { name: parsed.name, ...(parsed.args as object) };
}
