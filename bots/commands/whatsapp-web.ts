import { Redis } from 'ioredis';
import QRCode from 'qrcode';
import {
  createGatewayStatusStore,
  createWebConnection,
  type WebConnectionState,
} from '../../adapters/channels/whatsapp-web/index.js';
import {
  createLibraryClient,
  loadLibraryMedia,
} from '../../adapters/channels/whatsapp-web/library-client.js';
import { buildDeps } from '../compose.js';
import { type Config, loadConfig } from '../config.js';
import { startWhatsAppWebGateway } from '../whatsapp-web.js';
import type { CommandIo } from './command-io.js';
import { untilSignal } from './until-signal.js';
import { withServices } from './with-services.js';

/**
 * `eventos whatsapp-web`: the WhatsApp Web gateway (inbound messages, acks, the paced `whatsapp-web` delivery
 * queue). `eventos whatsapp-web login`: shows the QR code to scan with the event phone and exits once the
 * session is saved. Only one process may hold the session: stop the gateway before logging in again.
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const config = loadConfig();
  if (args[0] === 'login') return login(config, io);
  if (args[0] !== undefined) {
    io.stderr.write('Usage: eventos whatsapp-web [login]\n');
    return 2;
  }
  const withUrls = await withServices(config, (l) => io.stderr.write(`${l}\n`));
  const deps = await buildDeps(withUrls);
  const gateway = startWhatsAppWebGateway(deps, {
    makeClient: () => clientFor(config),
    loadMedia: loadLibraryMedia,
    pacing: config.whatsappWeb.pacing,
    onState: (state) => void report(state, io),
  });
  io.stderr.write('WhatsApp Web gateway running.\n');
  await untilSignal();
  await gateway.close();
  await deps.close();
  return 0;
}

async function login(config: Config, io: CommandIo): Promise<number> {
  // The QR code is also published for the console's /console/whatsapp-web page (a phone held up to a laptop).
  const { redisUrl } = await withServices(config, (l) => io.stderr.write(`${l}\n`));
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  const status = createGatewayStatusStore(redis, { prefix: config.queuePrefix });
  if (config.console.enabled)
    io.stderr.write(`The QR code is also shown at ${config.publicBaseUrl}/console/whatsapp-web\n`);
  let done: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => {
    done = resolve;
  });
  const connection = createWebConnection({
    makeClient: () => clientFor(config),
    wire: () => {},
    onState(state) {
      void report(state, io);
      void status.publish(state).catch(() => {});
      if (state.state === 'connected') done(0);
    },
  });
  connection.start();
  const code = await Promise.race([finished, untilSignal().then(() => 130)]);
  await connection.stop();
  await status.clear().catch(() => {});
  redis.disconnect();
  if (code === 0) io.stdout.write(`Logged in; the session is saved under ${config.whatsappWeb.dataDir}.\n`);
  return code;
}

const clientFor = (config: Config) =>
  createLibraryClient({
    executablePath: config.whatsappWeb.chromiumPath,
    dataPath: config.whatsappWeb.dataDir,
  });

async function report(state: WebConnectionState, io: CommandIo): Promise<void> {
  switch (state.state) {
    case 'qr_needed':
      io.stdout.write(
        'Scan this with WhatsApp on the event phone (Settings → Linked devices → Link a device):\n',
      );
      io.stdout.write(await QRCode.toString(state.qr, { type: 'terminal', small: true }));
      return;
    case 'connected':
      io.stderr.write('WhatsApp Web connected.\n');
      return;
    case 'disconnected':
      io.stderr.write(`WhatsApp Web not connected (${state.cause}); retrying.\n`);
      return;
    case 'starting':
      return;
  }
}
