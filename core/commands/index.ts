import { addFaqFromGap } from './buttons/add-faq-from-gap.js';
import { confirmBroadcastButton } from './buttons/confirm-broadcast.js';
import { confirmCapacity } from './buttons/confirm-capacity.js';
import { confirmCheckIn } from './buttons/confirm-check-in.js';
import { confirmPrice } from './buttons/confirm-price.js';
import { offerFreeSeats } from './buttons/offer-free-seats.js';
import { openLeadNote } from './buttons/open-lead-note.js';
import { rateLeadCard } from './buttons/rate-lead-card.js';
import { removeFromWaitlist } from './buttons/remove-from-waitlist.js';
import { resolveThread } from './buttons/resolve-thread.js';
import { urgentReply } from './buttons/urgent-reply.js';
import { broadcast } from './eventos/broadcast.js';
import { capacity } from './eventos/capacity.js';
import { checkin } from './eventos/checkin.js';
import { csat } from './eventos/csat.js';
import { faqAdd } from './eventos/faq-add.js';
import { faqEdit } from './eventos/faq-edit.js';
import { faqGaps } from './eventos/faq-gaps.js';
import { faqList } from './eventos/faq-list.js';
import { faqRemove } from './eventos/faq-remove.js';
import { feedback } from './eventos/feedback.js';
import { find } from './eventos/find.js';
import { handoffs } from './eventos/handoffs.js';
import { help } from './eventos/help.js';
import { leadFields } from './eventos/lead-fields.js';
import { leads } from './eventos/leads.js';
import { price } from './eventos/price.js';
import { refund } from './eventos/refund.js';
import { resolve } from './eventos/resolve.js';
import { sessionCodes } from './eventos/session-codes.js';
import { stats } from './eventos/stats.js';
import { waitlist } from './eventos/waitlist.js';
import { CommandRegistry } from './registry.js';
import { sponsorLeads } from './sponsor/sponsor-leads.js';
import { replyInThread } from './submissions/reply-in-thread.js';
import { saveFaqForm } from './submissions/save-faq-form.js';
import { saveLeadNote } from './submissions/save-lead-note.js';

/** `/eventos …`: every organizer command by its word(s); anything else gets help. */
export function createOrganizerCommands(): CommandRegistry {
  return new CommandRegistry()
    .add(help)
    .add(stats)
    .add(waitlist)
    .add(capacity)
    .add(find)
    .add(checkin)
    .add(handoffs)
    .add(resolve)
    .add(broadcast)
    .add(faqList)
    .add(faqAdd)
    .add(faqEdit)
    .add(faqRemove)
    .add(faqGaps)
    .add(leads)
    .add(leadFields)
    .add(sessionCodes)
    .add(feedback)
    .add(csat)
    .add(refund)
    .add(price)
    .otherwise(help);
}

/** `/leads [export]` in a sponsor's channel: one command, the whole text its argument. */
export function createSponsorCommands(): CommandRegistry {
  return new CommandRegistry({ logAs: 'leads' }).otherwise(sponsorLeads);
}

/** The buttons under organizer and sponsor notes, by action id. */
export function createOrganizerButtons(): CommandRegistry {
  return new CommandRegistry()
    .add(confirmCheckIn)
    .add(offerFreeSeats)
    .add(removeFromWaitlist)
    .add(confirmBroadcastButton)
    .add(confirmCapacity)
    .add(confirmPrice)
    .add(resolveThread)
    .add(rateLeadCard)
    .add(openLeadNote)
    .add(urgentReply)
    .add(addFaqFromGap);
}

/** What organizers and sponsors submit besides commands: forms, and replies in handoff threads. */
export function createOrganizerSubmissions(): CommandRegistry {
  return new CommandRegistry().add(saveFaqForm).add(saveLeadNote).add(replyInThread);
}
