import type { NetworkingId } from './en.js';

export const networkingPt: Readonly<Record<NetworkingId, string>> = {
  'net.needsAttendee':
    'As sugestões de contactos e as reuniões são para os participantes do {event}. Quando tiver bilhete, diga "quem devo conhecer?".',
  'net.noSlotBoth': '{intro} Não encontrei nenhum horário livre para os dois durante o networking, desculpe.',
  'net.pickTime': '{intro} Escolha uma hora e eu envio o pedido:',
  'net.pickTimeOn': '{intro} Escolha uma hora ({day}) e eu envio o pedido:',
  'net.requested':
    '📨 Pedi a {name} para se encontrar consigo: {slot}. Aviso-o quando {first} responder (se não houver resposta até {deadline}, o pedido caduca).',
  'net.chooseTime': 'Quando gostaria de se encontrar com {first}?',
  'net.busy':
    'Essa hora não dá: um de vocês já tem uma reunião ou um pedido a essa hora, ou as mesas estão todas ocupadas.',
  'net.outsideHours': 'Isso é fora do horário de networking.',
  'net.timePassed': 'Essa hora já passou.',
  'net.alreadyPending':
    'Já há um pedido de reunião pendente entre si e {name} ({slot}). Diga "as minhas reuniões" para o ver.',
  'net.self': 'É o senhor próprio! Com quem mais gostaria de se encontrar?',
  'net.notFoundTry':
    'Não encontrei essa pessoa entre os participantes do {event}. Experimente o nome completo?',
  'net.notFound': 'Não encontrei essa pessoa entre os participantes do {event}.',
  'net.whoToMeet':
    'Com quem gostaria de se encontrar? Diga-me o nome (ou diga "quem devo conhecer?" para ter sugestões).',
  'net.choiceGone': 'Essa opção já não está disponível.',

  'net.noSuggestions':
    'De momento não tenho ninguém para sugerir. Fale-me de si — por exemplo "sou CTO, gosto de Kubernetes e Postgres e quero contratar" — e eu encontro pessoas que vale a pena conhecer.',
  'net.meet': 'Conhecer {name}',
  'net.notInterestedIn': 'Sem interesse: {name}',
  'net.worthMeeting':
    'Pessoas que vale a pena conhecer no {event}:\n\n{lines}\n\nPeça uma reunião a uma delas, ou diga-me quem não lhe interessa:',
  'net.choose': 'Escolher',
  'net.suggestionGone': 'Essa sugestão já não está disponível. Diga "quem devo conhecer?" para ter novas.',
  'net.suggestionGoneShort': 'Essa sugestão já não está disponível.',
  'net.wontSuggest': 'Combinado, não volto a sugerir {name}.',

  'net.lapsed':
    'Este pedido de {name} caducou. Ainda pode pedir para se encontrarem: diga "conhecer {first}".',
  'net.alreadyAccepted': 'Este pedido já foi aceite — diga "as minhas reuniões" para o ver.',
  'net.alreadyClosed':
    'Este pedido já foi {status, select, declined {recusado} cancelled {cancelado} expired {dado como caducado} pending {registado} other {fechado}}.',
  'net.requestGone': 'Já não encontro esse pedido de reunião. Diga "as minhas reuniões" para ver as suas.',
  'net.booked': '✅ Marcado: {name}, {slot} em {location}. Lembro-vos aos dois 10 minutos antes.',
  'net.slotFilled': 'Esse horário acabou de ficar ocupado (para si, para {first} ou em todas as mesas).',
  'net.noSlotLeft': '{intro} Já não há nenhum horário livre para os dois, desculpe.',
  'net.pickAnother': '{intro} Escolha outra hora para propor a {first}:',
  'net.pickAnotherOn': '{intro} Escolha outra hora ({day}) para propor a {first}:',
  'net.declined': 'Combinado, avisei {first} de que não pode.',
  'net.noOtherSlot': 'Não há outro horário livre para os dois, desculpe.',
  'net.whichTime': 'Que hora lhe dá jeito? Proponho-a a {first}:',
  'net.whichTimeOn': 'Que hora lhe dá jeito ({day})? Proponho-a a {first}:',

  'net.meetingGone': 'Já não encontro essa reunião.',
  'net.tooEarly': 'Essa reunião ainda não começou — pergunte-me outra vez depois.',
  'net.bothMet': 'Ótimo — o encontro com {first} está confirmado pelos dois. 🤝',
  'net.metNoted': 'Ótimo, anotado! Registo assim que {first} também confirmar.',
  'net.noShow': 'Lamento que {first} não tenha aparecido — fica anotado.',
  'net.otherSuggestions': 'Outras sugestões',
  'net.findSomeoneElse': '{sorry} Quer que procure outra pessoa?',
  'net.standby': '{sorry} Alternativa: {name} está livre {slot} — {reason}. Quer que pergunte?',
  'net.ask': 'Perguntar a {first}',

  'net.reason.wants': '{name} procura: «{words}»',
  'net.reason.into': '{name} interessa-se por «{words}»',
  'net.reason.theyAre':
    '{name} {goal, select, investing {investe em startups} raising {procura investimento} hiring {está a recrutar} job_seeking {procura emprego} selling {procura clientes} buying {procura fornecedores} other {quer conhecer pessoas}}',
  'net.reason.learnTalk': 'quer aprender sobre «{topic}» e {name} fala sobre «{talk}»',
  'net.reason.learnInterest': 'quer aprender sobre «{topic}» e {name} trabalha em «{interest}»',
  'net.reason.learnRole': 'quer aprender sobre «{topic}» e {name} é {role}',
  'net.reason.meet': 'quer conhecer «{topic}»: {name} é {role}',
  'net.reason.shared': 'ambos trabalham em {interests}',
  'net.reason.similar': '{name} é {role}, com um perfil próximo do seu',
  'net.reason.met': 'conheceram-se no evento',
  'net.reason.roleAt': '{role} na empresa {company}',
  'net.reason.here': 'participante do evento',

  'net.linePendingMine': '• {when} com {who} — à espera da resposta',
  'net.linePendingTheirs': '• {when} com {who} — à espera da sua resposta',
  'net.line': '• {when} com {who}',
  'net.lineAt': '• {when} com {who} em {location}',
  'net.met': ' — encontro feito ✓',
  'net.didntHappen': ' — não aconteceu',
  'net.noMeetings': 'Ainda não tem reuniões. Quer sugestões de pessoas a conhecer?',
  'net.whoShouldIMeet': 'Quem devo conhecer?',
  'net.upcoming': '*Próximas*',
  'net.noUpcoming': 'Não há reuniões marcadas.',
  'net.pastHeading': '*Anteriores*',
  'net.noneToCancel': 'Não tem reuniões marcadas para cancelar.',
  'net.cancelWho': 'Cancelar {first}',
  'net.cancelConfirm': 'Cancelar a sua reunião com {name} ({when})? Eu aviso {first}.',
  'net.yesCancel': 'Sim, cancelar',
  'net.keepIt': 'Manter',
  'net.whichCancel': 'Que reunião devo cancelar?',
  'net.meetings': 'Reuniões',
  'net.cancelled': 'Cancelada. Já avisei {first}.',
  'net.meetingAlready':
    'Essa reunião já foi {status, select, declined {recusada} cancelled {cancelada} expired {dada como caducada} accepted {aceite} other {fechada}}.',
  'net.meetingNotFound': 'Não encontro essa reunião. Diga "as minhas reuniões" para ver as suas.',

  'net.tellMe':
    'Fale-me de si e de quem gostaria de conhecer — por exemplo "sou CTO, gosto de Kubernetes e Postgres e quero contratar". Também pode dizer "esconder o meu perfil".',
  'net.role': 'função: {value}',
  'net.company': 'empresa: {value}',
  'net.interests': 'interesses: {value}',
  'net.goals': 'objetivos: {value}',
  'net.hidden':
    'O seu perfil está escondido: não o sugiro a ninguém (diga "mostrar o meu perfil" para anular).',
  'net.visible': 'O seu perfil voltou a estar visível para as sugestões.',
  'net.noted': 'Entendido — anotei {items}.',

  'meeting.invite': '👋 {name} gostaria de se encontrar consigo: {slot}.',
  'meeting.inviteRole': '👋 {name} ({role}) gostaria de se encontrar consigo: {slot}.',
  'meeting.why': 'Porquê: {reason}.',
  'meeting.attendee': 'participante',
  'meeting.accept': 'Aceitar',
  'meeting.decline': 'Recusar',
  'meeting.otherTime': 'Outra hora',
  'meeting.metYes': 'Sim, encontrámo-nos',
  'meeting.metNo': 'Não aconteceu',
  'meeting.findOthers': 'Procurar outros',
  'meeting.declined': '{who} não pode {slot}. Quer que sugira outras pessoas a conhecer?',
  'meeting.lapsed':
    '{who} não respondeu a tempo ao seu pedido de reunião ({slot}), por isso retirei-o. Quer que sugira outras pessoas?',
  'meeting.reminder': '⏰ Daqui a 10 minutos: a sua reunião com {other} em {location}, {slot}.',
  'meeting.reminderRole': '⏰ Daqui a 10 minutos: a sua reunião com {other} ({role}) em {location}, {slot}.',
  'meeting.didYouMeet': 'Encontrou-se com {other} ({slot})?',
  'meeting.accepted': '✅ {name} aceitou: {slot} em {location}. Lembro-o 10 minutos antes.',
  'meeting.requestLapsed':
    'O pedido de reunião de {name} ({slot}) caducou sem resposta. Ainda pode pedir para se encontrarem: diga "conhecer {first}".',
  'meeting.erased':
    '{first} já não está disponível, por isso a sua reunião ({slot}) foi cancelada. Quer que sugira outras pessoas?',
  'meeting.erasedAt':
    '{first} já não está disponível, por isso a sua reunião ({slot}, {location}) foi cancelada. Quer que sugira outras pessoas?',
  'meeting.cancelledBy':
    '{first} cancelou {pending, select, yes {o pedido de reunião} other {a vossa reunião}} ({slot}). Lamento! Quer que sugira outras pessoas?',
  'meeting.cancelledByAt':
    '{first} cancelou {pending, select, yes {o pedido de reunião} other {a vossa reunião}} ({slot}, {location}). Lamento! Quer que sugira outras pessoas?',
  'meeting.insteadOf': 'em vez de {slot}',
  'meeting.someone': 'Alguém',
  'meeting.meetingPoint': 'o ponto de encontro',
};
