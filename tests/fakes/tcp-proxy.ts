import { createServer, type Server, Socket } from 'node:net';

/**
 * A TCP proxy in front of a real service (Postgres, Redis) that a test can take down without touching the
 * shared service: `down` drops every open connection and refuses new ones (a restart or a crash), `hang`
 * accepts connections and never answers (a frozen host), `up` forwards again.
 */
export interface TcpProxy {
  port: number;
  /** The service URL with its host and port replaced by the proxy's. */
  url(serviceUrl: string): string;
  set(mode: 'up' | 'down' | 'hang'): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: 'up' | 'down' | 'hang' = 'up';
  const open = new Set<Socket>();
  /** Connections accepted while hanging: dropped when the mode changes, as a real host coming back would. */
  const hung = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (mode === 'down') return void client.destroy();
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => {});
    if (mode === 'hang') return void hung.add(client);
    const upstream = new Socket();
    open.add(upstream);
    upstream.on('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.connect(target.port, target.host, () => {
      client.pipe(upstream);
      upstream.pipe(client);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url(serviceUrl) {
      const url = new URL(serviceUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    set(next) {
      mode = next;
      for (const socket of hung) socket.destroy();
      hung.clear();
      if (next !== 'up') for (const socket of open) socket.destroy();
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
