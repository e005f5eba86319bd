import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createConsoleRouter } from '../adapters/channels/console/console-routes.js';
import type { Deps } from './compose.js';
import { createConsoleDeps } from './console-deps.js';
import { createMediaRoutes } from './media-routes.js';
import { createSlackRoutes } from './slack-routes.js';
import { createTwilioRoutes } from './twilio-routes.js';

/** The one HTTP server: Twilio webhooks, the console, health and Slack's Bolt receiver. */
export function createApp(deps: Deps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);

  app.get('/healthz', async (_req, res) => {
    const [dbCheck, redisUp] = await Promise.all([
      deps.db.checkConnection().then(
        (check) => check.ok,
        () => false,
      ),
      deps.queues.ping(),
    ]);
    const db = dbCheck ? 'ok' : 'down';
    const redis = redisUp ? 'ok' : 'down';
    const ok = db === 'ok' && redis === 'ok';
    res.status(ok ? 200 : 503).json({ ok, db, redis });
  });
  app.get('/', (_req, res) => res.redirect('/console'));
  // Before the Twilio routes: their form parser would consume the raw body Slack's signature is checked on.
  app.use(createSlackRoutes(deps));
  app.use(createTwilioRoutes(deps));
  app.use('/console', createConsoleRouter(createConsoleDeps(deps)));
  app.use(createMediaRoutes(deps));

  app.use((_req, res) => res.status(404).json({ error: 'Not found' }));
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) deps.logger.error({ err: error }, 'request failed');
    res.status(status).json({ error: status >= 500 ? 'Something went wrong on our side.' : 'Bad request.' });
  });
  return app;
}

export async function startServer(deps: Deps): Promise<{ server: Server; url: string }> {
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    const server = app.listen(deps.config.port, deps.config.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : deps.config.port;
      resolve({ server, url: `http://${deps.config.host}:${port}` });
    });
    server.once('error', reject);
  });
}
