import { randomBytes } from 'node:crypto';
import { signTwilioWebhook } from '../fixtures/sign-twilio-webhook.js';
import { PUBLIC_BASE_URL, TEST_TWILIO } from './start-test-app.js';

export const newMessageSid = () => `SM${randomBytes(16).toString('hex')}`;

/** Plays Twilio: posts a form to our webhook, signed over the public URL as Twilio signs it. */
export async function postTwilio(
  baseUrl: string,
  path: string,
  params: Record<string, string>,
  options: { signature?: string | null } = {},
): Promise<Response> {
  const signature =
    options.signature === undefined
      ? signTwilioWebhook(TEST_TWILIO.authToken, `${PUBLIC_BASE_URL}${path}`, params)
      : options.signature;
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(signature === null ? {} : { 'x-twilio-signature': signature }),
    },
    body: new URLSearchParams(params).toString(),
  });
}

/** An inbound WhatsApp text as Twilio posts it. */
export function whatsappText(from: string, body: string, sid = newMessageSid()): Record<string, string> {
  return {
    MessageSid: sid,
    SmsMessageSid: sid,
    AccountSid: TEST_TWILIO.accountSid,
    From: `whatsapp:${from}`,
    To: `whatsapp:${TEST_TWILIO.from}`,
    Body: body,
    NumMedia: '0',
    ProfileName: 'Test Person',
    WaId: from.replace('+', ''),
    ApiVersion: '2010-04-01',
  };
}

/** An inbound WhatsApp voice note as Twilio posts it: no body, one media item. */
export function whatsappVoiceNote(
  from: string,
  mediaUrl: string,
  contentType = 'audio/ogg',
  sid = newMessageSid(),
): Record<string, string> {
  return {
    ...whatsappText(from, '', sid),
    NumMedia: '1',
    MediaContentType0: contentType,
    MediaUrl0: mediaUrl,
  };
}
