import type { LeadsId } from './en.js';

export const leadsEs: Readonly<Record<LeadsId, string>> = {
  'leads.field.name': 'nombre',
  'leads.field.role': 'cargo',
  'leads.field.company': 'empresa',
  'leads.field.interests': 'intereses',
  'leads.field.industry': 'sector',
  'leads.field.email': 'correo electrónico',
  'leads.field.phone': 'número de teléfono',
  'leads.share': 'Sí, compartir',
  'leads.shareContact': 'Sí + que me llamen',
  'leads.noThanks': 'No, gracias',
  'leads.openerDemo': 'Encantado de organizarte una demo con {sponsor}.',
  'leads.openerShare': 'Encantado de ponerte en contacto con {sponsor}.',
  'leads.mayShare': '¿Puedo compartir tu {fields} con {sponsor}? Nada más — y solo si dices que sí.',
  'leads.contactHint':
    'Elige "Sí + que me llamen" para darles también tu número de teléfono y que puedan contactarte.',
  'leads.changeMind': 'Puedes cambiar de opinión cuando quieras: di "deja de compartir con {sponsor}".',
  'leads.boothWelcome': '👋 ¡Bienvenido al stand de {sponsor}!',
  'leads.boothWelcomeAt': '👋 ¡Bienvenido al stand de {sponsor} ({booth})!',
  'leads.stopHint': 'Di "deja de compartir con {sponsor}" cuando quieras para retirarlo.',
  'leads.declinedBefore':
    '{welcome} Antes me pediste que no compartiera tus datos con ellos, así que no lo haré. Si cambias de opinión, di "comparte mis datos con {sponsor}".',
  'leads.buttonGone': 'Ese botón ya no funciona. Dime con qué patrocinador te gustaría contactar.',
  'leads.wontShare': 'Vale — no compartiré nada con {sponsor} y no volveré a preguntarte por ellos.',
  'leads.alreadySharing': 'Ya estás compartiendo tu {fields} con {sponsor}. {stop}',
  'leads.shared': 'Hecho ✅ {sponsor} ya tiene tu {fields}. {stop}',
  'leads.sharedContact':
    'Hecho ✅ {sponsor} ya tiene tu {fields}. Puede que se pongan en contacto contigo. {stop}',
  'leads.demoTold': 'Le he dicho a {sponsor} que te gustaría una demo.',
  'leads.alreadyHas': '{sponsor} ya tiene tu {fields}. {stop}',
  'leads.notSharing': 'No estoy compartiendo nada con {sponsor} y no volveré a preguntarte por ellos.',
  'leads.withdrawn':
    'Hecho — he dejado de compartir tus datos con {sponsor}. Ya no te ven entre sus contactos, y no volveré a preguntar.',
  'leads.noSponsors': '{event} todavía no tiene patrocinadores.',
  'leads.whichSponsor': '¿Con qué patrocinador te gustaría contactar?',
  'leads.unknownSponsor': 'No he encontrado ese patrocinador. ¿Con qué patrocinador te gustaría contactar?',
  'leads.sponsors': 'Patrocinadores',
  'leads.booth': 'stand {booth}',
  'leads.about':
    '{who} es patrocinador del evento. ¿Quieres que te ponga en contacto con ellos? Te preguntaré antes de compartir nada.',
  'leads.aboutAt':
    '{who} es patrocinador del evento. Los encontrarás en el stand {booth}. ¿Quieres que te ponga en contacto con ellos? Te preguntaré antes de compartir nada.',
  'leads.connectMe': 'Ponerme en contacto',

  'leads.rated': 'Guardado: {stars} para {name}.',
  'leads.thisLead': 'este contacto',
  'leads.rateNotYours': 'Solo el patrocinador al que se envió este contacto puede valorarlo.',
  'leads.rateGone':
    'Ese contacto ya no está disponible (puede que la persona haya retirado su consentimiento).',
  'leads.alertHot': '🔥 Contacto prometedor para {sponsor}: {lead}',
  'leads.alertInterests': 'Intereses: {interests}',
  'leads.alertPhone': 'Teléfono: {phone} (aceptó que le contacten)',
  'leads.alertWhy': 'Por qué: {reasons}',
  'leads.why.role': 'puesto buscado: {role}',
  'leads.why.interests': 'intereses en común: {interests}',
  'leads.why.demo': 'pidió una demo',
  'leads.why.booth': 'visitó el stand',
  'leads.why.sessions': 'asistió a {count, plural, one {# sesión} other {# sesiones}} sobre vuestros temas',
  'leads.alertRate': 'Valora este contacto:',
  'leads.rate': 'Valorar',
  'leads.digestHeader':
    '📬 {sponsor} — {count, plural, one {# contacto nuevo} other {# contactos nuevos}} hoy',
  'leads.digestLine': '{lead}{details} · puntuación {score} · {rating} · {when}',
  'leads.notRated': 'sin valorar',
  'leads.temperature': '{temperature, select, hot {caliente} warm {templado} other {frío}}',
};
