import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { type OutboundMessage, renderAsText } from '../../core/messages.js';
import { normalizePhone } from '../../core/normalize-phone.js';
import { handleInbound } from '../../core/pipeline/handle-inbound.js';
import { recordInbound } from '../../core/pipeline/record-inbound.js';
import { loadEventInfo } from '../../core/services/events/load-event.js';
import { deliverOutboxRow } from '../../core/services/outbox/deliver-outbox-row.js';
import { loadOutboxMessage } from '../../core/services/outbox/load-outbox-message.js';
import { migrateDatabase } from '../../db/migrate.js';
import { buildDeps } from '../compose.js';
import { loadConfig } from '../config.js';
import type { CommandIo } from './command-io.js';
import { withServices } from './with-services.js';

const option = (args: string[], name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/**
 * `eventos chat --event ID --from PHONE`: talk to the bot in the terminal through the same pipeline as
 * WhatsApp (store → handle → outbox → console delivery), run inline so replies print in order.
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const eventId = option(args, '--event');
  const from = normalizePhone(option(args, '--from') ?? '+15550199999');
  if (!eventId || !from) {
    io.stderr.write('Usage: npm run -s eventos -- chat --event EVENT_ID --from +15550100101\n');
    return 2;
  }
  const config = await withServices({ ...loadConfig(), logLevel: 'warn' }, (l) => io.stderr.write(`${l}\n`));
  // A dev tool on a possibly fresh database: bring the schema up to date first.
  await migrateDatabase(config.databaseUrl);
  const deps = await buildDeps(config);
  if (!(await loadEventInfo(deps.db.em.fork(), eventId))) {
    io.stderr.write(
      `No event "${eventId}". Import it first, e.g. npm run -s eventos -- import fixtures/demo-event.json\n`,
    );
    await deps.close();
    return 2;
  }
  const print = (m: OutboundMessage) => {
    const buttons =
      m.kind === 'buttons' ? `\n   ${m.buttons.map((b, i) => `[${i + 1}] ${b.title}`).join('  ')}` : '';
    const text = m.kind === 'buttons' ? m.text : renderAsText(m);
    io.stdout.write(`bot> ${text.replaceAll('\n', '\n     ')}${buttons}\n`);
  };
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: false });
  io.stdout.write(
    `Chatting with ${eventId} as ${from}. Type a message (Ctrl-D to quit); numbers pick buttons.\n`,
  );
  try {
    for await (const line of rl) {
      const recorded = await recordInbound(deps.db.em.fork(), {
        kind: 'text',
        channel: 'console',
        providerMessageId: randomUUID(),
        from,
        eventId,
        text: line,
        receivedAt: new Date(),
        raw: { cli: true },
      });
      const { outboxIds } = await handleInbound(deps.pipeline, recorded.messageId);
      for (const id of outboxIds) {
        await deliverOutboxRow(deps.delivery, id, { finalAttempt: true });
        const message = await loadOutboxMessage(deps.db.em.fork(), id);
        if (message) print(message);
      }
    }
  } finally {
    rl.close();
    await deps.close();
  }
  return 0;
}
