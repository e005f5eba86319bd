import twilio from 'twilio';

export interface TwilioVerifyConfig {
  authToken: string;
  /** The public origin Twilio calls, e.g. `https://chat.example.org` (a proxy hides it from us). */
  publicBaseUrl: string;
}

export interface TwilioSignedRequest {
  /** The request path as Twilio called it, including any query string. */
  path: string;
  /** The `X-Twilio-Signature` header. */
  signature: string | undefined;
  /** The parsed form body. */
  params: Record<string, unknown>;
}

/** Joins the configured public base URL and a path without doubling or dropping the slash. */
export function publicWebhookUrl(publicBaseUrl: string, path: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * Twilio signs the exact URL it was configured with plus the sorted form params
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-security). Behind a proxy or tunnel the URL
 * we see locally differs, so the signed URL is rebuilt from the configured public base URL.
 */
export function verifyTwilioSignature(config: TwilioVerifyConfig, request: TwilioSignedRequest): boolean {
  // An empty key is an HMAC anyone can compute: without a token nothing is verified.
  if (!request.signature || !config.authToken) return false;
  const url = publicWebhookUrl(config.publicBaseUrl, request.path);
  try {
    return twilio.validateRequest(config.authToken, request.signature, url, request.params);
  } catch {
    // validateRequest falls back to `new URL(url)`, which throws on a malformed base URL or path.
    return false;
  }
}
