import { WebClient } from '@slack/web-api';
import { withSlash } from './create-slack-app.js';

export type SlackProbeResult<T> = ({ ok: true } & T) | { ok: false; error: string };

export interface SlackProbe {
  /** `auth.test`: whether the bot token works, and which workspace and bot user it belongs to. */
  whoAmI(): Promise<SlackProbeResult<{ team: string; botUserId: string }>>;
  /** `conversations.info`: whether the channel exists and the bot is in it. */
  membership(channel: string): Promise<SlackProbeResult<{ name: string; isMember: boolean }>>;
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
    async membership(channel) {
      try {
        const result = await client.conversations.info({ channel });
        return {
          ok: true,
          name: result.channel?.name ?? channel,
          isMember: result.channel?.is_member === true,
        };
      } catch (error) {
        return { ok: false, error: slackError(error) };
      }
    },
  };
}

/** The Web API's error code (`invalid_auth`, `channel_not_found`, `missing_scope`…) or the transport error. */
function slackError(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  return data?.error ?? (error instanceof Error ? error.message : String(error));
}
