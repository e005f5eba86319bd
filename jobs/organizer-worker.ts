import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { CodeSheet } from '../core/ports/code-sheet.js';
import type { Embedder } from '../core/ports/embedder.js';
import type { FaqSemantics } from '../core/ports/faq-semantics.js';
import type { FeedbackChart } from '../core/ports/feedback-chart.js';
import type { OrganizerChat } from '../core/ports/organizer-chat.js';
import type { SalesChart } from '../core/ports/sales-chart.js';
import type { SentimentAnalyser } from '../core/ports/sentiment.js';
import { analyseFeedbackJob } from './analyse-feedback.job.js';
import { broadcastProgressJob } from './broadcast-progress.job.js';
import { broadcastSendJob } from './broadcast-send.job.js';
import type { Queues } from './create-queues.js';
import { startJobWorker } from './define-job.js';
import { faqEmbedJob } from './faq-embed.job.js';
import { faqSemanticsJob } from './faq-semantics.job.js';
import { feedSweepJob } from './feed-sweep.job.js';
import { handoffMessageJob } from './handoff-message.job.js';
import { handoffOpenedJob } from './handoff-opened.job.js';
import { handoffResolvedJob } from './handoff-resolved.job.js';
import { organizerCommandJob } from './organizer-command.job.js';

export interface OrganizerJobDeps {
  em: EntityManager;
  /** Null when Slack is not configured: handoff jobs then have nowhere to post and finish as skipped. */
  chat: OrganizerChat | null;
  handoffChannel: string | null;
  /** The live feed's channel; null turns the feed off. */
  feedChannel: string | null;
  /** Draws the sales chart `/eventos stats` uploads. */
  chart: SalesChart;
  /** Draws the session attendance codes `/eventos session-codes` uploads. */
  codeSheet: CodeSheet;
  /** Draws the ratings chart `/eventos feedback` uploads. */
  feedbackChart: FeedbackChart;
  /** Scores session comments and complaints (offline word lists by default). */
  sentiment: SentimentAnalyser;
  /** Embeds FAQs added or edited from Slack. */
  embedder: Embedder;
  /** FAQ search's cloud model (EMBEDDINGS_PROVIDER=openai), kept up to date by the faq-semantics sweep; or null. */
  faqSemantics: FaqSemantics | null;
}

/**
 * The Slack side's background work: run `/eventos` commands (answered through `response_url`), post a
 * handoff's thread, relay the attendee's messages into it, mark it resolved, send broadcasts and report their
 * progress, embed FAQs, and sweep the live feed. Concurrency 1 keeps relayed messages in their order in the
 * thread.
 */
export async function startOrganizerWorker(opts: {
  connection: Redis;
  prefix: string;
  deps: OrganizerJobDeps;
  queues: Queues;
}) {
  const { deps, queues } = opts;
  if (deps.chat && deps.feedChannel) await feedSweepJob.schedule(queues);
  if (deps.faqSemantics) await faqSemanticsJob.schedule(queues);
  return startJobWorker({
    queue: 'organizer',
    jobs: [
      organizerCommandJob,
      handoffOpenedJob,
      handoffMessageJob,
      handoffResolvedJob,
      broadcastSendJob,
      broadcastProgressJob,
      faqEmbedJob,
      faqSemanticsJob,
      feedSweepJob,
      analyseFeedbackJob,
    ],
    deps: { ...deps, queues },
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: 1,
  });
}
