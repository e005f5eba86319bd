import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** How long in-flight requests and jobs get to finish on SIGTERM (Docker's default grace is 10 s). */
export const SHUTDOWN_GRACE_MS = 8_000;

export interface ShutdownStep {
  name: string;
  stop(): Promise<unknown>;
}

/**
 * Graceful shutdown (issue 15, item 7), in order: stop accepting and finish in-flight requests, let running
 * jobs finish, then close the queues, Redis and the pool. Each step is bounded, so a stuck request or job
 * cannot keep the process from exiting; a step that fails or runs late is logged and the next one runs.
 * Returns true when every step finished in time.
 */
export async function shutDown(
  steps: ShutdownStep[],
  options: { logger: Logger; graceMs?: number },
): Promise<boolean> {
  const graceMs = options.graceMs ?? SHUTDOWN_GRACE_MS;
  let clean = true;
  for (const step of steps) {
    const outcome = await within(step.stop(), graceMs);
    if (outcome !== 'done') {
      clean = false;
      options.logger.warn({ step: step.name, outcome }, 'shutdown step did not finish cleanly');
    }
  }
  return clean;
}

/**
 * Stops the HTTP server: no new connections; requests already being handled are answered; a new request on
 * a kept-alive connection gets 503 (Twilio retries it, or its Fallback URL takes it) and the connection is
 * closed; idle connections are closed as they become idle; after `graceMs` whatever is still open is cut.
 */
export function stopServer(server: Server, graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
  server.removeAllListeners('request');
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    res.shouldKeepAlive = false;
    res.writeHead(503, { 'retry-after': '5', 'content-type': 'text/plain' }).end('Shutting down');
  });
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      clearInterval(idle);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Process-wide guards for long-running commands. A rejected promise nobody awaited is a bug to log, not a
 * reason to drop every in-flight message; an uncaught exception leaves the process in an unknown state, so
 * it is logged as fatal and the process exits (the orchestrator restarts it; the work is in Postgres).
 */
export function guardProcess(logger: Logger): () => void {
  const onRejection = (reason: unknown) => logger.error({ err: reason }, 'unhandled promise rejection');
  const onException = (error: Error) => {
    logger.fatal({ err: error }, 'uncaught exception; exiting');
    process.exit(1);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}

async function within(work: Promise<unknown>, ms: number): Promise<'done' | 'late' | 'failed'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((done) => {
    timer = setTimeout(() => done('late'), ms);
    timer.unref();
  });
  const outcome = await Promise.race([
    work.then(
      () => 'done' as const,
      () => 'failed' as const,
    ),
    late,
  ]);
  clearTimeout(timer);
  return outcome;
}
