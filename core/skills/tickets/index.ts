import { TICKET_ACTIONS } from '../../replies/ticket-replies.js';
import type { SkillRegistry } from '../../router/skill.js';
import { bookTickets } from './book-tickets.js';
import { cancelBooking } from './cancel-booking.js';
import { myTickets } from './my-tickets.js';
import { payOrder } from './pay-order.js';

/** Ticket skills: book, my tickets, cancel (and their action buttons). */
export function registerTicketSkills(registry: SkillRegistry): SkillRegistry {
  return registry
    .on('book_tickets', bookTickets)
    .on('my_tickets', myTickets)
    .on('cancel_booking', cancelBooking)
    .onAction(TICKET_ACTIONS.chooseTier, bookTickets)
    .onAction(TICKET_ACTIONS.pay, payOrder)
    .onAction(TICKET_ACTIONS.cancel, cancelBooking);
}
