import type { EntityManager } from '@mikro-orm/postgresql';
import { ratingQuestion } from '../core/replies/feedback-replies.js';
import { askSessionFeedback } from '../core/services/feedback/ask-session-feedback.js';
import type { FeedbackSettings } from '../core/services/feedback/feedback-rules.js';
import type { Queues } from './create-queues.js';
import { defineJob, noPayload } from './define-job.js';
import { enqueueDeliveries } from './delivery.job.js';

/** How soon after a session ends its attendees are asked (at most this late). */
export const SESSION_FEEDBACK_EVERY_MS = 60_000;

export interface SessionFeedbackDeps {
  em: EntityManager;
  clock: () => Date;
  feedback: FeedbackSettings;
  queues: Queues;
}

/**
 * Every minute: attendees of sessions that just ended get "How was …? 1–5" (core/services/feedback). Once per
 * session and person comes from a unique row, so overlapping or retried runs are harmless; people in their
 * quiet hours or over the daily cap are simply asked by a later run.
 */
export const sessionFeedbackJob = defineJob({
  name: 'session-feedback',
  queue: 'networking',
  payload: noPayload,
  options: { attempts: 1, removeOnFail: 100 },
  repeat: { schedulerId: 'session-feedback', every: SESSION_FEEDBACK_EVERY_MS },
  async process(deps: SessionFeedbackDeps) {
    const result = await askSessionFeedback(deps.em.fork(), {
      now: deps.clock(),
      settings: deps.feedback,
      question: ratingQuestion,
    });
    await enqueueDeliveries(deps.queues, result.outboxIds);
    return { asked: result.asked, waiting: result.waiting };
  },
});
