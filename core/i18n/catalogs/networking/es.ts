import type { NetworkingId } from './en.js';

export const networkingEs: Readonly<Record<NetworkingId, string>> = {
  'net.needsAttendee':
    'Las sugerencias de contactos y las reuniones son para los asistentes de {event}. Cuando tengas entrada, di "¿a quién debería conocer?".',
  'net.noSlotBoth':
    '{intro} No he encontrado ningún hueco libre para los dos en el horario de networking, lo siento.',
  'net.pickTime': '{intro} Elige una hora y envío la solicitud:',
  'net.pickTimeOn': '{intro} Elige una hora ({day}) y envío la solicitud:',
  'net.requested':
    '📨 Le he pedido a {name} que se reúna contigo: {slot}. Te aviso cuando {first} responda (si no hay respuesta antes de {deadline}, la solicitud caduca).',
  'net.chooseTime': '¿Cuándo te gustaría reunirte con {first}?',
  'net.busy':
    'Esa hora no puede ser: uno de los dos ya tiene una reunión o solicitud a esa hora, o todas las mesas están ocupadas.',
  'net.outsideHours': 'Eso está fuera del horario de networking.',
  'net.timePassed': 'Esa hora ya ha pasado.',
  'net.alreadyPending':
    'Ya hay una solicitud de reunión pendiente entre tú y {name} ({slot}). Di "mis reuniones" para verla.',
  'net.self': '¡Ese eres tú! ¿Con quién más te gustaría reunirte?',
  'net.notFoundTry':
    'No he encontrado a esa persona entre los asistentes de {event}. ¿Pruebas con su nombre completo?',
  'net.notFound': 'No he encontrado a esa persona entre los asistentes de {event}.',
  'net.whoToMeet':
    '¿Con quién te gustaría reunirte? Dime su nombre (o di "¿a quién debería conocer?" para ver sugerencias).',
  'net.choiceGone': 'Esa opción ya no está disponible.',

  'net.noSuggestions':
    'Ahora mismo no tengo a nadie que sugerirte. Háblame de ti — por ejemplo "soy CTO, me interesan Kubernetes y Postgres y busco contratar" — y encontraré gente que valga la pena conocer.',
  'net.meet': 'Conocer a {name}',
  'net.notInterestedIn': 'No me interesa: {name}',
  'net.worthMeeting':
    'Gente que vale la pena conocer en {event}:\n\n{lines}\n\nPide una reunión a alguno, o dime quién no te interesa:',
  'net.choose': 'Elegir',
  'net.suggestionGone':
    'Esa sugerencia ya no está disponible. Di "¿a quién debería conocer?" para ver otras.',
  'net.suggestionGoneShort': 'Esa sugerencia ya no está disponible.',
  'net.wontSuggest': 'Vale, no volveré a sugerirte a {name}.',

  'net.lapsed': 'Esta solicitud de {name} ha caducado. Aún puedes pedir una reunión: di "conocer a {first}".',
  'net.alreadyAccepted': 'Esta solicitud ya está aceptada — di "mis reuniones" para verla.',
  'net.alreadyClosed':
    'Esta solicitud ya está {status, select, declined {rechazada} cancelled {cancelada} expired {caducada} pending {pendiente} other {cerrada}}.',
  'net.requestGone': 'Ya no encuentro esa solicitud de reunión. Di "mis reuniones" para ver las tuyas.',
  'net.booked': '✅ Reservado: {name}, {slot} en {location}. Os aviso a los dos 10 minutos antes.',
  'net.slotFilled': 'Ese hueco se acaba de ocupar (tú, {first} o todas las mesas ya tenéis algo a esa hora).',
  'net.noSlotLeft': '{intro} No queda ningún hueco libre para los dos, lo siento.',
  'net.pickAnother': '{intro} Elige otra hora para proponérsela a {first}:',
  'net.pickAnotherOn': '{intro} Elige otra hora ({day}) para proponérsela a {first}:',
  'net.declined': 'Vale, le he dicho a {first} que no puedes.',
  'net.noOtherSlot': 'No hay otro hueco libre para los dos, lo siento.',
  'net.whichTime': '¿Qué hora te viene bien? Se la propondré a {first}:',
  'net.whichTimeOn': '¿Qué hora te viene bien ({day})? Se la propondré a {first}:',

  'net.meetingGone': 'Ya no encuentro esa reunión.',
  'net.tooEarly': 'Esa reunión todavía no ha empezado — pregúntame otra vez después.',
  'net.bothMet': 'Genial — {first} y tú habéis confirmado que os visteis. 🤝',
  'net.metNoted': '¡Genial, apuntado! Lo registro en cuanto {first} también lo confirme.',
  'net.noShow': 'Siento que {first} no haya venido — lo he apuntado.',
  'net.otherSuggestions': 'Otras sugerencias',
  'net.findSomeoneElse': '{sorry} ¿Busco a otra persona?',
  'net.standby': '{sorry} Alternativa: {name} está libre {slot} — {reason}. ¿Se lo pregunto?',
  'net.ask': 'Preguntar a {first}',

  'net.reason.wants': '{name} busca: «{words}»',
  'net.reason.into': 'a {name} le interesa «{words}»',
  'net.reason.theyAre':
    '{name} {goal, select, investing {invierte en startups} raising {busca inversión} hiring {está contratando} job_seeking {busca trabajo} selling {busca clientes} buying {busca proveedores} other {quiere conocer gente}}',
  'net.reason.learnTalk': 'quieres aprender sobre «{topic}» y {name} da una charla sobre «{talk}»',
  'net.reason.learnInterest': 'quieres aprender sobre «{topic}» y {name} trabaja en «{interest}»',
  'net.reason.learnRole': 'quieres aprender sobre «{topic}» y {name} es {role}',
  'net.reason.meet': 'quieres conocer a «{topic}»: {name} es {role}',
  'net.reason.shared': 'los dos trabajáis en {interests}',
  'net.reason.similar': '{name} es {role}, con un perfil parecido al tuyo',
  'net.reason.met': 'os conocisteis en el evento',
  'net.reason.roleAt': '{role} en {company}',
  'net.reason.here': 'asistente del evento',

  'net.linePendingMine': '• {when} con {who} — esperando su respuesta',
  'net.linePendingTheirs': '• {when} con {who} — esperando la tuya',
  'net.line': '• {when} con {who}',
  'net.lineAt': '• {when} con {who} en {location}',
  'net.met': ' — os visteis ✓',
  'net.didntHappen': ' — no se celebró',
  'net.noMeetings': 'Todavía no tienes reuniones. ¿Quieres sugerencias de gente a la que conocer?',
  'net.whoShouldIMeet': '¿A quién conocer?',
  'net.upcoming': '*Próximas*',
  'net.noUpcoming': 'No tienes reuniones próximas.',
  'net.pastHeading': '*Pasadas*',
  'net.noneToCancel': 'No tienes reuniones próximas que cancelar.',
  'net.cancelWho': 'Cancelar {first}',
  'net.cancelConfirm': '¿Cancelo tu reunión con {name} ({when})? Se lo diré a {first}.',
  'net.yesCancel': 'Sí, cancelarla',
  'net.keepIt': 'Mantenerla',
  'net.whichCancel': '¿Qué reunión cancelo?',
  'net.meetings': 'Reuniones',
  'net.cancelled': 'Cancelada. Ya se lo he dicho a {first}.',
  'net.meetingAlready':
    'Esa reunión ya está {status, select, declined {rechazada} cancelled {cancelada} expired {caducada} accepted {aceptada} other {cerrada}}.',
  'net.meetingNotFound': 'No encuentro esa reunión. Di "mis reuniones" para ver las tuyas.',

  'net.tellMe':
    'Háblame de ti y de a quién te gustaría conocer — por ejemplo "soy CTO, me interesan Kubernetes y Postgres y busco contratar". También puedes decir "oculta mi perfil".',
  'net.role': 'cargo: {value}',
  'net.company': 'empresa: {value}',
  'net.interests': 'intereses: {value}',
  'net.goals': 'buscas: {value}',
  'net.hidden': 'Tu perfil está oculto: no se lo sugeriré a nadie (di "muestra mi perfil" para deshacerlo).',
  'net.visible': 'Tu perfil vuelve a estar visible para las sugerencias.',
  'net.noted': 'Entendido — he apuntado {items}.',

  'meeting.invite': '👋 {name} quiere reunirse contigo: {slot}.',
  'meeting.inviteRole': '👋 {name} ({role}) quiere reunirse contigo: {slot}.',
  'meeting.why': 'Por qué: {reason}.',
  'meeting.attendee': 'asistente',
  'meeting.accept': 'Aceptar',
  'meeting.decline': 'Rechazar',
  'meeting.otherTime': 'Otra hora',
  'meeting.metYes': 'Sí, nos vimos',
  'meeting.metNo': 'No nos vimos',
  'meeting.findOthers': 'Buscar a otros',
  'meeting.declined': '{who} no puede {slot}. ¿Te sugiero otras personas a las que conocer?',
  'meeting.lapsed':
    '{who} no respondió a tiempo a tu solicitud de reunión ({slot}), así que la he retirado. ¿Te sugiero otras personas?',
  'meeting.reminder': '⏰ Dentro de 10 minutos: tu reunión con {other} en {location}, {slot}.',
  'meeting.reminderRole': '⏰ Dentro de 10 minutos: tu reunión con {other} ({role}) en {location}, {slot}.',
  'meeting.didYouMeet': '¿Te reuniste con {other} ({slot})?',
  'meeting.accepted': '✅ {name} ha aceptado: {slot} en {location}. Te aviso 10 minutos antes.',
  'meeting.requestLapsed':
    'La solicitud de reunión de {name} ({slot}) caducó sin respuesta. Aún puedes pedir una reunión: di "conocer a {first}".',
  'meeting.erased':
    '{first} ya no está disponible, así que tu reunión ({slot}) queda cancelada. ¿Te sugiero otras personas?',
  'meeting.erasedAt':
    '{first} ya no está disponible, así que tu reunión ({slot}, {location}) queda cancelada. ¿Te sugiero otras personas?',
  'meeting.cancelledBy':
    '{first} ha cancelado {pending, select, yes {la solicitud de reunión} other {vuestra reunión}} ({slot}). ¡Lo siento! ¿Te sugiero otras personas?',
  'meeting.cancelledByAt':
    '{first} ha cancelado {pending, select, yes {la solicitud de reunión} other {vuestra reunión}} ({slot}, {location}). ¡Lo siento! ¿Te sugiero otras personas?',
  'meeting.insteadOf': 'en lugar de {slot}',
  'meeting.someone': 'Alguien',
  'meeting.meetingPoint': 'el punto de encuentro',
};
