import { recordInbound } from '../../core/pipeline/record-inbound.js';
import type { FollowUp } from '../../core/router/skill.js';
import { inboundJob } from '../../jobs/inbound.job.js';
import type { JobHarness } from './job-harness.js';
import type { TestApp } from './start-test-app.js';
import { newMessageSid } from './twilio-client.js';

/**
 * A WhatsApp message stored as the webhook stores it and handled by the inbound job on the harness's worker
 * (its replies are queued there, not sent). Returns the follow-ups the pipeline asked for.
 */
export async function handleWhatsApp(
  app: TestApp,
  jobs: JobHarness,
  from: string,
  message: { text: string; button?: string },
): Promise<FollowUp[]> {
  const base = {
    channel: 'whatsapp' as const,
    providerMessageId: newMessageSid(),
    from,
    receivedAt: new Date(),
    raw: {},
  };
  const { messageId } = await recordInbound(
    app.deps.db.em.fork(),
    message.button
      ? { ...base, kind: 'button', payload: message.button, text: message.text }
      : { ...base, kind: 'text', text: message.text },
  );
  const followUps: FollowUp[] = [];
  const deps = {
    pipeline: app.deps.pipeline,
    queues: jobs.queues,
    dispatchFollowUps: async (asked: FollowUp[]) => {
      followUps.push(...asked);
    },
  };
  await jobs.run(inboundJob, deps, { messageId });
  return followUps;
}
