import type { App } from '@slack/bolt';
import { listenForButtons } from './listen-for-buttons.js';
import { listenForSlashCommands } from './listen-for-slash-commands.js';
import { listenForSubmissions } from './listen-for-submissions.js';
import type { SlackOrganizerDeps } from './organizer-listener-deps.js';

/** Everything organizers and sponsors send the Slack app: commands, buttons, forms, handoff-thread replies. */
export function listenForOrganizers(app: App, deps: SlackOrganizerDeps): void {
  listenForSlashCommands(app, deps);
  listenForButtons(app, deps);
  listenForSubmissions(app, deps);
}
