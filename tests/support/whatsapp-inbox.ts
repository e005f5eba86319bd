import type { RecordedTwilioMessage } from '../fakes/fake-twilio-api.js';
import { eventually } from './eventually.js';
import type { TestApp } from './start-test-app.js';

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
