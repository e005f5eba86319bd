import type { CheckInId } from './en.js';

export const checkInPt: Readonly<Record<CheckInId, string>> = {
  'checkin.button': 'Check-in com selfie',
  'checkin.consent':
    'Check-in com selfie no {event}: no local, envia-me uma selfie e eu faço o seu check-in — sem fila para o leitor de QR.\n• O que guardo: um modelo do rosto (128 números calculados a partir da selfie), cifrado. Não a fotografia: é lida uma vez e apagada.\n• Porquê: só para fazer o seu check-in no {event}. Nunca é partilhado.\n• Até quando: é apagado automaticamente a {day} (depois do evento), ou logo que disser "apagar os meus dados faciais".\nConcorda? Se não, o código QR do seu bilhete funciona igualmente bem.',
  'checkin.agree': 'Sim, concordo',
  'checkin.qrOnly': 'Não, só QR',
  'checkin.enrolPrompt':
    'Obrigado! Agora envie-me uma selfie: só o seu rosto, de frente para a câmara, com boa luz e sem cortes. Guardo apenas o modelo do rosto cifrado, nunca a fotografia.',
  'checkin.enrolledNow':
    'Registo feito ✅ A sua fotografia já foi apagada. Quando estiver na entrada, envie-me outra selfie para fazer o check-in.',
  'checkin.enrolledLater':
    'Registo feito ✅ A sua fotografia já foi apagada. A {day}, em {venue}, envie-me uma selfie aqui e faço o seu check-in.',
  'checkin.readyNow': 'Já está registado — envie-me uma selfie agora e faço o seu check-in.',
  'checkin.readyLater':
    'Está tudo pronto para o check-in com selfie. A {day}, em {venue}, envie-me uma selfie aqui.',
  'checkin.notOpen':
    'O check-in abre a {day} (hora do evento). A sua selfie não foi usada para nada — envie outra quando estiver no local.',
  'checkin.closed':
    'O check-in deste evento está fechado — o evento já terminou. A sua selfie não foi usada para nada.',
  'checkin.badgeDesk': 'Levante o seu crachá no balcão de registo em {venue}.',
  'checkin.welcome':
    '✅ Bem-vindo ao {event}, {holder}! O seu check-in está feito (bilhete {reference}).\n🪪 {badge}',
  'checkin.moreTickets':
    'Tem mais {more} {more, plural, one {bilhete} other {bilhetes}} neste número: os seus convidados fazem o check-in com os códigos QR.',
  'checkin.already': 'O seu check-in já está feito — desde {when}. Aproveite o evento! 🎉',
  'checkin.sinceToday': 'as {time} de hoje',
  'checkin.sinceDay': 'as {time} de {day}',
  'checkin.noTicket':
    'Não encontro nenhum bilhete para o {event} neste número, por isso ainda não há check-in a fazer.',
  'checkin.photoWithoutConsent':
    'Obrigado pela fotografia! Não olhei para ela: só leio rostos para o check-in com selfie, e só depois de concordar. O que quer fazer?',
  'checkin.myQr': 'O meu código QR',
  'checkin.somethingElse': 'Outra coisa',
  'checkin.photoAfterNo':
    'Obrigado pela fotografia! Escolheu o check-in por QR, por isso não olhei para ela. Aqui está o seu bilhete:',
  'checkin.qrOnlyReminder':
    'Escolheu o check-in por QR: mostre este código na entrada (ou diga a referência à equipa).',
  'checkin.qrOnlyAfterNo':
    'Sem problema — não precisa de selfie. Escolheu o check-in por QR: mostre este código na entrada (ou diga a referência à equipa).',
  'checkin.useSelfie': 'Usar uma selfie',
  'checkin.problem.noFace':
    'Não encontrei nenhum rosto nessa fotografia. Envie uma selfie: de frente para a câmara, com boa luz e o rosto inteiro na imagem.',
  'checkin.problem.twoFaces':
    'Vejo mais do que um rosto nessa fotografia. Envie uma selfie só consigo — cada convidado faz o seu próprio check-in.',
  'checkin.problem.tooSmall':
    'O seu rosto está muito pequeno nessa fotografia. Aproxime o telemóvel, para o rosto ocupar boa parte da imagem.',
  'checkin.problem.blurry':
    'Essa fotografia está demasiado desfocada. Segure o telemóvel firme, limpe a lente e tente de novo com boa luz.',
  'checkin.unreadable.notAnImage':
    'Não consegui abrir isso como fotografia (o ficheiro parece danificado ou não é uma imagem). Envie uma selfie tirada com a câmara.',
  'checkin.unreadable.tooBig':
    'Esse ficheiro é grande demais (no máximo 16 MB). Envie uma selfie normal tirada com a câmara do telemóvel.',
  'checkin.unreadable.downloadFailed':
    'Não consegui descarregar essa fotografia. Pode enviá-la de novo? O código QR do seu bilhete também serve.',
  'checkin.sendAgain': 'Não cheguei a ler essa fotografia — pode enviar a sua selfie mais uma vez?',
  'checkin.retry':
    'Hum, essa selfie não corresponde bem ao seu registo. Vamos tentar outra vez: de frente para a câmara, com boa luz, sem óculos de sol nem máscara.',
  'checkin.qrFallback':
    'Desculpe, continuo sem conseguir confirmar a sua identidade pela selfie, por isso vamos usar o bilhete: mostre este código QR na entrada.',
  'checkin.enrolmentUnusable':
    'Já não consigo usar o seu registo facial, por isso faça o check-in com o código QR do bilhete (abaixo). Pode registar-se de novo com "check-in com selfie".',
};
