import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createConsoleAuth } from '../adapters/channels/console/console-auth.js';
import { createConsoleRouter } from '../adapters/channels/console/console-routes.js';
import { createWhatsAppWebPage } from '../adapters/channels/console/whatsapp-web-page.js';
import type { Deps } from './compose.js';
import { createConsoleDeps } from './console-deps.js';
import { checkHealth } from './health.js';
import { createMediaRoutes } from './media-routes.js';
import { createMetricsRoutes } from './metrics-routes.js';
import { createQueueDashboard, QUEUE_DASHBOARD_PATH } from './queue-dashboard.js';
import { createSlackRoutes } from './slack-routes.js';
import { createStripeRoutes } from './stripe-routes.js';
import { createTwilioRoutes } from './twilio-routes.js';

export interface AppOptions {
  /** The demo's one-time console login token (see startServer). */
  consoleToken?: string;
}

/**
 * The one HTTP server: Twilio webhooks, health, Slack's Bolt receiver and — only when CONSOLE_ENABLED —
 * the console, behind its login.
 */
export function createApp(deps: Deps, options: AppOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Only a proxy on this host or a private network may say who the client is: with `true`, anyone could
  // pick their own address in X-Forwarded-For and escape the per-IP login limit.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(deps);
    res.status(health.ok ? 200 : 503).json(health);
  });
  app.use(createMetricsRoutes(deps.metrics, deps.config.metrics.token));
  // Webhook latency for /metrics: every provider's webhooks, timed from the request to the answer.
  app.use('/webhooks', deps.metrics.timeRequests('/webhooks'));
  app.use('/slack', deps.metrics.timeRequests('/slack'));
  const consoleConfig = deps.config.console;
  if (consoleConfig.enabled) app.get('/', (_req, res) => res.redirect('/console'));
  // Before the Twilio routes: their form parser would consume the raw body Slack's signature is checked on.
  app.use(createSlackRoutes(deps));
  app.use(createStripeRoutes(deps));
  app.use(createTwilioRoutes(deps));
  if (consoleConfig.enabled) {
    const auth = createConsoleAuth({
      ...(consoleConfig.password ? { password: consoleConfig.password } : {}),
      ...(options.consoleToken ? { oneTimeToken: options.consoleToken } : {}),
      attempts: { take: deps.limits.loginAttempt, giveBack: deps.limits.loginSucceeded },
    });
    app.use(
      '/console',
      auth.router,
      createWhatsAppWebPage(() => deps.whatsappWebStatus.read()),
      // Operators' BullMQ dashboard, behind the same login (bots/queue-dashboard.ts).
      express.Router().use(QUEUE_DASHBOARD_PATH, createQueueDashboard(deps.queues)),
      createConsoleRouter(createConsoleDeps(deps), {
        identities: consoleConfig.identities,
        csrfToken: auth.csrfToken,
      }),
    );
  }
  app.use(createMediaRoutes(deps));

  app.use((_req, res) => res.status(404).json({ error: 'Not found' }));
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) deps.logger.error({ err: error }, 'request failed');
    res.status(status).json({ error: status >= 500 ? 'Something went wrong on our side.' : 'Bad request.' });
  });
  return app;
}

/** `consoleLoginUrl`: the demo's one-time console link, to print (absent when there is none). */
export async function startServer(
  deps: Deps,
): Promise<{ server: Server; url: string; consoleLoginUrl?: string }> {
  const { enabled, oneTimeLink } = deps.config.console;
  const consoleToken = enabled && oneTimeLink ? randomBytes(24).toString('base64url') : undefined;
  const app = createApp(deps, consoleToken ? { consoleToken } : {});
  return new Promise((resolve, reject) => {
    const server = app.listen(deps.config.port, deps.config.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : deps.config.port;
      const url = `http://${deps.config.host}:${port}`;
      resolve({
        server,
        url,
        ...(consoleToken ? { consoleLoginUrl: `${url}/console/login?token=${consoleToken}` } : {}),
      });
    });
    server.once('error', reject);
  });
}
