import Stripe from 'stripe';

export interface StripeSettings {
  secretKey: string;
  /** Sends every API call here instead of api.stripe.com (a local fake in tests), like TWILIO_API_BASE_URL. */
  apiBaseUrl?: string;
  /** Network retries by the SDK itself (it resends with the same idempotency key). */
  maxNetworkRetries?: number;
}

/** The `stripe` client, pointed at `apiBaseUrl` through its host/port/protocol options when one is given. */
export function createStripeClient(settings: StripeSettings): Stripe {
  const base = settings.apiBaseUrl ? new URL(settings.apiBaseUrl) : null;
  const protocol = base?.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(settings.secretKey, {
    maxNetworkRetries: settings.maxNetworkRetries ?? 2,
    timeout: 20_000,
    telemetry: false,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (protocol === 'http' ? 80 : 443),
          protocol,
        }
      : {}),
  });
}
