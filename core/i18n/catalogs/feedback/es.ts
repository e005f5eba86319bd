import type { FeedbackMessageId } from './en.js';

/** Session attendance, session feedback and CSAT, in Spanish: the ids of ./en.ts. */
export const feedbackEs: Readonly<Record<FeedbackMessageId, string>> = {
  'attendance.recorded':
    'Te damos la bienvenida a *{title}*{room} ✅ He anotado que estás aquí. Cuando termine te preguntaré qué tal fue.',
  'attendance.already': 'Ya estás anotado/a en *{title}* — ¡disfruta de la sesión!',
  'attendance.notStarted':
    '*{title}* empieza a las {time}, {day}{room}. Escanea el código de la puerta otra vez cuando estés allí.',
  'attendance.ended': '*{title}* ya terminó ({time}, {day}), así que ya no puedo anotarte allí.',
  'attendance.unknownCode':
    'No reconozco ese código de sesión. ¿En qué charla estás? Dime su título, por ejemplo "estoy en la keynote".',

  'feedback.rating.1': '1 – Mala',
  'feedback.rating.2': '2 – Regular',
  'feedback.rating.3': '3 – Buena',
  'feedback.rating.4': '4 – Muy buena',
  'feedback.rating.5': '5 – Excelente',
  'feedback.rating.button': 'Valorar',
  'feedback.rating.question': '¿Qué tal fue *{title}*? Valórala del 1 al 5 (5 = excelente).',
  'feedback.rating.again': 'Elige un número del 1 al 5 para *{title}* (1 = mala, 5 = excelente).',
  'feedback.comment.question': '¡Gracias! ¿Quieres añadir algo? Escribe un comentario breve o toca Omitir.',
  'feedback.comment.skip': 'Omitir',
  'feedback.alreadyRated': 'Ya valoraste *{title}* con {rating}/5 — gracias, cuenta una vez.',
  'feedback.comment.saved': 'Gracias — tu comentario ha llegado a la organización.',
  'feedback.comment.skipped': 'Sin problema — ¡gracias por valorar!',
  'feedback.comment.tooLong':
    'Ese comentario es un poco largo para mí — ¿puedes dejarlo en menos de {max} caracteres? O toca Omitir.',
  'feedback.closed': 'Esa solicitud de valoración ya se respondió o caducó — ¡gracias!',

  'csat.question': '¿Lo hemos resuelto?',
  'csat.yes': '👍 Sí',
  'csat.no': '👎 No',
  'csat.thanks.up': '¡Genial — gracias por decírnoslo! 🙌',
  'csat.thanks.down':
    'Sentimos no haberlo resuelto. Gracias por decírnoslo — el equipo lo revisará. Di "hablar con una persona" cuando quieras.',
  'csat.already': 'Gracias — ya tenemos tu respuesta a esa pregunta.',
};
