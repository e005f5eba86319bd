import { SLACK_EVENTS_PATH } from './create-slack-app.js';
import { botEvents, botScopes, SLASH_COMMANDS } from './slack-app-spec.js';

export interface SlackManifestOptions {
  /** The public origin Slack reaches us at (PUBLIC_BASE_URL). */
  publicBaseUrl: string;
  appName?: string;
}

/**
 * The app manifest for Slack's "Create an app from a manifest"
 * (https://api.slack.com/reference/manifests). Commands, interactivity and events all go to Bolt's one
 * endpoint, which tells them apart by payload.
 */
export function slackAppManifest(options: SlackManifestOptions) {
  const name = options.appName ?? 'EventOS';
  const url = `${options.publicBaseUrl.replace(/\/+$/, '')}${SLACK_EVENTS_PATH}`;
  return {
    display_information: {
      name,
      description: 'Organizer console for EventOS Chat: commands, handoffs, live feed and sponsor leads',
    },
    features: {
      bot_user: { display_name: name, always_online: true },
      slash_commands: SLASH_COMMANDS.map((c) => ({
        command: c.command,
        url,
        description: c.description,
        usage_hint: c.usageHint,
        should_escape: false,
      })),
    },
    oauth_config: { scopes: { bot: botScopes() } },
    settings: {
      event_subscriptions: { request_url: url, bot_events: botEvents() },
      interactivity: { is_enabled: true, request_url: url },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}
