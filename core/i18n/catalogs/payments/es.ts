import type { paymentsEn } from './en.js';

/** Spanish words of paying, receipts and refunds: the same ids as en.ts. */
export const paymentsEs: Readonly<Record<keyof typeof paymentsEn, string>> = {
  'payments.reserved':
    'Reservado: {count, plural, one {# entrada} other {# entradas}}, {tier} — pedido {reference}. Total {total}.\nTe guardo las plazas hasta las {until} (hora del evento). El enlace de pago seguro llega en un momento.',
  'payments.checkoutLink':
    'Paga {total} por el pedido {reference} de forma segura con Stripe:\n{url}\nEl enlace y tus plazas se guardan hasta las {until} (hora del evento). Tus entradas llegan aquí en cuanto se complete el pago.',
  'payments.paid': '¡Pago de {total} recibido — gracias! ¡Ya tienes tu reserva! 🎉',
  'payments.paidLate':
    '¡Pago de {total} recibido (llegó después de terminar la reserva, pero las plazas seguían libres) — gracias! ¡Ya tienes tu reserva! 🎉',
  'payments.vat': 'IVA incluido {rate, number} %: {vat}',
  'payments.receipt': 'Recibo: {url}',
  'payments.receiptLater': 'Tu recibo de Stripe del pedido {reference} ({total}): {url}',
  'payments.alreadyPaid': 'Este pedido ya está pagado — aquí tienes de nuevo tus entradas:',
  'payments.demoPaid':
    'Pago registrado (modo demo: no se ha cobrado ninguna tarjeta). ¡Ya tienes tu reserva! 🎉',
  'payments.orderNotFound': 'No he encontrado ese pedido para tu número.',
  'payments.ranOut':
    '{reference, select, none {La reserva} other {La reserva {reference}}} caducó antes del pago, así que sus plazas volvieron a la venta. ¿Quieres reservar de nuevo?',
  'payments.wasCancelled':
    '{reference, select, none {Esa reserva} other {Esa reserva ({reference})}} se canceló, así que no hay nada que pagar. ¿Quieres reservar de nuevo?',
  'payments.latePaymentRefund':
    'Tu pago del pedido {reference} llegó después de terminar la reserva de plazas, y mientras tanto esas plazas fueron para otra persona — ¡lo siento! Te devuelvo los {amount} completos a tu tarjeta; te aviso cuando esté hecho. ¿Quieres reservar de nuevo?',
  'payments.refundDone':
    'El reembolso de {amount} del pedido {reference} está hecho. Los bancos suelen mostrarlo en 5 a 10 días.',
  'payments.refundFailed':
    'El reembolso de {amount} del pedido {reference} no se ha podido hacer en Stripe. El equipo ya está avisado y se está ocupando — no tienes que hacer nada; lo resolverán y te responderán aquí.',
  'payments.previewNone':
    'Según la política de reembolso del evento esta reserva ya no se puede reembolsar, así que no se devuelve dinero.',
  'payments.preview':
    'Recibes {percent, select, 100 {el reembolso completo} other {un reembolso del {percent} %}} de {amount} {provider, select, stripe {en tu tarjeta} other {(modo demo: no se mueve dinero)}} según la política de reembolso del evento{until, select, none {} other { ({percent} % de devolución hasta el {until})}}.',
  'payments.refundOnItsWay':
    'Tu reembolso de {amount} está en camino a tu tarjeta; te aviso cuando esté hecho.',
  'payments.refundRecorded': 'Queda registrado un reembolso de {amount} (modo demo: no se mueve dinero).',
  'payments.organizerRefund':
    'La organización ha cancelado tu reserva {reference} y la ha reembolsado por completo: {amount}{provider, select, stripe { en tu tarjeta — te aviso cuando esté hecho.} other { (modo demo: no se mueve dinero).}}',
};
