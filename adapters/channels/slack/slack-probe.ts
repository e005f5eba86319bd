import { WebClient } from '@slack/web-api';
import { withSlash } from './create-slack-app.js';

export interface ChannelFacts {
  name: string;
  isMember: boolean;
  /** A Slack Connect channel (or an invitation to one): people of another organization can read it. */
  sharedOutside: boolean;
}

export type SlackProbeResult<T> = ({ ok: true } & T) | { ok: false; error: string };

export interface SlackProbe {
  /** `auth.test`: whether the bot token works, and which workspace and bot user it belongs to. */
  whoAmI(): Promise<SlackProbeResult<{ team: string; botUserId: string }>>;
  /** `conversations.info`: whether the channel exists, the bot is in it, and it is shared with another organization. */
  membership(channel: string): Promise<SlackProbeResult<ChannelFacts>>;
}

/** Read-only Web API calls that `eventos doctor` uses to check the Slack side of a deployment. */
export function createSlackProbe(options: { botToken: string; apiUrl?: string }): SlackProbe {
  // One attempt: the doctor reports a failure instead of backing off for minutes.
  const client = new WebClient(options.botToken, {
    ...(options.apiUrl ? { slackApiUrl: withSlash(options.apiUrl) } : {}),
    retryConfig: { retries: 0 },
  });
  return {
    async whoAmI() {
      try {
        const result = await client.auth.test();
        return { ok: true, team: result.team ?? '?', botUserId: result.user_id ?? '?' };
      } catch (error) {
        return { ok: false, error: slackError(error) };
      }
    },
    membership: (channel) => channelFacts(client, channel),
  };
}

/** `conversations.info` of one channel, as the facts the doctor and `/leads` act on. */
export async function channelFacts(
  client: WebClient,
  channel: string,
): Promise<SlackProbeResult<ChannelFacts>> {
  try {
    const result = await client.conversations.info({ channel });
    const c = result.channel;
    return {
      ok: true,
      name: c?.name ?? channel,
      isMember: c?.is_member === true,
      sharedOutside: c?.is_ext_shared === true || c?.is_pending_ext_shared === true,
    };
  } catch (error) {
    return { ok: false, error: slackError(error) };
  }
}

/** The Web API's error code (`invalid_auth`, `channel_not_found`, `missing_scope`…) or the transport error. */
function slackError(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  return data?.error ?? (error instanceof Error ? error.message : String(error));
}
