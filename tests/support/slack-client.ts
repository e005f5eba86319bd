import { signSlackRequest } from '../fixtures/sign-slack-request.js';
import { TEST_SLACK } from './start-test-app.js';

export const SLACK_PATH = '/slack/events';
export const ORGANIZER_SLACK_ID = 'U0ORG0001'; // Maria Costa in fixtures/demo-event.json

interface SignOptions {
  /** Defaults to the test app's secret; a wrong one forges the request. */
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  unsigned?: boolean;
}

/** Plays Slack: posts a body to our endpoint with Slack's signature headers. */
export async function postSlack(
  baseUrl: string,
  body: string,
  contentType: string,
  options: SignOptions = {},
  /** Slack's `X-Slack-Retry-Num` when it resends an event it did not see acknowledged. */
  retryNum?: number,
): Promise<Response> {
  const headers = options.unsigned
    ? {}
    : signSlackRequest(options.secret ?? TEST_SLACK.signingSecret, body, options.timestamp);
  const retry: Record<string, string> =
    retryNum === undefined
      ? {}
      : { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' };
  return fetch(`${baseUrl}${SLACK_PATH}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers, ...retry },
    body,
  });
}

interface CommandOptions {
  userId?: string;
  responseUrl: string;
  /** Where it was typed; defaults to the staff channel. */
  channelId?: string;
  /** Defaults to `/eventos`. */
  command?: string;
}

/** A slash command as Slack posts it (https://api.slack.com/interactivity/slash-commands). */
export function slashCommand(text: string, opts: CommandOptions): string {
  return new URLSearchParams({
    token: 'legacy-token',
    team_id: 'T0TEAM001',
    team_domain: 'devsummit',
    channel_id: opts.channelId ?? 'C0STAFF01',
    channel_name: 'staff',
    user_id: opts.userId ?? ORGANIZER_SLACK_ID,
    user_name: 'maria',
    command: opts.command ?? '/eventos',
    text,
    api_app_id: 'A0EVENTOS1',
    response_url: opts.responseUrl,
    trigger_id: '1234.5678.abcd',
  }).toString();
}

export const postCommand = (baseUrl: string, text: string, opts: CommandOptions, sign: SignOptions = {}) =>
  postSlack(baseUrl, slashCommand(text, opts), 'application/x-www-form-urlencoded', sign);

/** A button click (`block_actions`), posted as a `payload` form field. */
export function postButton(
  baseUrl: string,
  action: { actionId: string; value: string },
  opts: { userId?: string; responseUrl: string; channelId?: string },
): Promise<Response> {
  const channel = opts.channelId ?? TEST_SLACK.handoffChannel;
  const payload = {
    type: 'block_actions',
    user: { id: opts.userId ?? ORGANIZER_SLACK_ID, username: 'maria', team_id: 'T0TEAM001' },
    api_app_id: 'A0EVENTOS1',
    token: 'legacy-token',
    team: { id: 'T0TEAM001', domain: 'devsummit' },
    channel: { id: channel, name: 'handoffs' },
    container: { type: 'message', message_ts: '1800000001.000001', channel_id: channel },
    trigger_id: '1234.5678.efgh',
    response_url: opts.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: action.actionId,
        block_id: 'b1',
        value: action.value,
        text: { type: 'plain_text', text: 'Resolve' },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
  return postSlack(
    baseUrl,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
  );
}

/** An Events API `message` event, e.g. an organizer's reply in a thread. */
export function postThreadReply(
  baseUrl: string,
  reply: { channel: string; threadTs: string; text: string; userId?: string; ts?: string },
  options: { retryNum?: number } = {},
): Promise<Response> {
  const ts =
    reply.ts ??
    `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const body = {
    token: 'legacy-token',
    team_id: 'T0TEAM001',
    api_app_id: 'A0EVENTOS1',
    type: 'event_callback',
    event_id: `Ev${ts.replace('.', '')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0TEAM001', user_id: 'UBOT00001', is_bot: true }],
    event: {
      type: 'message',
      channel: reply.channel,
      channel_type: 'channel',
      user: reply.userId ?? ORGANIZER_SLACK_ID,
      text: reply.text,
      ts,
      thread_ts: reply.threadTs,
      event_ts: ts,
    },
  };
  return postSlack(baseUrl, JSON.stringify(body), 'application/json', {}, options.retryNum);
}

/** A modal's submission (`view_submission`), with the form's values by block and action id. */
export function postViewSubmission(
  baseUrl: string,
  view: { callbackId: string; privateMetadata: string; values: Record<string, string> },
  opts: { userId?: string } = {},
): Promise<Response> {
  const payload = {
    type: 'view_submission',
    team: { id: 'T0TEAM001', domain: 'devsummit' },
    user: { id: opts.userId ?? ORGANIZER_SLACK_ID, username: 'maria', team_id: 'T0TEAM001' },
    api_app_id: 'A0EVENTOS1',
    token: 'legacy-token',
    trigger_id: '1234.5678.ijkl',
    view: {
      id: 'V0VIEW0001',
      type: 'modal',
      team_id: 'T0TEAM001',
      callback_id: view.callbackId,
      private_metadata: view.privateMetadata,
      hash: '1.abc',
      state: {
        values: Object.fromEntries(
          Object.entries(view.values).map(([id, value]) => [
            id,
            { [id]: { type: 'plain_text_input', value } },
          ]),
        ),
      },
    },
  };
  return postSlack(
    baseUrl,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
  );
}
