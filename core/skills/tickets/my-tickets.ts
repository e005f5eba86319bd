import { translator } from '../../i18n/translate.js';
import type { OutboundMessage } from '../../messages.js';
import { bookButtonIn, reservedMessage, ticketMessages } from '../../replies/ticket-replies.js';
import type { Skill } from '../../router/skill.js';
import { listTickets } from '../../services/tickets/list-tickets.js';

/** "My tickets": every live order with its references, and a QR image per valid ticket (resent each time). */
export const myTickets: Skill<'links'> = async (ctx) => {
  const t = translator(ctx.locale);
  const orders = await listTickets(ctx.em, { eventId: ctx.event.id, contactId: ctx.contact.id });
  if (orders.length === 0) {
    return {
      replies: [
        {
          kind: 'buttons',
          text: t('myTickets.none', { event: ctx.event.name }),
          buttons: [bookButtonIn(ctx.locale)],
        },
      ],
    };
  }
  const replies: OutboundMessage[] = [];
  const confirmed = orders.filter((o) => o.status === 'confirmed');
  confirmed.forEach((o, i) => {
    const intro = i === 0 ? t('myTickets.intro', { event: ctx.event.name }) : t('myTickets.and');
    replies.push(...ticketMessages({ ...o, orderId: o.id }, ctx.links, intro, ctx.locale));
  });
  for (const o of orders.filter((x) => x.status === 'reserved')) {
    replies.push(reservedMessage({ ...o, orderId: o.id }, ctx.event.timezone, ctx.locale));
  }
  return { replies };
};
