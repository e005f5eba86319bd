import { feedbackChartContent, feedbackNote } from '../../replies/feedback-notes.js';
import { summariseFeedback } from '../../services/feedback/feedback-summary.js';
import { answer, defineCommand } from '../command.js';

/**
 * `/eventos feedback [session]`: session ratings (average, count, distribution, top topics) and, for one
 * session, comments; a chart of the ratings is uploaded to the channel after the answer.
 */
export const feedback = defineCommand({
  name: 'feedback',
  role: 'staff',
  runs: 'queued',
  parse: (input) => ({ session: input.slice(0, 200) }),
  run: (ctx, args) => summariseFeedback(ctx.em, ctx.seat.eventId, args.session),
  reply: (outcome) => {
    const chart = feedbackChartContent(outcome);
    return answer(feedbackNote(outcome), chart ? { chart } : {});
  },
});
