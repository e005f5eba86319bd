import type { Catalog } from './en.js';

/** Portuguese (European spelling, understood in Brazil too): the same ids as en.ts. */
export const pt: Catalog = {
  'language.switched': 'Combinado — a partir de agora respondo em português.',
  'language.unsupported': '(Desculpe, só falo English, Português e Español, por isso respondo em português.)',

  'button.yes': 'Sim',
  'button.no': 'Não',
  'button.confirm': 'Confirmar',
  'button.cancel': 'Cancelar',
  'menu.book': 'Comprar bilhetes',
  'menu.agenda': 'Programa',
  'menu.human': 'Falar com alguém',
  'menu.myTickets': 'Os meus bilhetes',

  'human.offer.yes': 'Sim, chame a equipa',
  'human.offer.no': 'Não, obrigado',

  'faq.askWhat': 'Claro — o que gostaria de saber? (ex.: "qual é a senha do Wi-Fi?")',
  'faq.notSure':
    'Não tenho a certeza sobre isso e prefiro não adivinhar. Quer que peça a alguém da equipa para lhe responder aqui?',

  'tiers.free': 'grátis',
  'tiers.soldOut': 'esgotado',
  'tiers.left': 'restam {available}, até {max} por encomenda',
  'tiers.line': '*{tier}*: {price} ({left})',
  'tiers.includes': 'inclui {benefits}',
  'tiers.requires': 'requer {requirement}',
  'tiers.book': 'Comprar {tier}',
  'tiers.none': 'Não há bilhetes à venda para este evento.',
  'tiers.heading': 'Os nossos bilhetes:',

  'tickets.choose': 'Com todo o gosto! Que tipo de bilhete gostaria?',
  'tickets.chooseFor': 'Com todo o gosto! {count, plural, one {# bilhete} other {# bilhetes}} — de que tipo?',
  'tickets.chooseButton': 'Tipos de bilhete',
  'tickets.rowFree': 'Grátis',
  'tickets.rowSoldOut': 'esgotado',
  'tickets.rowLeft': 'restam {available}',
  'tickets.summaryFree': '{quantity} × {tier} — grátis',
  'tickets.summaryPaid': '{quantity} × {tier} a {unit} = {total}',
  'tickets.afterFree': 'Os bilhetes chegam logo depois de confirmar.',
  'tickets.afterPaid': 'Depois de confirmar, guardo os lugares durante {minutes} minutos enquanto paga.',
  'tickets.shallIBook': 'Posso reservar?',
  'tickets.issued':
    '{intro}\n{count, plural, one {# bilhete} other {# bilhetes}}, {tier} — encomenda {reference}\n{references}\nMostre o código QR à entrada (ou diga a referência).',
  'tickets.reserved':
    'Reservado: {count, plural, one {# bilhete} other {# bilhetes}}, {tier} — encomenda {reference}. Total {total}.\nGuardo os seus lugares até às {until} (hora do evento). Toque em "Pagar agora" para os confirmar.',
  'tickets.reservedSoon': 'daqui a pouco',
  'tickets.payNow': 'Pagar agora',
  'tickets.cancelBooking': 'Cancelar reserva',
  'tickets.soldOutOffer':
    'Lamento — {reason} Quer entrar na lista de espera? Se houver lugares livres, ofereço-lhos aqui.',
  'tickets.joinWaitlist': 'Lista de espera',
  'tickets.otherTickets': 'Outros bilhetes',
  'tickets.eventOver':
    'O {event} já terminou, por isso os bilhetes já não estão à venda. Obrigado pelo interesse!',
  'tickets.salesClosed':
    'A venda de bilhetes para o {event} está fechada neste momento. Posso responder a perguntas sobre o evento.',
  'tickets.notWhole': 'Só posso reservar um número inteiro de bilhetes, 1 ou mais — não {typed}.',
  'tickets.atMost': 'Posso reservar no máximo {most} bilhetes por encomenda — não {quantity}.',
  'tickets.askHowMany': 'Quantos bilhetes gostaria?',
  'tickets.askHowManyUpTo': 'Quantos bilhetes gostaria (até {limit})?',
  'tickets.askHowManyTier': 'Quantos bilhetes {tier} gostaria?',
  'tickets.askHowManyTierUpTo': 'Quantos bilhetes {tier} gostaria (até {limit})?',
  'tickets.notBooked': 'OK, não reservei nada. Diga "quero bilhetes" quando quiser.',
  'tickets.lostOrder': 'Desculpe, perdi o fio a essa encomenda. Começamos de novo?',
  'tickets.booked': 'Está reservado! 🎉',
  'tickets.bookedAgain': 'Já reservou estes — aqui estão outra vez:',
  'tickets.sorry': 'Lamento — {reason}',
  'tickets.thatType': 'Esse tipo de bilhete',

  'refusal.unknownTier':
    'Não encontrei esse tipo de bilhete. Diga "quero bilhetes" para ver o que está à venda.',
  'refusal.notACount': 'O número de bilhetes tem de ser um número inteiro, 1 ou mais.',
  'refusal.offerHolds':
    'Esta oferta guarda {count, plural, one {# lugar} other {# lugares}}; pode reservar até esse número.',
  'refusal.eventOver': 'Este evento já terminou, por isso os bilhetes já não estão à venda.',
  'refusal.salesClosed': 'A venda de bilhetes para este evento está fechada neste momento.',
  'refusal.maxPerOrder': 'Os bilhetes {tier} estão limitados a {max} por encomenda.',
  'refusal.priceChanged': 'O preço de {tier} mudou.',
  'tickets.priceChanged':
    'O preço de {tier} mudou desde que lhe mostrei o total: agora é {now} por bilhete (era {was}). Não reservei nada — aqui está o novo total:',
  'refusal.soldOut': '{tier} está esgotado.',
  'refusal.onlyLeft':
    '{count, plural, one {Só resta # bilhete {tier}.} other {Só restam # bilhetes {tier}.}}',
  'refusal.personCap': 'Cada pessoa pode ter até {max} bilhetes para este evento; já tem {held}.',
};
