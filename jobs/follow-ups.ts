import type { FollowUp } from '../core/router/skill.js';
import { enqueueAnalyseFeedback } from './analyse-feedback.job.js';
import type { Queues } from './create-queues.js';
import { enqueueDeliveries } from './delivery.job.js';
import { enqueueEmbedProfiles } from './embed-profiles.job.js';
import { enqueueExpireCheckout } from './expire-checkout.job.js';
import { enqueueHandoffMessage } from './handoff-message.job.js';
import { enqueueHandoffOpened } from './handoff-opened.job.js';
import { enqueueIssueRefund } from './issue-refund.job.js';
import { enqueueLeadAlert } from './lead-alert.job.js';
import { enqueueLeadWithdrawn } from './lead-withdrawn.job.js';
import { scheduleMeetingTimers } from './meeting-timer.job.js';
import { enqueueOfferFreedSeats } from './offer-freed-seats.job.js';
import { enqueueOpenCheckout } from './open-checkout.job.js';

/** Maps each follow-up a skill asked for to its queue. */
export async function dispatchFollowUps(queues: Queues, followUps: FollowUp[]): Promise<void> {
  for (const followUp of followUps) {
    switch (followUp.kind) {
      case 'offer-freed-seats':
        // Lost (Redis down)? The waiting-list sweep offers the tier's free seats within seconds.
        await enqueueOfferFreedSeats(queues, followUp.tierId);
        break;
      case 'handoff-opened':
        await enqueueHandoffOpened(queues, followUp.handoffId);
        break;
      case 'handoff-message':
        await enqueueHandoffMessage(queues, followUp.handoffId, followUp.messageId);
        break;
      case 'lead-alert':
        // Lost (Redis down)? The leads sweep finds the pending alert within seconds.
        await enqueueLeadAlert(queues, followUp.leadId);
        break;
      case 'lead-withdrawn':
        await enqueueLeadWithdrawn(queues, followUp.leadId);
        break;
      // Lost (Redis down)? The outbox sweeper delivers the rows; the networking sweep runs due timers and
      // embeds profiles that have no vector (a changed one keeps its old vector until the next change).
      case 'deliver':
        await enqueueDeliveries(queues, followUp.outboxIds);
        break;
      case 'profile-changed':
        await enqueueEmbedProfiles(queues, followUp.eventId, [followUp.attendeeId]);
        break;
      // Lost (Redis down)? The payments sweep opens the checkout or issues the refund within seconds.
      case 'open-checkout':
        await enqueueOpenCheckout(queues, followUp.orderId);
        break;
      case 'issue-refund':
        await enqueueIssueRefund(queues, followUp.paymentId);
        break;
      // Lost? Stripe expires the session at the hold's end anyway, and a late payment is refunded.
      case 'expire-checkout':
        await enqueueExpireCheckout(queues, followUp.orderId);
        break;
      case 'meeting-timers':
        await scheduleMeetingTimers(queues, followUp.meetingId, followUp.at, new Date());
        break;
      case 'analyse-feedback':
        await enqueueAnalyseFeedback(queues, followUp.messageId, followUp.feedbackId);
        break;
    }
  }
}
