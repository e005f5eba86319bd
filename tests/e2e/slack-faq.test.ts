import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { postCommand, postViewSubmission } from '../support/slack-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ slack: true });
});
afterAll(async () => {
  await app?.close();
});

const slack = () => app.slackApi!;
const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

async function command(text: string) {
  const responseUrl = slack().responseUrl();
  const id = responseUrl.split('/').at(-1)!;
  const res = await postCommand(app.baseUrl, text, { responseUrl });
  expect(res.status).toBe(200);
  return {
    ack: await res.text(),
    response: () => slack().waitFor(() => slack().responses.find((r) => r.id === id)?.body, text),
  };
}

/** Runs `faq add|edit` and returns the modal Slack was asked to open. */
async function openedForm(text: string) {
  const before = slack().calls.filter((c) => c.method === 'views.open').length;
  await command(text);
  const call = await slack().waitFor(
    () => slack().calls.filter((c) => c.method === 'views.open')[before],
    'views.open',
  );
  expect(call.args.trigger_id).toBe('1234.5678.abcd');
  return call.args.view as {
    callback_id: string;
    private_metadata: string;
    blocks: { block_id: string; element: { initial_value?: string } }[];
  };
}

describe('/eventos faq', () => {
  it('lists the library by category with codes', async () => {
    const body = await (await command('faq list')).response();
    expect(JSON.stringify(body)).toContain('`faq-wifi` What is the Wi-Fi network and password?');
  });

  it('adds an FAQ through the form; it is embedded by a job and the bot answers with it on WhatsApp', async () => {
    const view = await openedForm('faq add');
    expect(view.callback_id).toBe('faq_modal');

    const invalid = await postViewSubmission(app.baseUrl, {
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: { question: 'Is there a cloakroom?', answer: '', category: 'venue' },
    });
    expect(await invalid.json()).toEqual({
      response_action: 'errors',
      errors: { answer: 'Please write the answer.' },
    });

    const saved = await postViewSubmission(app.baseUrl, {
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: {
        question: 'Is there a cloakroom?',
        answer: 'Yes — the cloakroom is by the main entrance and free of charge.',
        category: 'venue',
      },
    });
    expect(saved.status).toBe(200);
    const [row] = await eventually(
      async () => {
        const rows = await sql<{ code: string; model: string | null }>(
          `select code, embedding_model as model from faq_library where question = 'Is there a cloakroom?'`,
        );
        return rows[0]?.model ? rows : undefined;
      },
      10_000,
      'the embedded FAQ',
    );
    expect(row!.code).toBe('is-there-a-cloakroom');

    const before = app.twilioApi.messages.length;
    await postTwilio(
      app.baseUrl,
      '/webhooks/twilio/whatsapp',
      whatsappText('+15550100101', 'is there a cloakroom?'),
    );
    const answer = await eventually(
      async () => app.twilioApi.messages.slice(before).find((m) => /cloakroom/.test(m.body ?? '')),
      10_000,
      'the FAQ answer',
    );
    expect(answer.body).toContain('by the main entrance and free of charge');
  });

  it('edits an FAQ in a prefilled form, and removes one', async () => {
    const view = await openedForm('faq edit faq-wifi');
    expect(view.blocks.find((b) => b.block_id === 'question')!.element.initial_value).toBe(
      'What is the Wi-Fi network and password?',
    );
    await postViewSubmission(app.baseUrl, {
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: {
        question: 'What is the Wi-Fi network and password?',
        answer: 'Network: DevSummit-Guest, password: lisbon2027.',
        category: 'venue',
      },
    });
    await eventually(
      async () =>
        (await sql(`select 1 from faq_library where code = 'faq-wifi' and answer like '%lisbon2027%'`))
          .length > 0,
      10_000,
      'the edited FAQ',
    );

    const unknown = await command('faq edit no-such-faq');
    expect(unknown.ack).toContain('There is no FAQ `no-such-faq`');

    const removed = await (await command('faq remove faq-parking')).response();
    expect(removed.text).toBe('Removed FAQ `faq-parking`.');
    expect(await sql(`select 1 from faq_library where code = 'faq-parking'`)).toEqual([]);
  });

  it('refuses a form submitted by someone who is not an organizer of the event', async () => {
    const view = await openedForm('faq add');
    const res = await postViewSubmission(
      app.baseUrl,
      {
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: { question: 'Free beer?', answer: 'Yes, always.', category: 'general' },
      },
      { userId: 'U0STRANGER' },
    );
    expect(await res.json()).toMatchObject({ response_action: 'errors' });
    expect(await sql(`select 1 from faq_library where question = 'Free beer?'`)).toEqual([]);
  });
});
