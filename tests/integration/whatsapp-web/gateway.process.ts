/**
 * A WhatsApp Web gateway in its own process, for the kill test: the real gateway on a fake library client
 * whose sends and chat history live in Redis, so they outlive a SIGKILL as a phone's chat history does.
 * Usage: node --import tsx gateway.process.ts <DATABASE_URL> <REDIS_URL> <QUEUE_PREFIX>
 */
import { Redis } from 'ioredis';
import pino from 'pino';
import type {
  WebChat,
  WebHistoryMessage,
  WebMedia,
} from '../../../adapters/channels/whatsapp-web/client-surface.js';
import { buildDeps } from '../../../bots/compose.js';
import { loadConfig } from '../../../bots/config.js';
import { startWhatsAppWebGateway } from '../../../bots/whatsapp-web.js';
import { FakeWebClient } from '../../contracts/fake-whatsapp-web-client.js';

const [databaseUrl, redisUrl, prefix] = process.argv.slice(2);
if (!databaseUrl || !redisUrl || !prefix) throw new Error('usage: gateway.process.ts <db> <redis> <prefix>');
export const sentListKey = (queuePrefix: string) => `${queuePrefix}:test:whatsapp-web-sent`;

const redis = new Redis(redisUrl);
const key = sentListKey(prefix);

class PhoneBackedClient extends FakeWebClient {
  override async sendMessage(chatId: string, content: string | WebMedia, options?: { caption?: string }) {
    const sent = await super.sendMessage(chatId, content, options);
    const entry: WebHistoryMessage & { chatId: string } = {
      chatId,
      id: { _serialized: `${sent.id._serialized}-${process.pid}` },
      fromMe: true,
      body: typeof content === 'string' ? content : (options?.caption ?? ''),
      type: typeof content === 'string' ? 'chat' : 'image',
      timestamp: Math.floor(Date.now() / 1000),
    };
    await redis.rpush(key, JSON.stringify(entry));
    return { id: entry.id, ack: 0 };
  }

  override async getChatById(chatId: string): Promise<WebChat> {
    const all = (await redis.lrange(key, 0, -1)).map(
      (raw) => JSON.parse(raw) as WebHistoryMessage & { chatId: string },
    );
    const history = all.filter((m) => m.chatId === chatId);
    return { fetchMessages: async ({ limit }) => history.slice(-(limit ?? history.length)) };
  }
}

const config = loadConfig({
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: prefix,
  PORT: '0',
});
const deps = await buildDeps(config, { logger: pino({ level: 'silent' }) });
startWhatsAppWebGateway(deps, {
  makeClient: () => new PhoneBackedClient(),
  loadMedia: async () => ({ mimetype: 'image/png', data: '' }),
  pacing: { perChatMs: 0, perMinute: 1_200 },
});
process.stdout.write('gateway-started\n');
