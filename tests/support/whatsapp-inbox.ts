import type { RecordedTwilioMessage } from '../fakes/fake-twilio-api.js';
import { eventually } from './eventually.js';
import type { TestApp } from './start-test-app.js';
import { postTwilio, whatsappText } from './twilio-client.js';

/** Every WhatsApp message the fake Twilio API has received for this person, oldest first. */
export const messagesTo = (app: TestApp, phone: string): RecordedTwilioMessage[] =>
  app.twilioApi.messages.filter((m) => m.to === `whatsapp:${phone}`);

/** Waits for a message to this person, after the first `after` of them, whose text matches. */
export function nextMessageTo(
  app: TestApp,
  phone: string,
  expected: RegExp,
  after: number,
): Promise<RecordedTwilioMessage> {
  return eventually(
    async () =>
      messagesTo(app, phone)
        .slice(after)
        .find((m) => expected.test(m.body ?? '')),
    15_000,
    `a WhatsApp message to ${phone} matching ${expected}`,
  );
}

/** Posts a signed inbound WhatsApp text from this person and waits for the next message to them that matches. */
export async function sayAndAwait(
  app: TestApp,
  phone: string,
  body: string,
  expected: RegExp,
): Promise<RecordedTwilioMessage> {
  const before = messagesTo(app, phone).length;
  const res = await postTwilio(app.baseUrl, '/webhooks/twilio/whatsapp', whatsappText(phone, body));
  if (res.status !== 200)
    throw new Error(`The WhatsApp webhook answered ${res.status} to ${phone}'s "${body}"`);
  return nextMessageTo(app, phone, expected, before);
}
