import {
  alreadyRated,
  commentQuestion,
  commentSaved,
  commentSkipped,
  commentTooLong,
  feedbackClosed,
  ratingAgain,
} from '../../replies/feedback-replies.js';
import type { Skill, SkillResult } from '../../router/skill.js';
import {
  commentSessionFeedback,
  findOwnFeedback,
  MAX_COMMENT_CHARS,
  rateSessionFeedback,
} from '../../services/feedback/answer-session-feedback.js';

const say = (...replies: SkillResult['replies']): SkillResult => ({ replies });

/**
 * `act:feedback-rate:<feedback id>:<1..5>` — a tapped row, a typed number, or (from the feedback-answer step)
 * anything else typed while the rating is asked, which re-asks: "7", "great!!!".
 */
export const rateSession: Skill = async (ctx) => {
  const [feedbackId = '', said = ''] = (ctx.action?.arg ?? '').split(':');
  const own = await findOwnFeedback(ctx.em, feedbackId, ctx.contact.id);
  if (!own) return say(feedbackClosed(ctx.locale));
  const rating = /^[1-5]$/.test(said) ? Number(said) : null;
  if (rating === null) {
    if (own.rating != null) return say(alreadyRated(own.sessionTitle, own.rating, ctx.locale));
    return {
      replies: [ratingAgain(own.sessionTitle, own.id, ctx.locale)],
      question: { kind: 'session-rating', ref: own.id, askedAt: ctx.now.toISOString() },
    };
  }
  const outcome = await rateSessionFeedback(ctx.em, {
    feedbackId,
    contactId: ctx.contact.id,
    rating,
    now: ctx.now,
  });
  if (outcome.kind === 'unknown') return say(feedbackClosed(ctx.locale));
  if (outcome.kind === 'already') {
    const replies = [alreadyRated(outcome.sessionTitle, outcome.rating, ctx.locale)];
    if (!outcome.commentOpen) return { replies };
    // The first tap asked for a comment: this answer must not close that question.
    return {
      replies,
      question: { kind: 'session-comment', ref: outcome.feedbackId, askedAt: ctx.now.toISOString() },
    };
  }
  return {
    replies: [commentQuestion(outcome.feedbackId, ctx.locale)],
    question: { kind: 'session-comment', ref: outcome.feedbackId, askedAt: ctx.now.toISOString() },
  };
};

/** `act:feedback-comment:<feedback id>`: the message's text, read by the feedback-answer step, is the comment. */
export const commentSession: Skill = async (ctx) => {
  const feedbackId = ctx.action?.arg ?? '';
  const comment = ctx.text.trim();
  if (comment.length > MAX_COMMENT_CHARS) {
    return {
      replies: [commentTooLong(MAX_COMMENT_CHARS, ctx.locale)],
      question: { kind: 'session-comment', ref: feedbackId, askedAt: ctx.now.toISOString() },
    };
  }
  const outcome = await commentSessionFeedback(ctx.em, {
    feedbackId,
    contactId: ctx.contact.id,
    comment,
    now: ctx.now,
  });
  return say(outcome.kind === 'saved' ? commentSaved(ctx.locale) : feedbackClosed(ctx.locale));
};

/** `act:feedback-skip:<feedback id>`: no comment. */
export const skipComment: Skill = async (ctx) => {
  const outcome = await commentSessionFeedback(ctx.em, {
    feedbackId: ctx.action?.arg ?? '',
    contactId: ctx.contact.id,
    comment: null,
    now: ctx.now,
  });
  return say(outcome.kind === 'skipped' ? commentSkipped(ctx.locale) : feedbackClosed(ctx.locale));
};
