import type { OutboundMessage } from '../../messages.js';
import { bookButton, reservedMessage, ticketMessages } from '../../replies/ticket-replies.js';
import type { Skill } from '../../router/skill.js';
import { listTickets } from '../../services/tickets/list-tickets.js';

/** "My tickets": every live order with its references, and a QR image per valid ticket (resent each time). */
export const myTickets: Skill<'links'> = async (ctx) => {
  const orders = await listTickets(ctx.em, { eventId: ctx.event.id, contactId: ctx.contact.id });
  if (orders.length === 0) {
    return {
      replies: [
        {
          kind: 'buttons',
          text: `You don't have any tickets for ${ctx.event.name} on this number yet. Shall we book some?`,
          buttons: [bookButton],
        },
      ],
    };
  }
  const replies: OutboundMessage[] = [];
  const confirmed = orders.filter((o) => o.status === 'confirmed');
  confirmed.forEach((o, i) => {
    const intro = i === 0 ? `Your tickets for ${ctx.event.name}:` : 'And:';
    replies.push(...ticketMessages({ ...o, orderId: o.id }, ctx.links, intro));
  });
  for (const o of orders.filter((x) => x.status === 'reserved')) {
    replies.push(reservedMessage({ ...o, orderId: o.id }, ctx.event.timezone));
  }
  return { replies };
};
