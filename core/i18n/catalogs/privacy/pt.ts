import type { PrivacyId } from './en.js';

export const privacyPt: Readonly<Record<PrivacyId, string>> = {
  'privacy.nothingDeleted': 'Combinado — não apaguei nada.',
  'privacy.forgetAsk':
    'Esquecer-me: vou apagar o que guardo sobre si para o {event} — {what}.\nOs seus bilhetes e encomendas ficam (são a sua entrada e o registo de vendas da organização); se quiser, cancele-os com "cancelar a minha reserva".\nIsto não pode ser desfeito. Continuo?',
  'privacy.yesDelete': 'Sim, apagar',
  'privacy.noKeep': 'Não, manter',
  'privacy.noFaceData': 'Não guardo nenhum dado facial seu — não há nada para apagar.',
  'privacy.faceDeleted':
    'Feito — o seu modelo facial foi apagado e o check-in com selfie está desligado. Pode continuar a fazer o check-in com o código QR do bilhete ("os meus bilhetes").',
  'privacy.noFaceTemplate':
    'Feito — não tinha nenhum modelo facial guardado, e o check-in com selfie está agora desligado. O código QR do seu bilhete serve para o check-in.',
  'privacy.forgotten':
    'Feito — apaguei {what} do {event}.\nOs seus bilhetes e encomendas continuam válidos. Se voltar a escrever-me, só saberei o que me disser nessa altura.',
  'privacy.forgottenNothing':
    'Feito — não guardava mais nada sobre si para o {event}.\nOs seus bilhetes e encomendas continuam válidos. Se voltar a escrever-me, só saberei o que me disser nessa altura.',
  'privacy.what.leads': 'os contactos partilhados com patrocinadores',
  'privacy.what.networking': 'o perfil de networking, as sugestões e as reuniões',
  'privacy.what.faces': 'os dados faciais',
  'privacy.what.profile': 'os dados do perfil',
  'privacy.what.feedback': 'as presenças nas sessões e as opiniões',
  'privacy.what.conversation': 'o histórico da conversa',
};
