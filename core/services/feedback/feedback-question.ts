import { z } from 'zod';

/**
 * A feedback question left open in a conversation's dialog state (core/router/dialog-state.ts): a session's
 * 1–5 rating or its optional comment; `ref` is the session_feedback row's id. Defined here, where the
 * proactive request writes it, so services never import the router.
 */
export const feedbackQuestionSchema = z.object({
  kind: z.enum(['session-rating', 'session-comment']),
  ref: z.uuid(),
  askedAt: z.string(),
});

export type FeedbackQuestion = z.infer<typeof feedbackQuestionSchema>;
