import type { App } from '@slack/bolt';

export const SLOW_DOWN_NOTE =
  'You are sending commands faster than I can take them. Wait a minute and try again.';

/**
 * Issue 15, item 3: one Slack user's commands, clicks and forms are rate limited (`allow` counts one per
 * request) before any listener runs, so a script hammering `/eventos` cannot flood the command queue or
 * the database. Over the limit, the request is still acknowledged (Slack would otherwise show an error)
 * and a command gets an ephemeral note saying why nothing happened. Events (thread replies relayed to
 * attendees) are not limited here: losing one would lose an organizer's answer.
 */
export function limitSlackUsers(app: App, allow: (userId: string) => Promise<boolean>): void {
  app.use(async (args) => {
    const userId = userOf(args.body);
    if (!userId || !('ack' in args) || (await allow(userId))) return args.next();
    const ack = args.ack as (response?: unknown) => Promise<void>;
    const isCommand = typeof (args.body as { command?: unknown }).command === 'string';
    await ack(isCommand ? { response_type: 'ephemeral', text: SLOW_DOWN_NOTE } : undefined);
  });
}

/** The clicking or typing user: `user_id` on slash commands, `user.id` on actions and view submissions. */
function userOf(body: unknown): string | undefined {
  const b = body as { user_id?: unknown; user?: { id?: unknown } };
  if (typeof b.user_id === 'string') return b.user_id;
  if (typeof b.user?.id === 'string') return b.user.id;
  return undefined;
}
