import type { WaitlistId } from './en.js';

export const waitlistPt: Readonly<Record<WaitlistId, string>> = {
  'waitlist.alreadyOn': 'Já está na lista de espera — {entry}',
  'waitlist.onOne': 'Está na lista de espera — {entry}',
  'waitlist.onMany': 'Está em {count, plural, one {# lista de espera} other {# listas de espera}}:\n{lines}',
  'waitlist.joined':
    'Está na lista de espera de {tier} {size, plural, =1 {só para si} other {para um grupo de #}} — {place}.',
  'waitlist.claimWindow':
    'Quando houver lugares livres, escrevo-lhe aqui e guardo-os para si durante {minutes} minutos: toque em Reservar para comprar ou em Passar para os deixar à pessoa seguinte.',
  'waitlist.paused':
    'Atenção: pausou as mensagens (STOP), por isso não lhe posso enviar uma oferta. Envie START para a receber.',
  'waitlist.first': 'é o primeiro da fila',
  'waitlist.place':
    'é o n.º {position} da fila — {groups, plural, one {# grupo} other {# grupos}} ({people, plural, one {# pessoa} other {# pessoas}}) à sua frente',
  'waitlist.entryHeld':
    '{tier}: {seats, plural, =1 {1 lugar está guardado} other {# lugares estão guardados}} para si até {deadline}.',
  'waitlist.entryQueued': '{tier} ({size, plural, =1 {só para si} other {grupo de #}}): {place}.',
  'waitlist.seatsFree':
    'Boas notícias — {tier} não está esgotado: {free, plural, one {há # lugar livre} other {há # lugares livres}} neste momento, por isso não precisa de esperar.',
  'waitlist.bookNow': 'Comprar já',
  'waitlist.groupLimit':
    'A lista de espera de {tier} aceita grupos de 1 a {max} (o limite por encomenda). Quantas pessoas, incluindo si?',
  'waitlist.closedOver': 'O {event} já terminou, por isso as listas de espera estão fechadas.',
  'waitlist.closedSales':
    'A venda de bilhetes está fechada neste momento, por isso as listas de espera também.',
  'waitlist.whichTier': 'Em que lista de espera (tipo de bilhete) quer entrar?',
  'waitlist.unknownTier':
    'Não encontrei esse tipo de bilhete. Em que lista de espera (tipo de bilhete) quer entrar?',
  'waitlist.partyButton': '{size, plural, =1 {Só eu} other {# pessoas}}',
  'waitlist.howMany': 'Quantas pessoas devo pôr na lista de espera de {tier}, incluindo si? (Até {max}.)',
  'waitlist.whereAmI': 'Onde estou?',
  'waitlist.leaveList': 'Sair da lista',
  'waitlist.notOnAny':
    'Não está em nenhuma lista de espera neste momento. Se um tipo de bilhete esgotar, posso pô-lo na lista dele.',
  'waitlist.joinAList': 'Entrar numa lista',

  'waitlist.leave.nothing':
    'Não está em nenhuma lista de espera neste momento, por isso não há nada de que sair.',
  'waitlist.leave.gone': 'Já não está nessa lista de espera — não há nada de que sair.',
  'waitlist.leave.which': 'De que lista de espera quer sair?',
  'waitlist.leave.notOnThat': 'Não está nessa lista de espera. De que lista de espera quer sair?',
  'waitlist.leave.lists': 'Listas de espera',
  'waitlist.leave.done': 'Feito — saiu da lista de espera de {tier}. Pode voltar a entrar quando quiser.',
  'waitlist.leave.doneReleased':
    'Feito — saiu da lista de espera de {tier}. {seats, plural, one {O lugar} other {Os lugares}} que estava a guardar para si {seats, plural, one {vai} other {vão}} para a pessoa seguinte. Pode voltar a entrar quando quiser.',

  'waitlist.pass.done':
    'Sem problema — passei {seats, plural, =1 {o lugar} other {os # lugares}} à pessoa seguinte na fila e tirei-o da lista de espera de {tier}. Pode voltar a entrar quando quiser.',
  'waitlist.pass.closed':
    'Esta oferta está fechada — {why, select, claimed {já a reservou} passed {já passou a vez} expired {expirou} other {mudou entretanto}}.',
  'waitlist.pass.notYours': 'Esta oferta não é sua — foi feita a outra pessoa.',
  'waitlist.pass.notFound': 'Já não encontro essa oferta.',

  'waitlist.claim.booked': 'Conseguiu! 🎉 Os lugares da lista de espera são seus.',
  'waitlist.claim.already': 'Já reservou esta oferta. Diga "os meus bilhetes" para ver os seus bilhetes.',
  'waitlist.claim.alreadyRef':
    'Já reservou esta oferta — a sua reserva é {reference}. Diga "os meus bilhetes" para ver os seus bilhetes.',
  'waitlist.claim.expired':
    'Desculpe, esta oferta expirou, por isso {seats, plural, =1 {o lugar foi} other {os # lugares foram}} para a pessoa seguinte na fila.',
  'waitlist.claim.passed':
    'Passou a vez nesta oferta, por isso os lugares foram para a pessoa seguinte na fila.',
  'waitlist.claim.refused':
    'Não consegui reservar estes lugares: {reason} Passei-os à pessoa seguinte na fila.',
  'waitlist.claim.notYours':
    'Esta oferta não é sua — foi feita a outra pessoa, por isso não a posso reservar por si.',
  'waitlist.claim.notFound':
    'Já não encontro essa oferta. Diga "onde estou na lista de espera" para ver o seu lugar.',
};
