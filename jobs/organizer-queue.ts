/** What the Slack side (bots/) enqueues on the organizer queue; each job lives in its own `<name>.job.ts`. */
export { enqueueBroadcastProgress } from './broadcast-progress.job.js';
export { enqueueBroadcastSend, enqueuePacedDeliveries } from './broadcast-send.job.js';
export { enqueueFaqEmbed } from './faq-embed.job.js';
export { enqueueHandoffMessage } from './handoff-message.job.js';
export { enqueueHandoffOpened } from './handoff-opened.job.js';
export { enqueueHandoffResolved } from './handoff-resolved.job.js';
export { enqueueOrganizerCommand } from './organizer-command.job.js';
