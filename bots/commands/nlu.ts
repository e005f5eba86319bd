import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { catalogFromEventFile, type EventCatalog } from '../../core/catalog/event-catalog.js';
import { parseEventFile } from '../../core/catalog/event-file.js';
import { understandText } from '../../core/nlu/local-understanding.js';
import type { CommandIo } from './command-io.js';

const USAGE = 'Usage: eventos nlu --event FILE.json [--now ISO-8601]\n';

interface NluOptions {
  eventPath: string;
  now: Date | undefined;
}

function parseArgs(args: string[]): NluOptions | string {
  let eventPath: string | undefined;
  let nowText: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--event') eventPath = value();
    else if (flag === '--now') nowText = value();
    else return `Unknown argument "${arg}".`;
  }
  if (!eventPath) return 'Missing --event FILE.json.';
  if (nowText === undefined) return { eventPath, now: undefined };
  const now = new Date(nowText);
  return Number.isNaN(now.getTime())
    ? `Invalid --now "${nowText}": expected an ISO-8601 date-time.`
    : { eventPath, now };
}

async function loadCatalog(path: string): Promise<EventCatalog | string> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    return `Cannot read event file "${path}": ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    return catalogFromEventFile(parseEventFile(JSON.parse(raw)));
  } catch (error) {
    return `Invalid event file "${path}": ${error instanceof Error ? error.message : String(error)}`;
  }
}

function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> | undefined {
  // Respect backpressure so a large input piped to a slow reader doesn't buffer everything in memory.
  if (stream.write(chunk)) return undefined;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

/**
 * `eventos nlu --event FILE`: one utterance per stdin line → one JSON object per stdout line, offline and
 * in input order. Every line is answered, an empty one too, so outputs pair up with inputs by line number.
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr.write(`${options}\n${USAGE}`);
    return 2;
  }
  const catalog = await loadCatalog(options.eventPath);
  if (typeof catalog === 'string') {
    io.stderr.write(`${catalog}\n`);
    return 2;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const text = line.replace(/\r$/, '');
    const { intent, slots, confidence } = understandText(text, catalog, options.now ?? new Date());
    const pending = write(io.stdout, `${JSON.stringify({ text, intent, slots, confidence })}\n`);
    if (pending) await pending;
  }
  return 0;
}
