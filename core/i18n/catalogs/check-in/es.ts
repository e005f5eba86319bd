import type { CheckInId } from './en.js';

export const checkInEs: Readonly<Record<CheckInId, string>> = {
  'checkin.button': 'Check-in con selfie',
  'checkin.consent':
    'Check-in con selfie en {event}: en el recinto me mandas un selfie y te registro la entrada — sin cola para el lector de QR.\n• Qué guardo: una plantilla de tu cara (128 números calculados a partir del selfie), cifrada. No la foto: se lee una vez y se borra.\n• Para qué: solo para registrar tu entrada en {event}. Nunca se comparte.\n• Hasta cuándo: se borra automáticamente el {day} (después del evento), o en cuanto digas "borra mis datos faciales".\n¿Estás de acuerdo? Si no, el código QR de tu entrada funciona igual de bien.',
  'checkin.agree': 'Sí, de acuerdo',
  'checkin.qrOnly': 'No, solo QR',
  'checkin.enrolPrompt':
    '¡Gracias! Ahora mándame un selfie: solo tú, mirando a la cámara, con buena luz y la cara entera. Solo guardo la plantilla cifrada de tu cara, nunca la foto.',
  'checkin.enrolledNow':
    'Ya estás registrado ✅ Tu foto ya está borrada. Cuando estés en la entrada, mándame otro selfie para registrar tu entrada.',
  'checkin.enrolledLater':
    'Ya estás registrado ✅ Tu foto ya está borrada. El {day}, en {venue}, mándame un selfie aquí y registro tu entrada.',
  'checkin.readyNow': 'Ya estás registrado — mándame un selfie ahora y registro tu entrada.',
  'checkin.readyLater':
    'Todo listo para el check-in con selfie. El {day}, en {venue}, mándame un selfie aquí.',
  'checkin.notOpen':
    'El check-in abre el {day} (hora del evento). Tu selfie no se ha usado para nada — manda otro cuando estés en el recinto.',
  'checkin.closed':
    'El check-in de este evento está cerrado — el evento ya ha terminado. Tu selfie no se ha usado para nada.',
  'checkin.badgeDesk': 'Recoge tu acreditación en el mostrador de registro de {venue}.',
  'checkin.welcome':
    '✅ ¡Bienvenido a {event}, {holder}! Tu entrada está registrada (entrada {reference}).\n🪪 {badge}',
  'checkin.moreTickets':
    'Tienes {more} {more, plural, one {entrada más} other {entradas más}} en este número: tus invitados entran con sus códigos QR.',
  'checkin.already': 'Ya tienes la entrada registrada — desde las {when}. ¡Disfruta del evento! 🎉',
  'checkin.sinceToday': '{time} de hoy',
  'checkin.sinceDay': '{time} del {day}',
  'checkin.noTicket':
    'No encuentro ninguna entrada para {event} en este número, así que todavía no hay nada que registrar.',
  'checkin.photoWithoutConsent':
    '¡Gracias por la foto! No la he mirado: solo leo caras para el check-in con selfie, y solo si estás de acuerdo. ¿Qué quieres hacer?',
  'checkin.myQr': 'Mi código QR',
  'checkin.somethingElse': 'Otra cosa',
  'checkin.photoAfterNo':
    '¡Gracias por la foto! Elegiste el check-in con QR, así que no la he mirado. Aquí tienes tu entrada:',
  'checkin.qrOnlyReminder':
    'Elegiste el check-in con QR: enseña este código en la entrada (o dile la referencia al personal).',
  'checkin.qrOnlyAfterNo':
    'Sin problema — no hace falta selfie. Elegiste el check-in con QR: enseña este código en la entrada (o dile la referencia al personal).',
  'checkin.useSelfie': 'Usar un selfie',
  'checkin.problem.noFace':
    'No he encontrado ninguna cara en esa foto. Mándame un selfie: mirando a la cámara, con buena luz y la cara entera en la imagen.',
  'checkin.problem.twoFaces':
    'Veo más de una cara en esa foto. Mándame un selfie en el que salgas solo tú — cada invitado hace su propio check-in.',
  'checkin.problem.tooSmall':
    'Tu cara sale demasiado pequeña en esa foto. Acerca el móvil para que la cara ocupe buena parte de la imagen.',
  'checkin.problem.blurry':
    'Esa foto está demasiado borrosa. No te muevas, limpia la lente y vuelve a intentarlo con buena luz.',
  'checkin.unreadable.notAnImage':
    'No he podido abrir eso como foto (el archivo parece dañado o no es una imagen). Mándame un selfie hecho con la cámara.',
  'checkin.unreadable.tooBig':
    'Ese archivo es demasiado grande (16 MB como máximo). Mándame un selfie normal de la cámara del móvil.',
  'checkin.unreadable.downloadFailed':
    'No he podido descargar esa foto. ¿Puedes mandarla otra vez? El código QR de tu entrada también vale.',
  'checkin.sendAgain': 'No he llegado a leer esa foto — ¿puedes mandar tu selfie otra vez?',
  'checkin.retry':
    'Mmm, ese selfie no se parece lo suficiente a tu registro. Probemos otra vez: mirando de frente a la cámara, con buena luz, sin gafas de sol ni mascarilla.',
  'checkin.qrFallback':
    'Lo siento, sigo sin poder confirmar que eres tú con el selfie, así que usemos tu entrada: enseña este código QR en la entrada.',
  'checkin.enrolmentUnusable':
    'Ya no puedo usar tu registro facial, así que registra tu entrada con el código QR (abajo). Puedes registrarte otra vez con "check-in con selfie".',
};
