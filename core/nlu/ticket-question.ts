import type { Utterance } from './utterance.js';

/** What a question about the tickets themselves asks: answered from the tiers, never by starting a booking. */
export type TicketQuestion = 'price' | 'benefits' | 'availability' | 'requirements';

const set = (words: string) => new Set(words.split(' '));

const PRICE = set(
  'cost costs price prices pricing priced fee fees precio precios preco precos valor custa cuesta',
);
const BENEFITS = set(
  'included include includes including benefit benefits perk perks incluye incluido incluida inclui incluso beneficios vantagens ventajas',
);
const AVAILABILITY = set(
  'left remaining available availability disponible disponibles disponivel disponiveis quedan restam sobrando',
);
const SOLD_OUT = set('soldout esgotado esgotada esgotados agotado agotada agotados');
const REQUIREMENTS = set(
  'requirement requirements require requires required proof eligible eligibility requisitos',
);
const ORDERING = set(
  'book buy purchase reserve order want need get comprar compro quero queria quiero quisiera necesito preciso reservar',
);
const HAVE = set('tem ha hay');
const NOTIFY = set('let tell notify alert ping avise avisa avisame avisem informe waitlist');
/** Ways a message opens a question in the three languages (accents stripped). */
const ASKING = set(
  'what how is are any still do does can which ainda tem ha hay quedan quanto quantos cuanto cuantas cuantos que qual cual esta',
);
const TICKET_WORDS = set(
  'ticket tickets pass passes seat seats entry admission entrada entradas ingresso ingressos bilhete bilhetes boleto boletos billete billetes pase pases passe',
);

/**
 * Is this a question about the tickets (price, what a tier includes, what is left, what it requires) rather
 * than an order? An order opens with a verb of buying and a count ("book 2 VIP, how much?"); "how do I get
 * a ticket" asks how to buy, so it stays a booking. The kind is for callers that answer one aspect only;
 * the reply today shows all of them.
 */
export function ticketQuestion(u: Utterance): TicketQuestion | null {
  const w = u.words;
  const has = (words: ReadonlySet<string>) => w.some((x) => words.has(x));
  const aboutTickets = has(TICKET_WORDS) || u.mentions.some((m) => m.kind === 'tier');
  const opensAsQuestion = ASKING.has(w[0] ?? '');
  const asking = u.asked || opensAsQuestion;
  const phrase = (...seq: string[]) => w.some((_x, i) => seq.every((s, k) => w[i + k] === s));
  if (!aboutTickets) return null;
  // "I want 2 VIP tickets, how much?" is an order that asks the price on the way: the summary shows it.
  if (!opensAsQuestion && has(ORDERING) && u.quantities.length > 0) return null;
  if (has(PRICE) || phrase('how', 'much') || w[0] === 'quanto' || w[0] === 'cuanto') return 'price';
  if (has(BENEFITS) || phrase('come', 'with') || phrase('comes', 'with') || phrase('what', 'do', 'i', 'get'))
    return 'benefits';
  const whatINeed =
    phrase('what', 'do', 'i', 'need') || phrase('que', 'necesito') || phrase('que', 'preciso');
  if (asking && (has(REQUIREMENTS) || whatINeed)) return 'requirements';
  // "VIP is sold out, let me know if a seat frees up" asks to wait, not what is left.
  if (opensAsQuestion && !has(NOTIFY) && (has(AVAILABILITY) || has(SOLD_OUT) || phrase('sold', 'out')))
    return 'availability';
  // "ainda tem ingressos?", "¿todavía hay boletos?", "¿quedan entradas?": what is left, said with
  // "have" / "remain".
  if (((w[0] === 'ainda' || w[0] === 'todavia') && has(HAVE)) || w[0] === 'quedan') return 'availability';
  return null;
}
