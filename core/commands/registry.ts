import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { Command, CommandContext, CommandReply, Role, Seat } from './command.js';

interface Parsed {
  /** The command's registered name. */
  name: string;
  role: Role;
  /** The command's own refusal, if it has one. */
  refused(): CommandReply | null;
}

/** A command with its arguments read, ready to run (its argument and outcome types stay inside). */
export interface ReadyCommand extends Parsed {
  kind: 'ready';
  runs: Command<unknown, unknown>['runs'];
  args: unknown;
  /** Runs the command and puts its outcome into words. */
  run(ctx: CommandContext): Promise<CommandReply>;
  /** The command's own "working on it" ack, if it has one. */
  working(seat: Seat): OrganizerNote | null;
}

/** A known command with arguments it cannot read: its usage is shown (after the requester's seat is checked). */
export interface MalformedCommand extends Parsed {
  kind: 'malformed';
  usage: OrganizerNote | null;
}

export type ParsedCommand = ReadyCommand | MalformedCommand;

type Reader = (input: string, name: string) => ParsedCommand;

function readerOf<Args, Outcome>(command: Command<Args, Outcome>): Reader {
  const base = { name: command.name, role: command.role, refused: () => command.refused?.() ?? null };
  return (input, name) => {
    const args = command.parse(input, name);
    if (args === null) return { ...base, kind: 'malformed', usage: command.usage?.() ?? null };
    return {
      ...base,
      kind: 'ready',
      runs: command.runs,
      args,
      run: async (ctx) => command.reply(await command.run(ctx, args)),
      working: (seat) => command.working?.(args, seat) ?? null,
    };
  };
}

/** What a typed command is logged as: its first word, and the rest exactly as typed. */
export interface LoggedText {
  command: string;
  args: string;
}

/** The text after the first `n` words, spacing and line breaks inside it kept. */
function afterWords(text: string, n: number): string {
  let rest = text.trim();
  for (let i = 0; i < n; i++) rest = rest.replace(/^\S+\s*/, '');
  return rest.trim();
}

/**
 * Commands by name, like the attendee skills by intent. Typed text is matched on its first words (`faq edit`
 * before `faq`); anything unknown goes to the fallback (help, or the only command of `/leads`).
 */
export class CommandRegistry {
  readonly #byName = new Map<string, Reader>();
  #fallback: { name: string; read: Reader } | null = null;
  /** Set when the slash command is the command (`/leads`): logged under it, the whole text as its args. */
  readonly #logAs: string | null;
  #longestName = 1;

  constructor(options: { logAs?: string } = {}) {
    this.#logAs = options.logAs ?? null;
  }

  add<Args, Outcome>(command: Command<Args, Outcome>): this {
    const read = readerOf(command);
    for (const name of [command.name, ...(command.aliases ?? [])]) {
      if (this.#byName.has(name)) throw new Error(`command ${name} registered twice`);
      this.#byName.set(name, read);
      this.#longestName = Math.max(this.#longestName, name.split(' ').length);
    }
    return this;
  }

  /** What typed text matching no name runs, with the whole text as its input. */
  otherwise<Args, Outcome>(command: Command<Args, Outcome>): this {
    this.#fallback = { name: command.name, read: readerOf(command) };
    return this;
  }

  /** Every name and alias, e.g. to subscribe to a chat's buttons. */
  names(): string[] {
    return [...this.#byName.keys()];
  }

  /** A typed command (`capacity vip +10`); null when nothing matches and there is no fallback. */
  parse(text: string): ParsedCommand | null {
    const words = text.trim().split(/\s+/).filter(Boolean);
    for (let n = Math.min(this.#longestName, words.length); n >= 1; n--) {
      const name = words.slice(0, n).join(' ').toLowerCase();
      const read = this.#byName.get(name);
      if (read) return read(afterWords(text, n), name);
    }
    return this.#fallback ? this.#fallback.read(text.trim(), this.#fallback.name) : null;
  }

  /** A button or form by its name, with its value; null when no command has that name. */
  read(name: string, input: string): ParsedCommand | null {
    return this.#byName.get(name)?.(input, name) ?? null;
  }

  /** How typed text is logged (`organizer_commands.command` and `args`), and read back by the job. */
  logEntry(text: string): LoggedText {
    if (this.#logAs) return { command: this.#logAs, args: text.trim() };
    const [first = 'help'] = text.trim().split(/\s+/).filter(Boolean);
    return { command: first.toLowerCase().slice(0, 64), args: afterWords(text, 1) };
  }

  textOf(logged: LoggedText): string {
    return this.#logAs ? logged.args : `${logged.command} ${logged.args}`;
  }
}
