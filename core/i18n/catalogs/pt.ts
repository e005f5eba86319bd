import { agendaPt } from './agenda/pt.js';
import { checkInPt } from './check-in/pt.js';
import type { Catalog } from './en.js';
import { feedbackPt } from './feedback/pt.js';
import { leadsPt } from './leads/pt.js';
import { networkingPt } from './networking/pt.js';
import { nluPt } from './nlu/pt.js';
import { paymentsPt } from './payments/pt.js';
import { privacyPt } from './privacy/pt.js';
import { voicePt } from './voice/pt.js';
import { waitlistPt } from './waitlist/pt.js';

/** Portuguese (European spelling, understood in Brazil too): the same ids as en.ts. */
export const pt: Catalog = {
  ...nluPt,
  ...voicePt,
  ...feedbackPt,
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
  'help.intro': 'Eis o que posso fazer por si no {event}:',
  'help.tickets': '• Bilhetes — "2 bilhetes VIP", "os meus bilhetes", "cancelar a minha reserva"',
  'help.waitlist':
    '• Listas de espera — "ponha-me na lista de espera VIP, somos 3", "em que lugar estou na lista?"',
  'help.checkin':
    '• Check-in — "check-in com selfie": aceite uma vez, envie uma selfie, e no local uma selfie faz o seu check-in',
  'help.privacy': '• Privacidade — "apagar os meus dados faciais", "esqueça-me"',
  'help.agenda': '• Programa — "o que há às 14h?", "onde é a keynote?"',
  'help.networking':
    '• Networking — "quem devo conhecer?", "encontrar o Bob às 15h", "os meus encontros", "sou CTO, gosto de Postgres e estou a contratar"',
  'help.questions': '• Perguntas — Wi-Fi, estacionamento, comida, reembolsos… é só perguntar',
  'help.sponsors':
    '• Patrocinadores — peça uma demo a um patrocinador ou envie o código do stand; nada é partilhado sem o seu sim',
  'help.human': '• Uma pessoa — diga "falar com alguém" a qualquer momento',
  'help.stop': '• STOP para pausar novidades e ofertas, START para retomar',
  'help.voice': 'Também pode enviar mensagens de voz.',
  'help.languages':
    'Respondo em English, Português e Español — diga "speak English" ou "en español" para mudar.',

  'greeting.hello': 'Olá {name}! 👋',
  'greeting.helloThere': 'Olá! 👋',
  'greeting.attendee': 'Sou o assistente do {event}.',
  'greeting.stranger':
    'Sou o assistente do {event}. Bem-vindo — ainda não tenho nenhum bilhete associado a este número, mas posso ajudar na mesma.',
  'thanks.reply': 'De nada! Escreva-me sempre que precisar de mais alguma coisa. 🙂',

  'fallback.notUnderstood':
    'Desculpe, não percebi. Posso ajudar com o {event}: o programa, questões práticas (Wi-Fi, estacionamento, comida…) ou falar com a equipa.',
  'fallback.goodQuestion':
    'Boa pergunta — não tenho a resposta e prefiro não adivinhar. Quer que peça a alguém da equipa para lhe responder aqui?',
  'fallback.stillNotGettingIt':
    'Desculpe, continuo sem perceber. Quer que peça a uma pessoa da equipa para lhe responder aqui?',
  'fallback.yesAHuman': 'Sim, uma pessoa',
  'fallback.cancelled': 'OK, cancelado. Em que mais posso ajudar?',
  'fallback.nothingPending': 'Neste momento não há nada à espera de um sim ou não. Em que posso ajudar?',
  'fallback.staleButton': 'Esse botão já não faz nada. Em que posso ajudar?',
  'fallback.notYetAvailable':
    'Isso ainda não está disponível — chega em breve. Entretanto posso responder a perguntas sobre o {event}, mostrar o programa ou pô-lo em contacto com a equipa.',
  'fallback.pickOne': 'Escolha uma destas opções, de 1 a {count}.',
  'fallback.choices': 'Opções',
  'human.declined':
    'Sem problema. Tente perguntar de outra forma, ou escreva "ajuda" para ver o que posso fazer.',
  'human.asked': 'Já pedi à equipa — uma pessoa vai responder-lhe aqui assim que puder.',
  'human.alreadyQueued': 'Já está na fila da equipa — uma pessoa vai responder-lhe aqui em breve.',

  'canned.cannotOpen': 'Desculpe, não consigo abrir {what} aqui. Envie-me uma mensagem de texto, por favor.',
  'canned.emptyMessages': 'mensagens vazias',
  'canned.tooLong':
    'Essa mensagem é muito longa — demasiado para a ler bem. Pode enviar uma pergunta mais curta (uma ou duas frases)?',
  'canned.empty': 'A sua mensagem parece vazia. Em que posso ajudar?',
  'canned.noEvent':
    'Olá! Neste momento não há nenhum evento a decorrer neste número, por isso ainda não posso ajudar. Volte a tentar mais tarde.',

  'optOut.done':
    'Feito — não vai receber mais novidades nem ofertas nossas. Continuo a responder quando me escrever. Envie START para voltar a ativar as novidades.',
  'optIn.done':
    'Bem-vindo de volta — as novidades e ofertas estão ativas outra vez. Envie STOP a qualquer momento para as pausar.',

  'myTickets.none': 'Ainda não tem bilhetes para o {event} neste número. Vamos comprar alguns?',
  'myTickets.intro': 'Os seus bilhetes para o {event}:',
  'myTickets.and': 'E:',
  'cancel.none': 'Não tem reservas para cancelar.',
  'cancel.which': 'Que reserva devo cancelar?',
  'cancel.yourBookings': 'As suas reservas',
  'cancel.awaitingPayment': 'a aguardar pagamento',
  'cancel.confirmed': 'confirmada',
  'cancel.howMany':
    'A sua reserva {tier} {reference} tem {seats, plural, one {# bilhete} other {# bilhetes}}, por isso posso cancelar de 1 a {seats}. Quantos devo cancelar?',
  'cancel.whole':
    'Cancelar toda a sua reserva {tier} {reference} ({seats, plural, one {# bilhete} other {# bilhetes}})?',
  'cancel.some':
    'Cancelar {quantity} dos {seats, plural, one {# bilhete} other {# bilhetes}} da sua reserva {tier} {reference}?',
  'cancel.refundWillBe': 'Vou registar um reembolso de {amount} (modo demo: não há movimento de dinheiro).',
  'cancel.onlySome': '(Para cancelar só alguns, diga por exemplo "cancelar 1 bilhete".)',
  'cancel.yes': 'Sim, cancelar',
  'cancel.no': 'Não, manter',
  'cancel.kept': 'OK, a sua reserva fica como está.',
  'cancel.lostTrack': 'Desculpe, perdi o fio à reserva. Diga "cancelar a minha reserva" para recomeçar.',
  'cancel.checkoutOpen':
    'O seu link de pagamento é para {count, plural, one {# bilhete} other {os # bilhetes}}, por isso não consigo cancelar só alguns antes de pagar. Pode cancelar a reserva toda (diga "cancelar a minha reserva") ou pagar primeiro e depois cancelar os bilhetes de que não precisa.',
  'cancel.gone': 'Essa reserva já foi cancelada ou expirou — não há mais nada a fazer.',
  'cancel.done':
    'Feito — cancelei {count, plural, one {# bilhete} other {# bilhetes}} e libertei os lugares.',
  'cancel.refunded': 'Ficou registado um reembolso de {amount} (modo demo: não há movimento de dinheiro).',
  'cancel.left': 'Ainda tem {count, plural, one {# bilhete} other {# bilhetes}} nessa reserva.',
  'offer.goodNews': 'Boas notícias!',
  'offer.goodNewsName': 'Boas notícias, {name}!',
  'offer.opened':
    'Abri{seats, plural, one {u # lugar} other {ram # lugares}} em {tier} no {event} e estou a guardá-{seats, plural, one {lo} other {los}} para si até {deadline}.',
  'offer.free': 'São grátis.',
  'offer.priceOne': 'O preço é {total}.',
  'offer.priceMany': '{total} no total ({unit} cada).',
  'offer.howTo': 'Reservar para comprar, ou Passar para os dar à pessoa seguinte na lista.',
  'offer.replyNumber': 'Responda 1 para reservar ou 2 para passar.',
  'offer.claim': 'Reservar',
  'offer.pass': 'Passar',
  'offer.there': 'olá',
  'offer.freeWord': 'grátis',
  'offer.expired':
    'A sua oferta de {seats, plural, one {# lugar} other {# lugares}} em {tier} expirou, por isso passei-{seats, plural, one {o} other {os}} à pessoa seguinte e tirei-o dessa lista de espera. Pode voltar a inscrever-se quando quiser.',
  'offer.joinAgain': 'Inscrever de novo',
  'reservation.expired':
    'A sua reserva {reference} não foi paga a tempo, por isso libertei os lugares. Quer reservar de novo?',

  'safety.slowDown':
    'Está a enviar mensagens mais depressa do que as consigo ler. Guardei-as todas, mas espere um minuto antes de enviar mais.',
  'safety.notHandled':
    'Desculpe, algo correu mal do nosso lado com a sua última mensagem e não a consegui responder. A equipa já foi avisada; pode enviá-la de novo ou pedir para falar com uma pessoa.',
  ...waitlistPt,
  ...agendaPt,
  ...checkInPt,
  ...networkingPt,
  ...privacyPt,
  ...leadsPt,
  ...paymentsPt,
};
