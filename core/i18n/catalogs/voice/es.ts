import type { VoiceMessageId } from './en.js';

/** Voice notes in Spanish: the same ids as en.ts. */
export const voiceEs: Readonly<Record<VoiceMessageId, string>> = {
  'voice.heard': '🎤 Entendí: “{text}”',
  'voice.unsure':
    '🎤 Entendí: “{text}”, pero no estoy seguro de haberlo entendido bien. ¿Sigo adelante con eso?',
  'voice.yes': 'Sí, adelante',
  'voice.no': 'No, es incorrecto',
  'voice.sayAgain': '¡Perdona! Dilo otra vez, o escríbelo.',
  'voice.unclear': 'No lo he entendido. ¿Puedes escribirlo o intentarlo otra vez?',
  'voice.silence':
    'Tu nota de voz parece estar en silencio; no he oído nada. ¿Puedes intentarlo otra vez, o escribirlo?',
  'voice.corrupt':
    'No he podido abrir esa nota de voz (el archivo parece dañado). ¿Puedes enviarla otra vez, o escribirlo?',
  'voice.unsupported':
    'No puedo reproducir ese formato de audio. ¿Puedes grabar una nota de voz de WhatsApp, o escribirlo?',
  'voice.tooLong': 'Esa nota de voz es demasiado larga para mí; que dure menos de 2 minutos, o escríbelo.',
  'voice.tooBig':
    'Ese archivo de audio es demasiado grande (16 MB como máximo). ¿Puedes enviar una nota de voz corta, o escribirlo?',
  'voice.downloadFailed': 'No he podido descargar esa nota de voz. ¿Puedes enviarla otra vez, o escribirlo?',
  'voice.language': 'Por ahora solo entiendo notas de voz en inglés. ¿Puedes escribir tu mensaje, por favor?',
};
