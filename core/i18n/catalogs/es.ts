import type { Catalog } from './en.js';

/** Spanish (Spain, understood in Latin America too): the same ids as en.ts. */
export const es: Catalog = {
  'language.switched': 'De acuerdo — a partir de ahora te respondo en español.',
  'language.unsupported':
    '(Lo siento, solo hablo English, Português y Español, así que respondo en español.)',

  'button.yes': 'Sí',
  'button.no': 'No',
  'button.confirm': 'Confirmar',
  'button.cancel': 'Cancelar',
  'menu.book': 'Comprar entradas',
  'menu.agenda': 'Agenda',
  'menu.human': 'Hablar con alguien',
  'menu.myTickets': 'Mis entradas',

  'human.offer.yes': 'Sí, al equipo',
  'human.offer.no': 'No, gracias',

  'faq.askWhat': 'Claro — ¿qué te gustaría saber? (p. ej. "¿cuál es la contraseña del Wi-Fi?")',
  'faq.notSure':
    'No estoy seguro de eso y prefiero no adivinar. ¿Quieres que le pida a alguien del equipo que te responda aquí?',

  'tiers.free': 'gratis',
  'tiers.soldOut': 'agotado',
  'tiers.left': 'quedan {available}, hasta {max} por pedido',
  'tiers.line': '*{tier}*: {price} ({left})',
  'tiers.includes': 'incluye {benefits}',
  'tiers.requires': 'requiere {requirement}',
  'tiers.book': 'Comprar {tier}',
  'tiers.none': 'No hay entradas a la venta para este evento.',
  'tiers.heading': 'Nuestras entradas:',

  'tickets.choose': '¡Encantado! ¿Qué tipo de entrada quieres?',
  'tickets.chooseFor': '¡Encantado! {count, plural, one {# entrada} other {# entradas}} — ¿de qué tipo?',
  'tickets.chooseButton': 'Tipos de entrada',
  'tickets.rowFree': 'Gratis',
  'tickets.rowSoldOut': 'agotado',
  'tickets.rowLeft': 'quedan {available}',
  'tickets.summaryFree': '{quantity} × {tier} — gratis',
  'tickets.summaryPaid': '{quantity} × {tier} a {unit} = {total}',
  'tickets.afterFree': 'Tus entradas llegan justo después de confirmar.',
  'tickets.afterPaid': 'Cuando confirmes, te guardo las plazas {minutes} minutos mientras pagas.',
  'tickets.shallIBook': '¿Reservo?',
  'tickets.issued':
    '{intro}\n{count, plural, one {# entrada} other {# entradas}}, {tier} — pedido {reference}\n{references}\nEnseña el código QR en la entrada (o di la referencia).',
  'tickets.reserved':
    'Reservado: {count, plural, one {# entrada} other {# entradas}}, {tier} — pedido {reference}. Total {total}.\nTe guardo las plazas hasta las {until} (hora del evento). Pulsa "Pagar ahora" para confirmarlas.',
  'tickets.reservedSoon': 'dentro de poco',
  'tickets.payNow': 'Pagar ahora',
  'tickets.cancelBooking': 'Cancelar reserva',
  'tickets.soldOutOffer':
    'Lo siento — {reason} ¿Quieres apuntarte a la lista de espera? Si se liberan plazas, te las ofrezco aquí.',
  'tickets.joinWaitlist': 'Lista de espera',
  'tickets.otherTickets': 'Otras entradas',
  'tickets.eventOver':
    '{event} ya ha terminado, así que las entradas ya no están a la venta. ¡Gracias por tu interés!',
  'tickets.salesClosed':
    'La venta de entradas para {event} está cerrada ahora mismo. Aun así puedo responder preguntas sobre el evento.',
  'tickets.notWhole': 'Solo puedo reservar un número entero de entradas, 1 o más — no {typed}.',
  'tickets.atMost': 'Puedo reservar como máximo {most} entradas por pedido — no {quantity}.',
  'tickets.askHowMany': '¿Cuántas entradas quieres?',
  'tickets.askHowManyUpTo': '¿Cuántas entradas quieres (hasta {limit})?',
  'tickets.askHowManyTier': '¿Cuántas entradas {tier} quieres?',
  'tickets.askHowManyTierUpTo': '¿Cuántas entradas {tier} quieres (hasta {limit})?',
  'tickets.notBooked': 'Vale, no he reservado nada. Di "quiero entradas" cuando quieras.',
  'tickets.lostOrder': 'Perdona, he perdido el hilo de ese pedido. ¿Empezamos de nuevo?',
  'tickets.booked': '¡Ya tienes tus entradas! 🎉',
  'tickets.bookedAgain': 'Ya habías reservado estas — aquí las tienes otra vez:',
  'tickets.sorry': 'Lo siento — {reason}',
  'tickets.thatType': 'Ese tipo de entrada',

  'refusal.unknownTier':
    'No encuentro ese tipo de entrada. Di "quiero entradas" para ver lo que está a la venta.',
  'refusal.notACount': 'El número de entradas tiene que ser un número entero, 1 o más.',
  'refusal.offerHolds':
    'Esta oferta guarda {count, plural, one {# plaza} other {# plazas}}; puedes reservar hasta ese número.',
  'refusal.eventOver': 'Este evento ya ha terminado, así que las entradas ya no se venden.',
  'refusal.salesClosed': 'La venta de entradas para este evento está cerrada ahora mismo.',
  'refusal.maxPerOrder': 'Las entradas {tier} están limitadas a {max} por pedido.',
  'refusal.priceChanged': 'El precio de {tier} ha cambiado.',
  'tickets.priceChanged':
    'El precio de {tier} cambió desde que te mostré el total: ahora es {now} por entrada (era {was}). No he reservado nada; este es el nuevo total:',
  'refusal.soldOut': '{tier} está agotado.',
  'refusal.onlyLeft':
    '{count, plural, one {Solo queda # entrada {tier}.} other {Solo quedan # entradas {tier}.}}',
  'refusal.personCap': 'Cada persona puede tener hasta {max} entradas para este evento; ya tienes {held}.',
};
