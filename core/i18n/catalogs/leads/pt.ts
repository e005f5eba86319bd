import type { LeadsId } from './en.js';

export const leadsPt: Readonly<Record<LeadsId, string>> = {
  'leads.field.name': 'nome',
  'leads.field.role': 'função',
  'leads.field.company': 'empresa',
  'leads.field.interests': 'interesses',
  'leads.field.industry': 'setor',
  'leads.field.email': 'endereço de email',
  'leads.field.phone': 'número de telefone',
  'leads.share': 'Sim, partilhar',
  'leads.shareContact': 'Sim + contactem-me',
  'leads.noThanks': 'Não, obrigado',
  'leads.openerDemo': 'Com todo o gosto marco uma demonstração com a {sponsor}.',
  'leads.openerShare': 'Com todo o gosto ponho-o em contacto com a {sponsor}.',
  'leads.mayShare': 'Posso partilhar o seu {fields} com a {sponsor}? Mais nada — e só se disser que sim.',
  'leads.contactHint':
    'Escolha "Sim + contactem-me" para lhes dar também o seu número de telefone, para que o possam contactar.',
  'leads.changeMind': 'Pode mudar de ideias quando quiser: diga "parar de partilhar com {sponsor}".',
  'leads.boothWelcome': '👋 Bem-vindo ao stand da {sponsor}!',
  'leads.boothWelcomeAt': '👋 Bem-vindo ao stand da {sponsor} ({booth})!',
  'leads.stopHint': 'Diga "parar de partilhar com {sponsor}" quando quiser para retirar o consentimento.',
  'leads.declinedBefore':
    '{welcome} Pediu-me antes para não partilhar os seus dados com eles, por isso não o farei. Se mudar de ideias, diga "partilhar os meus dados com {sponsor}".',
  'leads.buttonGone':
    'Esse botão já não funciona. Diga-me com que patrocinador gostaria de entrar em contacto.',
  'leads.wontShare': 'Combinado — não partilho nada com a {sponsor} e não lhe volto a perguntar sobre eles.',
  'leads.alreadySharing': 'Já está a partilhar o seu {fields} com a {sponsor}. {stop}',
  'leads.shared': 'Feito ✅ A {sponsor} tem agora o seu {fields}. {stop}',
  'leads.sharedContact':
    'Feito ✅ A {sponsor} tem agora o seu {fields}. Podem entrar em contacto consigo. {stop}',
  'leads.demoTold': 'Já disse à {sponsor} que gostaria de uma demonstração.',
  'leads.alreadyHas': 'A {sponsor} já tem o seu {fields}. {stop}',
  'leads.notSharing': 'Não estou a partilhar nada com a {sponsor} e não lhe volto a perguntar sobre eles.',
  'leads.withdrawn':
    'Feito — deixei de partilhar os seus dados com a {sponsor}. Já não o veem nos contactos deles, e não volto a perguntar.',
  'leads.noSponsors': 'O {event} ainda não tem patrocinadores na lista.',
  'leads.whichSponsor': 'Com que patrocinador gostaria de entrar em contacto?',
  'leads.unknownSponsor':
    'Não encontrei esse patrocinador. Com que patrocinador gostaria de entrar em contacto?',
  'leads.sponsors': 'Patrocinadores',
  'leads.booth': 'stand {booth}',
  'leads.about':
    '{who} é patrocinador do evento. Quer que o ponha em contacto com eles? Pergunto-lhe antes de partilhar o que quer que seja.',
  'leads.aboutAt':
    '{who} é patrocinador do evento. Encontra-os no stand {booth}. Quer que o ponha em contacto com eles? Pergunto-lhe antes de partilhar o que quer que seja.',
  'leads.connectMe': 'Pôr-me em contacto',

  'leads.rated': 'Guardado: {stars} para {name}.',
  'leads.thisLead': 'este contacto',
  'leads.rateNotYours': 'Só o patrocinador a quem este contacto foi enviado o pode avaliar.',
  'leads.rateGone': 'Esse contacto já não está disponível (a pessoa pode ter retirado o consentimento).',
  'leads.alertHot': '🔥 Contacto quente para {sponsor}: {lead}',
  'leads.alertInterests': 'Interesses: {interests}',
  'leads.alertPhone': 'Telefone: {phone} (aceitou ser contactado)',
  'leads.alertWhy': 'Porquê: {reasons}',
  'leads.why.role': 'função procurada: {role}',
  'leads.why.interests': 'interesses em comum: {interests}',
  'leads.why.demo': 'pediu uma demonstração',
  'leads.why.booth': 'visitou o stand',
  'leads.why.sessions': 'assistiu a {count, plural, one {# sessão} other {# sessões}} sobre os vossos temas',
  'leads.alertRate': 'Avalie este contacto:',
  'leads.rate': 'Avaliar',
  'leads.digestHeader':
    '📬 {sponsor} — {count, plural, one {# contacto novo} other {# contactos novos}} hoje',
  'leads.digestLine': '{lead}{details} · pontuação {score} · {rating} · {when}',
  'leads.notRated': 'sem avaliação',
  'leads.temperature': '{temperature, select, hot {quente} warm {morno} other {frio}}',
};
