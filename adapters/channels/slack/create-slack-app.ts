import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import { Router } from 'express';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  signingSecret: string;
  botToken: string;
  /** Slack's Web API base URL; tests point it at a local fake. */
  apiUrl?: string;
  /** Web API retries (Bolt retries 10 times by default; tests use 0). */
  retries?: number;
  logLevel?: LogLevel;
}

/**
 * Bolt on our own Express server: an ExpressReceiver that adds `POST /slack/events` to a router we mount.
 * The receiver checks Slack's signature on the raw body (wrong secret, missing headers or a timestamp more
 * than 5 minutes old → 401) and answers slash commands and actions as soon as a listener calls `ack()`,
 * inside Slack's 3-second limit (https://api.slack.com/interactivity/handling#acknowledgment_response).
 */
export function createSlackApp(options: SlackAppOptions): { app: App; router: Router } {
  const router = Router();
  const receiver = new ExpressReceiver({
    signingSecret: options.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    router,
    logLevel: options.logLevel ?? LogLevel.ERROR,
  });
  const app = new App({
    token: options.botToken,
    receiver,
    logLevel: options.logLevel ?? LogLevel.ERROR,
    clientOptions: {
      ...(options.apiUrl ? { slackApiUrl: withSlash(options.apiUrl) } : {}),
      ...(options.retries === undefined ? {} : { retryConfig: { retries: options.retries } }),
    },
  });
  return { app, router };
}

/** The WebClient joins method names onto the base URL, which must end in `/api/`. */
export const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
