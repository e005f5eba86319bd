/**
 * What the Slack app must be allowed to do, in one place: the slash commands we listen for, the Web API
 * methods we call with the scope each needs, and the events we subscribe to. The listeners register the
 * commands from here, `eventos slack manifest` builds the app manifest from here, and a test greps this
 * folder's `client.<ns>.<method>` calls so a new call without its scope fails the build.
 */

export interface SlashCommandSpec {
  command: string;
  description: string;
  usageHint: string;
}

export const ORGANIZER_SLASH_COMMAND: SlashCommandSpec = {
  command: '/eventos',
  description: 'Run the event: stats, capacity, waiting list, check-in, FAQ, broadcasts, handoffs',
  usageHint: 'help | stats | capacity TIER +N | waitlist | find NAME | faq | broadcast …',
};

export const SPONSOR_SLASH_COMMAND: SlashCommandSpec = {
  command: '/leads',
  description: "Your booth's leads (in your sponsor channel)",
  usageHint: '[list | export]',
};

export const SLASH_COMMANDS: readonly SlashCommandSpec[] = [ORGANIZER_SLASH_COMMAND, SPONSOR_SLASH_COMMAND];

/** Slash commands need this scope whatever they do. */
export const SLASH_COMMAND_SCOPE = 'commands';

/**
 * Every Web API method the adapter (and `eventos doctor`) calls → the bot scopes it needs
 * (https://api.slack.com/methods). `views.open` and `auth.test` need none.
 */
export const WEB_API_SCOPES: Readonly<Record<string, readonly string[]>> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'views.open': [],
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
  // The doctor asks whether the bot is in the handoff and feed channels (public or private).
  'conversations.info': ['channels:read', 'groups:read'],
};

/** WebClient helpers that call several Web API methods under one name. */
export const CLIENT_HELPERS: Readonly<Record<string, readonly string[]>> = {
  filesUploadV2: ['files.getUploadURLExternal', 'files.completeUploadExternal'],
};

/**
 * Bolt `app.event(name)` listeners → the Events API subscriptions (with scopes) that deliver them. Handoff
 * thread replies arrive as `message` events from public or private channels.
 */
export const BOT_EVENTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  message: { 'message.channels': ['channels:history'], 'message.groups': ['groups:history'] },
};

/** Every bot scope the app needs, sorted and without repeats. */
export function botScopes(): string[] {
  const scopes = new Set<string>([SLASH_COMMAND_SCOPE]);
  for (const list of Object.values(WEB_API_SCOPES)) for (const s of list) scopes.add(s);
  for (const events of Object.values(BOT_EVENTS))
    for (const list of Object.values(events)) for (const s of list) scopes.add(s);
  return [...scopes].sort();
}

/** The Events API subscriptions, sorted. */
export function botEvents(): string[] {
  return Object.values(BOT_EVENTS)
    .flatMap((events) => Object.keys(events))
    .sort();
}
