import type { PrivacyId } from './en.js';

export const privacyEs: Readonly<Record<PrivacyId, string>> = {
  'privacy.nothingDeleted': 'Vale — no he borrado nada.',
  'privacy.forgetAsk':
    'Olvidarme: borraré lo que guardo sobre ti para {event} — {what}.\nTus entradas y pedidos se quedan (son tu acceso y el registro de ventas de la organización); si quieres, cancélalos con "cancelar mi reserva".\nEsto no se puede deshacer. ¿Sigo?',
  'privacy.yesDelete': 'Sí, borrar',
  'privacy.noKeep': 'No, mantener',
  'privacy.noFaceData': 'No guardo ningún dato facial tuyo — no hay nada que borrar.',
  'privacy.faceDeleted':
    'Hecho — tu plantilla facial está borrada y el check-in con selfie está desactivado. Puedes seguir entrando con el código QR de tu entrada ("mis entradas").',
  'privacy.noFaceTemplate':
    'Hecho — no tenías ninguna plantilla facial guardada, y el check-in con selfie queda desactivado. El código QR de tu entrada sirve para el check-in.',
  'privacy.forgotten':
    'Hecho — he borrado {what} de {event}.\nTus entradas y pedidos siguen siendo válidos. Si vuelves a escribirme, solo sabré lo que me cuentes entonces.',
  'privacy.forgottenNothing':
    'Hecho — no guardaba nada más sobre ti para {event}.\nTus entradas y pedidos siguen siendo válidos. Si vuelves a escribirme, solo sabré lo que me cuentes entonces.',
  'privacy.what.leads': 'los datos compartidos con patrocinadores',
  'privacy.what.networking': 'el perfil de networking, las sugerencias y las reuniones',
  'privacy.what.faces': 'los datos faciales',
  'privacy.what.profile': 'los datos del perfil',
  'privacy.what.feedback': 'la asistencia a sesiones y las opiniones',
  'privacy.what.conversation': 'el historial de la conversación',
};
