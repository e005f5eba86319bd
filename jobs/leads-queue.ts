/** What the Slack side and the inbound job enqueue on the leads queue; each job lives in its `<name>.job.ts`. */
export { enqueueLeadAlert } from './lead-alert.job.js';
export { enqueueLeadWithdrawn } from './lead-withdrawn.job.js';
export { enqueueSponsorCommand } from './sponsor-command.job.js';
