import type { WebClient } from './client-surface.js';

export type WebConnectionState =
  | { state: 'starting' }
  | { state: 'qr_needed'; qr: string }
  | { state: 'connected'; since: Date }
  | { state: 'disconnected'; since: Date; cause: string };

export interface WebConnectionOptions {
  /** A fresh client per attempt: a destroyed whatsapp-web.js Client is not restarted, it is replaced. */
  makeClient(): WebClient;
  /** Called once per new client, before `initialize`, to attach the message and ack listeners. */
  wire(client: WebClient): void;
  onState?(state: WebConnectionState): void;
  /** Backoff between attempts: 2 s doubling to 5 min by default. */
  retryDelayMs?(attempt: number): number;
}

export interface WebConnection {
  /** The client while it is logged in and ready, else undefined (sends then wait). */
  client(): WebClient | undefined;
  state(): WebConnectionState;
  start(): void;
  stop(): Promise<void>;
}

const defaultDelay = (attempt: number) => Math.min(2_000 * 2 ** attempt, 5 * 60_000);

/**
 * Keeps one WhatsApp Web session up: starts the client, and when it cannot start (offline the page fails with
 * `net::ERR_NAME_NOT_RESOLVED`), is logged out, or the phone goes offline (`disconnected`), reports
 * `disconnected` with the cause and tries again with backoff instead of crashing.
 */
export function createWebConnection(options: WebConnectionOptions): WebConnection {
  let current: WebClient | undefined;
  let ready = false;
  let state: WebConnectionState = { state: 'starting' };
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // The client's initialize() in flight: a browser still launching must finish before it can be closed.
  let starting: Promise<void> = Promise.resolve();
  const delay = options.retryDelayMs ?? defaultDelay;

  const set = (next: WebConnectionState) => {
    state = next;
    options.onState?.(next);
  };

  const fail = (client: WebClient, cause: string) => {
    if (client !== current || stopped) return;
    ready = false;
    current = undefined;
    if (state.state !== 'disconnected') set({ state: 'disconnected', since: new Date(), cause });
    else set({ ...state, cause });
    void client.destroy().catch(() => {});
    timer = setTimeout(connect, delay(attempt++));
  };

  const connect = () => {
    if (stopped) return;
    const client = options.makeClient();
    current = client;
    client.on('qr', (qr) => client === current && set({ state: 'qr_needed', qr }));
    client.on('ready', () => {
      if (client !== current) return;
      ready = true;
      attempt = 0;
      set({ state: 'connected', since: new Date() });
    });
    client.on('auth_failure', (message) => fail(client, `authentication failed: ${message}`));
    client.on('disconnected', (reason) => fail(client, `disconnected by WhatsApp: ${reason}`));
    options.wire(client);
    starting = client.initialize().catch((error: unknown) => {
      fail(client, `could not start WhatsApp Web: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  return {
    client: () => (ready ? current : undefined),
    state: () => state,
    start() {
      stopped = false;
      connect();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const client = current;
      current = undefined;
      ready = false;
      await starting;
      await client?.destroy().catch(() => {});
    },
  };
}
