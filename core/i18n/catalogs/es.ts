import { agendaEs } from './agenda/es.js';
import { checkInEs } from './check-in/es.js';
import type { Catalog } from './en.js';
import { feedbackEs } from './feedback/es.js';
import { leadsEs } from './leads/es.js';
import { networkingEs } from './networking/es.js';
import { nluEs } from './nlu/es.js';
import { paymentsEs } from './payments/es.js';
import { privacyEs } from './privacy/es.js';
import { voiceEs } from './voice/es.js';
import { waitlistEs } from './waitlist/es.js';

/** Spanish (Spain, understood in Latin America too): the same ids as en.ts. */
export const es: Catalog = {
  ...nluEs,
  ...voiceEs,
  ...feedbackEs,
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
  'help.intro': 'Esto es lo que puedo hacer por ti en {event}:',
  'help.tickets': '• Entradas — "2 entradas VIP", "mis entradas", "cancelar mi reserva"',
  'help.waitlist':
    '• Listas de espera — "apúntame a la lista de espera VIP, somos 3", "¿en qué puesto estoy?"',
  'help.checkin':
    '• Check-in — "check-in con selfie": acepta una vez, envía un selfie, y en el recinto un selfie te hace el check-in',
  'help.privacy': '• Privacidad — "borra mis datos faciales", "olvídame"',
  'help.agenda': '• Agenda — "¿qué hay a las 14h?", "¿dónde es la keynote?"',
  'help.networking':
    '• Networking — "¿a quién debería conocer?", "quedar con Bob a las 15h", "mis reuniones", "soy CTO, me interesa Postgres y estoy contratando"',
  'help.questions': '• Preguntas — Wi-Fi, aparcamiento, comida, reembolsos… pregunta sin más',
  'help.sponsors':
    '• Patrocinadores — pide una demo a un patrocinador o envía el código de su stand; no se comparte nada sin tu sí',
  'help.human': '• Una persona — di "hablar con alguien" cuando quieras',
  'help.stop': '• STOP para pausar novedades y ofertas, START para reanudarlas',
  'help.voice': 'También puedes enviar notas de voz.',
  'help.languages':
    'Respondo en English, Português y Español — di "speak English" o "fala português" para cambiar.',

  'greeting.hello': '¡Hola {name}! 👋',
  'greeting.helloThere': '¡Hola! 👋',
  'greeting.attendee': 'Soy el asistente de {event}.',
  'greeting.stranger':
    'Soy el asistente de {event}. Bienvenido — todavía no tengo ninguna entrada asociada a este número, pero puedo ayudarte igualmente.',
  'thanks.reply': '¡De nada! Escríbeme cuando necesites cualquier otra cosa. 🙂',

  'fallback.notUnderstood':
    'Perdona, no lo he entendido. Puedo ayudarte con {event}: la agenda, dudas prácticas (Wi-Fi, aparcamiento, comida…) o hablar con el equipo.',
  'fallback.goodQuestion':
    'Buena pregunta — no tengo la respuesta y prefiero no adivinar. ¿Quieres que le pida a alguien del equipo que te responda aquí?',
  'fallback.stillNotGettingIt':
    'Perdona, sigo sin entenderlo. ¿Quieres que le pida a una persona del equipo que te responda aquí?',
  'fallback.yesAHuman': 'Sí, una persona',
  'fallback.cancelled': 'Vale, cancelado. ¿En qué más te puedo ayudar?',
  'fallback.nothingPending': 'Ahora mismo no hay nada esperando un sí o un no. ¿En qué te puedo ayudar?',
  'fallback.staleButton': 'Ese botón ya no hace nada. ¿En qué te puedo ayudar?',
  'fallback.notYetAvailable':
    'Eso todavía no está disponible — llegará pronto. Mientras tanto puedo responder preguntas sobre {event}, enseñarte la agenda o ponerte en contacto con el equipo.',
  'fallback.pickOne': 'Elige una de estas opciones, de 1 a {count}.',
  'fallback.choices': 'Opciones',
  'human.declined':
    'Sin problema. Prueba a preguntarme de otra forma, o escribe "ayuda" para ver lo que puedo hacer.',
  'human.asked': 'Ya se lo he pedido al equipo — una persona te responderá aquí en cuanto pueda.',
  'human.alreadyQueued': 'Ya estás en la cola del equipo — una persona te responderá aquí pronto.',

  'canned.cannotOpen': 'Lo siento, no puedo abrir {what} aquí. Envíame un mensaje de texto, por favor.',
  'canned.emptyMessages': 'mensajes vacíos',
  'canned.tooLong':
    'Ese mensaje es muy largo — demasiado para leerlo bien. ¿Puedes enviar una pregunta más corta (una o dos frases)?',
  'canned.empty': 'Tu mensaje parece vacío. ¿En qué te puedo ayudar?',
  'canned.noEvent':
    '¡Hola! Ahora mismo no hay ningún evento en este número, así que todavía no puedo ayudarte. Vuelve a intentarlo más tarde.',

  'optOut.done':
    'Hecho — no recibirás más novedades ni ofertas nuestras. Seguiré respondiendo cuando me escribas. Envía START para volver a activarlas.',
  'optIn.done':
    'Bienvenido de nuevo — las novedades y ofertas vuelven a estar activas. Envía STOP cuando quieras para pausarlas.',

  'myTickets.none': 'Todavía no tienes entradas para {event} en este número. ¿Compramos algunas?',
  'myTickets.intro': 'Tus entradas para {event}:',
  'myTickets.and': 'Y:',
  'cancel.none': 'No tienes reservas que cancelar.',
  'cancel.which': '¿Qué reserva cancelo?',
  'cancel.yourBookings': 'Tus reservas',
  'cancel.awaitingPayment': 'pendiente de pago',
  'cancel.confirmed': 'confirmada',
  'cancel.howMany':
    'Tu reserva {tier} {reference} tiene {seats, plural, one {# entrada} other {# entradas}}, así que puedo cancelar de 1 a {seats}. ¿Cuántas cancelo?',
  'cancel.whole':
    '¿Cancelo toda tu reserva {tier} {reference} ({seats, plural, one {# entrada} other {# entradas}})?',
  'cancel.some':
    '¿Cancelo {quantity} de las {seats, plural, one {# entrada} other {# entradas}} de tu reserva {tier} {reference}?',
  'cancel.refundWillBe': 'Registraré un reembolso de {amount} (modo demo: no se mueve dinero).',
  'cancel.onlySome': '(Para cancelar solo algunas, di por ejemplo "cancelar 1 entrada".)',
  'cancel.yes': 'Sí, cancelar',
  'cancel.no': 'No, mantener',
  'cancel.kept': 'Vale, tu reserva se queda como está.',
  'cancel.lostTrack':
    'Perdona, he perdido el hilo de la reserva. Di "cancelar mi reserva" para empezar de nuevo.',
  'cancel.checkoutOpen':
    'Tu enlace de pago es para {count, plural, one {# entrada} other {las # entradas}}, así que no puedo cancelar solo algunas antes de que pagues. Puedes cancelar toda la reserva (di "cancelar mi reserva") o pagar primero y luego cancelar las entradas que no necesites.',
  'cancel.gone': 'Esa reserva ya se canceló o ha caducado — no hay nada más que hacer.',
  'cancel.done':
    'Hecho — he cancelado {count, plural, one {# entrada} other {# entradas}} y he liberado las plazas.',
  'cancel.refunded': 'Queda registrado un reembolso de {amount} (modo demo: no se mueve dinero).',
  'cancel.left': 'Todavía tienes {count, plural, one {# entrada} other {# entradas}} en esa reserva.',
  'offer.goodNews': '¡Buenas noticias!',
  'offer.goodNewsName': '¡Buenas noticias, {name}!',
  'offer.opened':
    'Se {seats, plural, one {ha liberado # plaza} other {han liberado # plazas}} de {tier} en {event} y te {seats, plural, one {la} other {las}} guardo hasta {deadline}.',
  'offer.free': 'Son gratis.',
  'offer.priceOne': 'El precio es {total}.',
  'offer.priceMany': '{total} en total ({unit} cada una).',
  'offer.howTo': 'Reservar para comprar, o Pasar para dárselas a la siguiente persona de la lista.',
  'offer.replyNumber': 'Responde 1 para reservar o 2 para pasar.',
  'offer.claim': 'Reservar',
  'offer.pass': 'Pasar',
  'offer.there': 'hola',
  'offer.freeWord': 'gratis',
  'offer.expired':
    'Tu oferta de {seats, plural, one {# plaza} other {# plazas}} de {tier} ha caducado, así que {seats, plural, one {se la he pasado} other {se las he pasado}} a la siguiente persona y te he quitado de esa lista de espera. Puedes volver a apuntarte cuando quieras.',
  'offer.joinAgain': 'Apuntarme otra vez',
  'reservation.expired':
    'Tu reserva {reference} no se pagó a tiempo, así que he liberado las plazas. ¿Quieres reservar de nuevo?',

  'safety.slowDown':
    'Estás enviando mensajes más rápido de lo que puedo leerlos. Los he guardado todos, pero espera un minuto antes de enviar más.',
  'safety.notHandled':
    'Lo siento, algo salió mal por nuestra parte con tu último mensaje y no pude responderlo. El equipo ya está avisado; puedes enviarlo de nuevo o pedir hablar con una persona.',
  ...waitlistEs,
  ...agendaEs,
  ...checkInEs,
  ...networkingEs,
  ...privacyEs,
  ...leadsEs,
  ...paymentsEs,
};
