import twilio from 'twilio';
// The SDK's top-level namespace re-exports the class but not its RequestOptions or Response types.
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import type * as TwilioResponse from 'twilio/lib/http/response.js';
import { Agent, request } from 'undici';

export interface TwilioApiClientConfig {
  accountSid: string;
  authToken: string;
  /** Send API calls here instead of https://api.twilio.com (a local fake in tests). */
  apiBaseUrl?: string;
  timeoutMs?: number;
}

/**
 * The SDK builds every request and reads every answer (errors included); this custom HTTP client
 * (https://www.twilio.com/docs/libraries/node/custom-http-clients-node) only carries them, over undici with
 * kept-alive connections instead of the SDK's axios: a send cost ~0.6 ms of CPU through axios and ~0.25 ms
 * this way, the fake API's side included (docs/scaling.md, "Fourth pass"). It also reaches `apiBaseUrl`
 * instead of *.twilio.com, which the SDK's `edge`/`region` options cannot (they only change the host name).
 */
class UndiciRequestClient extends twilio.RequestClient {
  private readonly dispatcher = new Agent({ keepAliveTimeout: 30_000 });

  constructor(
    private readonly apiBaseUrl: string | undefined,
    private readonly timeoutMs: number,
    options: ConstructorParameters<typeof twilio.RequestClient>[0],
  ) {
    super(options);
  }

  override async request<TData>(
    opts: RequestClient.RequestOptions<TData>,
  ): Promise<TwilioResponse.default<TData>> {
    const uri = this.apiBaseUrl ? redirectTwilioUrl(opts.uri, this.apiBaseUrl) : opts.uri;
    // Redirects are never part of a send; the SDK's own client follows them where it asks to.
    if (opts.allowRedirects) return super.request({ ...opts, uri });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(opts.headers ?? {}))
      if (value !== undefined && name.toLowerCase() !== 'connection') headers[name] = String(value);
    if (opts.username && opts.password)
      headers.Authorization = `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`;
    else if (opts.authStrategy) headers.Authorization = await opts.authStrategy.getAuthString();
    const url = new URL(uri);
    if (opts.params) for (const [k, v] of formEntries(opts.params)) url.searchParams.append(k, v);
    const timeout = opts.timeout ?? this.timeoutMs;
    const res = await request(url, {
      method: opts.method.toUpperCase() as 'GET',
      headers,
      body: requestBody(opts.data, headers['Content-Type']),
      dispatcher: this.dispatcher,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    // A string body: the SDK parses it (and reads Twilio's error code from it) itself.
    const body = await res.body.text();
    return {
      statusCode: res.statusCode,
      body,
      headers: res.headers,
    } as unknown as TwilioResponse.default<TData>;
  }
}

function requestBody(data: unknown, contentType: string | undefined): string | undefined {
  if (data === undefined || data === null) return undefined;
  if (contentType === 'application/json') return typeof data === 'string' ? data : JSON.stringify(data);
  return new URLSearchParams(formEntries(data as object)).toString();
}

/** Form fields as the SDK's client encodes them: an array repeats its key (`MediaUrl=a&MediaUrl=b`). */
function formEntries(fields: object): [string, string][] {
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value])
      entries.push([key, one === null ? '' : String(one)]);
  }
  return entries;
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
  const timeout = config.timeoutMs ?? 10_000;
  const httpClient = new UndiciRequestClient(config.apiBaseUrl, timeout, { timeout, autoRetry: false });
  return twilio(config.accountSid, config.authToken, { httpClient });
}
