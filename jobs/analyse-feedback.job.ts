import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import type { SentimentAnalyser } from '../core/ports/sentiment.js';
import { urgentFeedbackNote } from '../core/replies/feedback-notes.js';
import { analyseFeedback } from '../core/services/feedback/analyse-feedback.js';
import type { Queues } from './create-queues.js';
import { defineJob } from './define-job.js';

export interface AnalyseFeedbackDeps {
  em: EntityManager;
  chat: OrganizerChat | null;
  feedChannel: string | null;
  sentiment: SentimentAnalyser;
}

/**
 * A session comment or a complaint: sentiment, topics and urgency stored once per message; an urgent one is
 * posted to the organizers' feed channel with a Reply button. The analysis row is the exactly-once guard
 * (a retried job finds it and posts nothing).
 */
export const analyseFeedbackJob = defineJob({
  name: 'analyse-feedback',
  queue: 'organizer',
  payload: z.object({ messageId: z.uuid(), feedbackId: z.uuid().optional() }),
  options: ({ messageId }) => ({ jobId: `analyse-${messageId}` }),
  async process(deps: AnalyseFeedbackDeps, { messageId, feedbackId }) {
    const outcome = await analyseFeedback(deps.em.fork(), {
      messageId,
      ...(feedbackId ? { feedbackId } : {}),
      analyser: deps.sentiment,
      now: new Date(),
    });
    if (outcome.kind !== 'analysed') return { skipped: outcome.kind };
    if (outcome.urgent && deps.chat && deps.feedChannel)
      await deps.chat.post(deps.feedChannel, urgentFeedbackNote(outcome.urgent));
    return { urgent: Boolean(outcome.urgent), sentiment: outcome.sentiment };
  },
});

export const enqueueAnalyseFeedback = (queues: Queues, messageId: string, feedbackId?: string) =>
  analyseFeedbackJob.enqueue(queues, { messageId, ...(feedbackId ? { feedbackId } : {}) });
