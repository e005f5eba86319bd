/**
 * Topics that FAQ libraries of events share, each with the words people use for it (English, Portuguese,
 * Spanish). A question and an FAQ match when they name the same topic in different words ("suitcase" vs
 * "luggage"). Not tied to one event: any event's FAQ questions are read through the same lexicon, and
 * words outside it still match each other literally.
 */
export interface FaqConcept {
  /** How much naming this topic says about which FAQ is meant. */
  weight: number;
  /** Words and multi-word phrases, normalised (lower case, no accents). */
  words: readonly string[];
}

/** Kept as "|"-separated text so each topic reads as one paragraph. */
const concept = (weight: number, words: string): FaqConcept => ({ weight, words: words.split('|') });

export const FAQ_CONCEPTS: Readonly<Record<string, FaqConcept>> = {
  wifi: concept(
    3,
    'wifi|wireless|internet|password|passwort|pw|pwd|passwd|pass word|senha|contrasena|clave|wlan|hotspot',
  ),
  parking: concept(
    3,
    'parking|park|car|garage|estacionamento|estacionar|aparcamiento|aparcar|parqueo|drive|' +
      'driving|carro|coche',
  ),
  address: concept(
    2.5,
    'address|located|location|direccion|endereco|ubicacion|localizacao|map|where is the venue|' +
      'find the venue|where is the conference|where is the event|where is it|' +
      'where is the summit|onde fica|donde queda|onde e o evento|donde es el evento',
  ),
  transport: concept(
    3,
    'transport|transportation|public transport|train|tram|metro|subway|underground|bus|taxi|' +
      'uber|cab|station|get there|getting there|get to the venue|airport|aeropuerto|aeroporto|' +
      'comboio|tren|autobus|onibus|transporte|tranvia|eletrico',
  ),
  badge: concept(
    3,
    'badge|lanyard|credential|credencial|cracha|acreditacion|gafete|pick up|collect|recoger|' + 'retirar',
  ),
  refund: concept(
    3,
    'refund|refunds|refunded|refundable|reimburse|reimbursement|reembolso|devolucion|devolucao|money back|' +
      'my money|dinheiro de volta|dinero de vuelta|devuelven|devolvem',
  ),
  transfer: concept(
    3,
    'transfer|transferable|transferir|name change|change the name|give my ticket|' +
      'pass my ticket|sell my ticket|give my pass|pass on my ticket|transferencia|use my ticket|' +
      'uses my ticket|in my place|take my place|instead of me|go instead|come instead|en mi lugar|' +
      'no meu lugar|usar mi entrada|usar meu ingresso',
  ),
  someoneElse: concept(
    1,
    'colleague|coworker|someone else|somebody else|friend|another person|colega|amigo|amiga|' + 'partner',
  ),
  invoice: concept(3, 'invoice|receipt|vat|factura|fatura|recibo|nota fiscal|billing|nif|tax'),
  dresscode: concept(
    3,
    'dress|dresscode|wear|attire|outfit|clothes|clothing|suit|formal|casual|ropa|roupa|vestir|' +
      'traje|vestimenta|vestuario',
  ),
  food: concept(
    3,
    'food|lunch|coffee|breakfast|dinner|eat|eating|snack|snacks|vegan|vegetarian|halal|kosher|' +
      'gluten|gluten free|dietary|diet|allergy|allergies|allergic|meal|meals|catering|cater|' +
      'comida|almuerzo|almoco|vegano|vegana|vegetariano|comer|lactose|nut|nuts|drinks included',
  ),
  accessibility: concept(
    3,
    'wheelchair|accessible|accessibility|disabled|disability|step free|ramp|lift|lifts|' +
      'elevator|mobility|acessivel|accesible|accesibilidad|acessibilidade|cadeira de rodas|' +
      'silla de ruedas|blind|deaf',
  ),
  cloakroom: concept(
    3,
    'cloakroom|luggage|suitcase|bag|bags|backpack|coat|coats|jacket|storage|store|locker|' +
      'bagagem|mala|maleta|equipaje|guardarropa|chapelaria|mochila',
  ),
  conduct: concept(
    // A report of harassment outweighs whatever else is named ("at the coffee stand").
    4,
    'conduct|harassment|harass|harassed|harassing|behaviour|behavior|inappropriate|abuse|unsafe|' +
      'bother|bothering|bothered|creep|creepy|stalking|stalker|following me|uncomfortable|threaten|' +
      'threatening|assedio|assediando|acoso|acosando|molesta|molestando|incomodando|conducta|conduta',
  ),
  recordings: concept(
    3,
    'record|recorded|recording|recordings|video|videos|youtube|slides|replay|livestream|' +
      'live stream|stream|streamed|streaming|watch later|gravado|gravada|gravacao|grabado|' +
      'grabada|grabacion',
  ),
  lostfound: concept(
    3.5,
    'lost|found|lose|forgot|missing|left behind|left my|lost and found|perdi|perdido|perdida|' +
      'achados|olvide|esqueci',
  ),
  hours: concept(
    2.5,
    'doors|open|opens|opening|start|starts|begin|begins|early|earliest|abre|abren|empieza|' + 'comeca|hours',
  ),
  venue: concept(1, 'venue|place|building|local|lugar|sede'),
  where: concept(0.5, 'where|onde|donde'),
  time: concept(0.5, 'time|when|hora|horas|cuando|quando'),
};
