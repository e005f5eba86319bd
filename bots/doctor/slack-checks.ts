import { createSlackProbe } from '../../adapters/channels/slack/slack-probe.js';
import { eventReadiness } from '../../core/services/events/event-readiness.js';
import { type Check, type CheckResult, fail, ok } from './check.js';
import { schemaReady } from './database-checks.js';

const INVITE = (channel: string) =>
  `In Slack, open ${channel} and type \`/invite @EventOS\` (your app's bot name).`;

/** `auth.test`, then the bot's membership of the handoff, feed and sponsor channels (`conversations.info`). */
export const slackReady: Check = async ({ config, db }) => {
  const slack = config.slack;
  if (!slack)
    return [
      fail(
        'slack.auth',
        'Slack auth.test',
        'SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are not both set',
        'Create the app from `npm run -s eventos -- slack manifest`, install it, and copy its signing secret and ' +
          'bot token (xoxb-…) into .env.',
      ),
    ];
  const probe = createSlackProbe({ botToken: slack.botToken, apiUrl: slack.apiUrl });
  const me = await probe.whoAmI();
  if (!me.ok)
    return [
      fail(
        'slack.auth',
        'Slack auth.test',
        `Slack refused the bot token: ${me.error}`,
        'Copy the Bot User OAuth Token (xoxb-…) from the app\'s "OAuth & Permissions" page into SLACK_BOT_TOKEN.',
      ),
    ];
  const results: CheckResult[] = [ok('slack.auth', 'Slack auth.test', `bot ${me.botUserId} in ${me.team}`)];
  const channels: { id: string; title: string; channel: string | null; variable?: string; sponsor?: true }[] =
    [
      {
        id: 'slack.channel.handoff',
        title: 'Bot in the handoff channel',
        channel: slack.handoffChannel,
        variable: 'SLACK_HANDOFF_CHANNEL',
      },
      {
        id: 'slack.channel.feed',
        title: 'Bot in the feed channel',
        channel: slack.feedChannel,
        variable: 'SLACK_FEED_CHANNEL',
      },
    ];
  if (db && (await schemaReady(db)))
    for (const event of await eventReadiness(db.em.fork()))
      for (const s of event.sponsors)
        if (s.slackChannel)
          channels.push({
            id: `slack.channel.sponsor.${event.id}.${s.code}`,
            title: `Bot in ${s.code}'s channel`,
            channel: s.slackChannel,
            sponsor: true,
          });
  for (const c of channels) {
    if (!c.channel) {
      results.push(
        fail(c.id, c.title, `${c.variable} is not set`, `Set ${c.variable} to the channel's id (C…).`),
      );
      continue;
    }
    const found = await probe.membership(c.channel);
    if (!found.ok)
      results.push(
        fail(
          c.id,
          c.title,
          `${c.channel}: ${found.error}`,
          found.error === 'missing_scope'
            ? 'Reinstall the app from the current manifest (it adds channels:read and groups:read).'
            : `Check the channel id ${c.channel} (channel details → bottom of the "About" tab), and ${INVITE(c.channel)}`,
        ),
      );
    else if (!found.isMember)
      results.push(fail(c.id, c.title, `the bot is not in #${found.name}`, INVITE(`#${found.name}`)));
    else if (c.sponsor && found.sharedOutside)
      results.push(
        fail(
          c.id,
          c.title,
          `#${found.name} is shared with another organization (Slack Connect): /leads refuses to show leads there`,
          "Give the sponsor a channel of this workspace's own and set it as the sponsor's slackChannel in the event file.",
        ),
      );
    else results.push(ok(c.id, c.title, `#${found.name}`));
  }
  return results;
};
