import type { FourthWave } from './fourth-wave.js';

/**
 * The fourth wave in Spanish (see fourth-templates-en.ts). "Listo" is "ready, done" (a yes), "lista" is
 * the list (or, said by a woman, "ready": "estoy lista"), so both meanings are written out.
 */
export const ES_FOURTH: FourthWave = {
  intents: {
    confirm: [
      '{listo|listos|ya está listo|todo listo|bueno listo|ok listo|vale listo} {!|}',
      '{estoy|ya estoy|estamos|ya estamos|tamos} {listo|lista|listos|listas} {!|ya|}',
      '{listo|lista|hecho} {entonces|pues|ya}',
      '{ya|} {estoy|estamos} {lista|listas} {para pagar|para comprar|!|}',
    ],
    join_waitlist: [
      '{ponme|apúntame|mete|anótame} en la lista {de <tier>|para <tier>|porfa|por favor|}',
      '{puedo|me puedo} {entrar|apuntar|anotar} en la lista {de <tier>|}{?|}',
      '{se agotó|está lleno}{?|} {entonces|ok|vale} {ponme en la lista|quiero entrar en la lista}',
      '{quiero|quisiera} {estar|entrar} en la lista {de <tier>|para <tier>|}',
    ],
    waitlist_status: [
      '{estoy|sigo|todavía estoy} en la lista{?|}',
      '{en qué|qué} {posición|puesto|número} {estoy|voy} en la lista{?|}',
      '{alguna novedad|novedades|qué hay} {de|sobre} la lista{?|}',
      '{la lista|mi puesto en la lista} {avanzó|se movió|subió}{?|}',
    ],
    leave_waitlist: [
      '{sácame|quítame|bórrame} de la lista {de <tier>|porfa|por favor|}',
      '{ya no|no} {quiero|necesito} estar en la lista',
      '{salir|quiero salir} de la lista {de <tier>|}',
    ],
    help: ['{dame|mándame|muéstrame} {la|una} lista {de lo que haces|de comandos|de opciones}'],
    agenda: [
      '{manda|muestra|pásame} la lista {de charlas|de las charlas|de sesiones|de ponentes} {porfa|}',
      '{cuál es|dónde está} la lista {de charlas|de sesiones|de ponentes}{?|}',
    ],
    my_tickets: ['{lista|muestra} {mis entradas|mis boletos|mis reservas} {porfa|por favor|}'],
    out_of_scope: [
      '{dónde puedo|hay algún sitio para|dónde se puede} {fumar|echar una siesta|meditar|amamantar|atender una llamada|descansar}{?|}',
      '{dónde puedo|hay dónde} {cargar el móvil|dejar la bici|rellenar la botella de agua}{?|}',
    ],
  },
  askBack: [
    {
      intents: ['join_waitlist', 'waitlist_status'],
      templates: [
        '{lista|la lista|una lista|esa lista|lo de la lista|sobre la lista|y la lista|la lista esa}',
        '{eh|em|pues|oye|y|bueno|ah} {la lista|lista|esa lista|lo de la lista}',
        '{lista|la lista|esa lista} {porfa|por favor|pf|otra vez|ahora|?|!|…}',
      ],
    },
  ],
};
