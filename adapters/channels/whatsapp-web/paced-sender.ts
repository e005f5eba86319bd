import Bottleneck from 'bottleneck';
import type { ChannelSender } from '../../../core/ports/channel-sender.js';

export interface Pacing {
  /** Least time between two messages to the same chat. */
  perChatMs: number;
  /** Most messages per minute over all chats (spread evenly: one every 60 s / perMinute). */
  perMinute: number;
}

/** WhatsApp bans numbers that send in bursts from an ordinary account; these defaults stay well under that. */
export const DEFAULT_PACING: Pacing = { perChatMs: 1_000, perMinute: 20 };

/**
 * Paces sends with Bottleneck: a limiter per chat (one at a time, `perChatMs` apart) chained to one overall
 * limiter (one at a time, evenly spaced). In-process limits are exact here because one gateway process alone
 * holds the session and consumes the queue. Only real sends are paced: rows the claim skips cost nothing.
 */
export function pacedSender(
  sender: ChannelSender,
  pacing: Pacing = DEFAULT_PACING,
): ChannelSender & { stop(): Promise<void> } {
  const overall = new Bottleneck({ maxConcurrent: 1, minTime: Math.ceil(60_000 / pacing.perMinute) });
  const chats = new Bottleneck.Group({ maxConcurrent: 1, minTime: pacing.perChatMs });
  chats.on('created', (limiter) => limiter.chain(overall));
  return {
    name: sender.name,
    send: (request) => chats.key(request.to).schedule(() => sender.send(request)),
    async stop() {
      await Promise.allSettled(
        chats.limiters().map(({ limiter }) => limiter.stop({ dropWaitingJobs: true })),
      );
      await overall.stop({ dropWaitingJobs: true });
    },
  };
}
