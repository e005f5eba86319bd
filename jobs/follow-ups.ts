import type { FollowUp } from '../core/router/skill.js';
import type { Queues } from './queues.js';

/** Maps each follow-up a skill asked for to its queue. */
export async function dispatchFollowUps(_queues: Queues, followUps: FollowUp[]): Promise<void> {
  for (const followUp of followUps) {
    switch (followUp.kind) {
      case 'offer-freed-seats':
        // Wired up with the waiting-list jobs.
        break;
    }
  }
}
