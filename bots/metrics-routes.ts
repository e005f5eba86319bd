import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Metrics } from './metrics.js';

/**
 * `GET /metrics` in Prometheus's text format, only for a scraper that sends `Authorization: Bearer
 * <METRICS_TOKEN>`. Without METRICS_TOKEN the route does not exist (404): queue depths, error codes and
 * booking counts are operational data, not for the internet the webhooks face. Prometheus sends the token
 * with `authorization: { credentials: … }` in its scrape config.
 */
export function createMetricsRoutes(metrics: Metrics, token: string | undefined): Router {
  const router = Router();
  if (!token) return router;
  const expected = digest(token);
  router.get('/metrics', async (req, res) => {
    const given = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')?.[1];
    // Compared as digests: equal lengths for timingSafeEqual, and nothing learned from timing.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Unauthorized');
      return;
    }
    res.set('Cache-Control', 'no-store').type(metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  return router;
}

const digest = (value: string) => createHash('sha256').update(value).digest();
