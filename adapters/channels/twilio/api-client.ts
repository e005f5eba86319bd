import twilio from 'twilio';
// The SDK's top-level namespace re-exports the class but not its RequestOptions type.
import type RequestClient from 'twilio/lib/base/RequestClient.js';

export interface TwilioApiClientConfig {
  accountSid: string;
  authToken: string;
  /** Send API calls here instead of https://api.twilio.com (a local fake in tests). */
  apiBaseUrl?: string;
  timeoutMs?: number;
}

/**
 * The SDK's `edge`/`region` options only change the host name, so reaching another server needs
 * an httpClient that rewrites the URL (https://www.twilio.com/docs/libraries/node/custom-http-clients-node).
 */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(
    private readonly apiBaseUrl: string,
    options: ConstructorParameters<typeof twilio.RequestClient>[0],
  ) {
    super(options);
  }

  override request<TData>(options: RequestClient.RequestOptions<TData>) {
    return super.request<TData>({ ...options, uri: redirectTwilioUrl(options.uri, this.apiBaseUrl) });
  }
}

/** Rewrites any *.twilio.com URL onto `apiBaseUrl`, keeping path and query. */
export function redirectTwilioUrl(uri: string, apiBaseUrl: string): string {
  const url = new URL(uri);
  if (url.hostname !== 'twilio.com' && !url.hostname.endsWith('.twilio.com')) return uri;
  return `${apiBaseUrl.replace(/\/+$/, '')}${url.pathname}${url.search}`;
}

/**
 * The real SDK client with a bounded timeout (the SDK waits 30 s by default) and no automatic 429
 * retries: the delivery job owns retries and backoff.
 */
export function createTwilioApiClient(config: TwilioApiClientConfig): twilio.Twilio {
  const options = { timeout: config.timeoutMs ?? 10_000, autoRetry: false };
  const httpClient = config.apiBaseUrl
    ? new RedirectingRequestClient(config.apiBaseUrl, options)
    : new twilio.RequestClient(options);
  return twilio(config.accountSid, config.authToken, { httpClient });
}
