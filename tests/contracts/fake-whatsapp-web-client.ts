import { EventEmitter } from 'node:events';
import type {
  WebChat,
  WebClient,
  WebClientEvents,
  WebHistoryMessage,
  WebMedia,
  WebMessage,
} from '../../adapters/channels/whatsapp-web/client-surface.js';

/**
 * A stand-in for whatsapp-web.js's `Client` at the library's own surface. The library does not speak HTTP to
 * a WhatsApp API we could fake with a local server (as tests/fakes does for Twilio): it drives the real
 * web.whatsapp.com page in Chromium through puppeteer and needs a phone that scanned a QR code. So the seam
 * is the Client object: same events (`qr`, `ready`, `message`, `message_ack`, `disconnected`), same
 * `sendMessage(chatId, content, { caption })` and `Message.downloadMedia()` returning `MessageMedia`-shaped
 * data. tests/integration/whatsapp-web/real-client.test.ts starts the real Client to keep this honest.
 */
export interface SentByFake {
  chatId: string;
  content: string | WebMedia;
  caption?: string;
  id: string;
  /** Seconds since the epoch, as the library's `Message.timestamp`. */
  timestamp: number;
}

export class FakeWebClient implements WebClient {
  readonly sent: SentByFake[] = [];
  private readonly events = new EventEmitter();
  private failures: Error[] = [];
  private counter = 0;
  destroyed = false;
  /** What initialize() does: log in at once by default; a test may make it fail (offline) instead. */
  startup: 'ready' | 'qr' | Error = 'ready';

  on<E extends keyof WebClientEvents>(event: E, listener: (...args: WebClientEvents[E]) => void): this {
    this.events.on(event, listener as (...args: unknown[]) => void);
    return this;
  }

  emit<E extends keyof WebClientEvents>(event: E, ...args: WebClientEvents[E]): void {
    this.events.emit(event, ...args);
  }

  async initialize(): Promise<void> {
    if (this.startup instanceof Error) throw this.startup;
    if (this.startup === 'qr') {
      this.emit('qr', '2@fake-qr-payload,abc,def');
      return;
    }
    this.emit('authenticated');
    this.emit('ready');
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
  }

  /** The next sends throw this error (as the library's page evaluation does). */
  failNext(error: Error, count = 1): void {
    for (let i = 0; i < count; i++) this.failures.push(error);
  }

  async sendMessage(chatId: string, content: string | WebMedia, options?: { caption?: string }) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const id = `true_${chatId}_3EB0${(++this.counter).toString(16).padStart(16, '0').toUpperCase()}`;
    this.sent.push({
      chatId,
      content,
      id,
      timestamp: Math.floor(Date.now() / 1000),
      ...(options?.caption ? { caption: options.caption } : {}),
    });
    return { id: { _serialized: id }, ack: 0 };
  }

  /** The chat's history as the phone keeps it: here, what this client sent to it, newest last. */
  async getChatById(chatId: string): Promise<WebChat> {
    const history = this.sent
      .filter((m) => m.chatId === chatId)
      .map(
        (m): WebHistoryMessage => ({
          id: { _serialized: m.id },
          fromMe: true,
          body: typeof m.content === 'string' ? m.content : (m.caption ?? ''),
          type: typeof m.content === 'string' ? 'chat' : 'image',
          timestamp: m.timestamp,
        }),
      );
    return {
      fetchMessages: async ({ limit, fromMe }) =>
        history.filter((m) => fromMe === undefined || m.fromMe === fromMe).slice(-(limit ?? history.length)),
    };
  }
}

let sequence = 0;

/** A `Message` as the library emits it on `message`, for a one-to-one chat. */
export function fakeWebMessage(
  fields: Partial<Omit<WebMessage, 'downloadMedia'>> & { from: string; type: string; media?: WebMedia },
): WebMessage {
  const { media, ...rest } = fields;
  const id = `false_${fields.from}_3EB0${(++sequence).toString(16).padStart(16, '0').toUpperCase()}`;
  return {
    id: { _serialized: id },
    fromMe: false,
    isStatus: false,
    body: '',
    hasMedia: Boolean(media),
    timestamp: Math.floor(Date.now() / 1000),
    _data: { notifyName: 'Ana Souza' },
    ...rest,
    downloadMedia: async () => media,
  };
}
