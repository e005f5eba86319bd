#!/usr/bin/env node
/**
 * `npm run -s eventos -- <command>`: the one command-line entry point. Each command lives in
 * bots/commands/<name>.ts and is loaded only when used, so `nlu` stays offline and fast to start.
 */
import type { CommandIo } from './commands/command-io.js';

type CommandModule = { run(args: string[], io: CommandIo): Promise<number> };

const commands: Record<string, { describe: string; load: () => Promise<CommandModule> }> = {
  nlu: {
    describe: 'nlu --event FILE: utterances on stdin → JSONL intents/slots',
    load: () => import('./commands/nlu.js'),
  },
  services: {
    describe: 'services up|down|status: local Postgres (pgvector) and Redis',
    load: () => import('./commands/services.js'),
  },
  migrate: { describe: 'migrate: apply database migrations', load: () => import('./commands/migrate.js') },
  import: {
    describe: 'import FILE: create or update an event from an event file',
    load: () => import('./commands/import.js'),
  },
  demo: {
    describe: 'demo: services, migrate, import the demo event, serve the console',
    load: () => import('./commands/demo.js'),
  },
  chat: {
    describe: 'chat --event ID --from PHONE: talk to the bot in the terminal',
    load: () => import('./commands/chat.js'),
  },
  serve: {
    describe: 'serve: the HTTP server (webhooks, console, health)',
    load: () => import('./commands/serve.js'),
  },
  worker: { describe: 'worker: delivery and background jobs', load: () => import('./commands/worker.js') },
  doctor: {
    describe: 'doctor [--json]: check a deployment (config, database, Redis, Twilio, Slack, media)',
    load: () => import('./commands/doctor.js'),
  },
  twilio: {
    describe: 'twilio templates sync|status: WhatsApp templates in the Content API and their approval',
    load: () => import('./commands/twilio.js'),
  },
  slack: {
    describe: 'slack manifest: the Slack app manifest (YAML) for PUBLIC_BASE_URL',
    load: () => import('./commands/slack.js'),
  },
  'whatsapp-web': {
    describe: 'whatsapp-web [login]: the WhatsApp Web gateway; login shows the QR code to scan',
    load: () => import('./commands/whatsapp-web.js'),
  },
  bench: { describe: 'bench SCENARIO [--json]: benchmarks', load: () => import('./commands/bench.js') },
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.stderr.write(`${name ? `Unknown command "${name}". ` : ''}Usage: npm run -s eventos -- <command>\n\n`);
    for (const [key, c] of Object.entries(commands)) io.stderr.write(`  ${key.padEnd(12)} ${c.describe}\n`);
    return name ? 2 : 0;
  }
  const mod = await command.load();
  return mod.run(args, io);
}

/**
 * A command has returned: whatever still holds the event loop (a connection a bounded shutdown gave up on, a
 * provider call that never ends) must not keep the process alive. Unref'd: a clean exit does not wait for it.
 */
const exitSoon = (code: number) => setTimeout(() => process.exit(code), 1_000).unref();

main().then(
  (code) => {
    process.exitCode = code;
    exitSoon(code);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
