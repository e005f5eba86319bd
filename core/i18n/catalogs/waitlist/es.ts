import type { WaitlistId } from './en.js';

export const waitlistEs: Readonly<Record<WaitlistId, string>> = {
  'waitlist.alreadyOn': 'Ya estás en la lista de espera — {entry}',
  'waitlist.onOne': 'Estás en la lista de espera — {entry}',
  'waitlist.onMany': 'Estás en {count, plural, one {# lista de espera} other {# listas de espera}}:\n{lines}',
  'waitlist.joined':
    'Estás en la lista de espera de {tier} {size, plural, =1 {solo para ti} other {para un grupo de #}} — {place}.',
  'waitlist.claimWindow':
    'Cuando se liberen plazas te escribiré aquí y te las guardaré durante {minutes} minutos: toca Reservar para comprarlas o Pasar para dejárselas a la siguiente persona.',
  'waitlist.paused':
    'Ojo: has pausado los mensajes (STOP), así que no puedo enviarte una oferta. Envía START para recibirla.',
  'waitlist.first': 'eres el primero de la fila',
  'waitlist.place':
    'eres el n.º {position} de la fila — {groups, plural, one {# grupo} other {# grupos}} ({people, plural, one {# persona} other {# personas}}) delante de ti',
  'waitlist.entryHeld':
    '{tier}: {seats, plural, =1 {te guardo 1 plaza} other {te guardo # plazas}} hasta {deadline}.',
  'waitlist.entryQueued': '{tier} ({size, plural, =1 {solo tú} other {grupo de #}}): {place}.',
  'waitlist.seatsFree':
    'Buenas noticias — {tier} no está agotado: {free, plural, one {hay # plaza libre} other {hay # plazas libres}} ahora mismo, así que no hace falta esperar.',
  'waitlist.bookNow': 'Reservar ya',
  'waitlist.groupLimit':
    'La lista de espera de {tier} admite grupos de 1 a {max} (su límite por pedido). ¿Cuántas personas, contándote a ti?',
  'waitlist.closedOver': '{event} ya ha terminado, así que sus listas de espera están cerradas.',
  'waitlist.closedSales':
    'La venta de entradas está cerrada ahora mismo, así que las listas de espera también.',
  'waitlist.whichTier': '¿En la lista de espera de qué tipo de entrada quieres apuntarte?',
  'waitlist.unknownTier':
    'No he encontrado ese tipo de entrada. ¿En la lista de espera de qué tipo de entrada quieres apuntarte?',
  'waitlist.partyButton': '{size, plural, =1 {Solo yo} other {# personas}}',
  'waitlist.howMany':
    '¿Cuántas personas apunto en la lista de espera de {tier}, contándote a ti? (Hasta {max}.)',
  'waitlist.whereAmI': '¿Dónde estoy?',
  'waitlist.leaveList': 'Salir de la lista',
  'waitlist.notOnAny':
    'Ahora mismo no estás en ninguna lista de espera. Si un tipo de entrada está agotado, puedo apuntarte en su lista.',
  'waitlist.joinAList': 'Apuntarme a una',

  'waitlist.leave.nothing': 'Ahora mismo no estás en ninguna lista de espera, así que no hay nada que dejar.',
  'waitlist.leave.gone': 'Ya no estás en esa lista de espera — no hay nada que dejar.',
  'waitlist.leave.which': '¿De qué lista de espera quieres salir?',
  'waitlist.leave.notOnThat': 'No estás en esa lista de espera. ¿De qué lista de espera quieres salir?',
  'waitlist.leave.lists': 'Listas de espera',
  'waitlist.leave.done':
    'Hecho — has salido de la lista de espera de {tier}. Puedes volver a apuntarte cuando quieras.',
  'waitlist.leave.doneReleased':
    'Hecho — has salido de la lista de espera de {tier}. {seats, plural, one {La plaza} other {Las plazas}} que te guardaba {seats, plural, one {pasa} other {pasan}} a la siguiente persona. Puedes volver a apuntarte cuando quieras.',

  'waitlist.pass.done':
    'Sin problema — he pasado {seats, plural, =1 {la plaza} other {las # plazas}} a la siguiente persona de la fila y te he quitado de la lista de espera de {tier}. Puedes volver a apuntarte cuando quieras.',
  'waitlist.pass.closed':
    'Esta oferta está cerrada — {why, select, claimed {ya la reservaste} passed {ya la pasaste} expired {ha caducado} other {ha cambiado mientras tanto}}.',
  'waitlist.pass.notYours': 'Esta oferta no es tuya — se le hizo a otra persona.',
  'waitlist.pass.notFound': 'Ya no encuentro esa oferta.',

  'waitlist.claim.booked': '¡Dentro! 🎉 Las plazas de la lista de espera son tuyas.',
  'waitlist.claim.already': 'Ya reservaste esta oferta. Di "mis entradas" para ver tus entradas.',
  'waitlist.claim.alreadyRef':
    'Ya reservaste esta oferta — tu reserva es {reference}. Di "mis entradas" para ver tus entradas.',
  'waitlist.claim.expired':
    'Lo siento, esta oferta ha caducado, así que {seats, plural, =1 {la plaza ha pasado} other {las # plazas han pasado}} a la siguiente persona de la fila.',
  'waitlist.claim.passed':
    'Pasaste esta oferta, así que las plazas fueron a la siguiente persona de la fila.',
  'waitlist.claim.refused':
    'No he podido reservar estas plazas: {reason} Se las he pasado a la siguiente persona de la fila.',
  'waitlist.claim.notYours':
    'Esta oferta no es tuya — se le hizo a otra persona, así que no puedo reservarla por ti.',
  'waitlist.claim.notFound':
    'Ya no encuentro esa oferta. Di "dónde estoy en la lista de espera" para ver tu puesto.',
};
