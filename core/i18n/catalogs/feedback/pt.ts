import type { FeedbackMessageId } from './en.js';

/** Session attendance, session feedback and CSAT, in Portuguese: the ids of ./en.ts. */
export const feedbackPt: Readonly<Record<FeedbackMessageId, string>> = {
  'attendance.recorded':
    'Bem-vindo/a a *{title}*{room} ✅ Registei que está cá. Quando terminar, pergunto-lhe como correu.',
  'attendance.already': 'Já está registado/a em *{title}* — aproveite a sessão!',
  'attendance.notStarted':
    '*{title}* começa às {time}, {day}{room}. Leia o código à porta outra vez quando lá estiver.',
  'attendance.ended': '*{title}* já terminou ({time}, {day}), por isso já não o/a posso registar lá.',
  'attendance.unknownCode':
    'Não reconheço esse código de sessão. Em que palestra está? Diga-me o título, por exemplo "estou na keynote".',

  'feedback.rating.1': '1 – Fraca',
  'feedback.rating.2': '2 – Razoável',
  'feedback.rating.3': '3 – Boa',
  'feedback.rating.4': '4 – Muito boa',
  'feedback.rating.5': '5 – Excelente',
  'feedback.rating.button': 'Avaliar',
  'feedback.rating.question': 'Como foi *{title}*? Avalie de 1 a 5 (5 = excelente).',
  'feedback.rating.again': 'Escolha um número de 1 a 5 para *{title}* (1 = fraca, 5 = excelente).',
  'feedback.comment.question':
    'Obrigado! Quer acrescentar alguma coisa? Escreva um comentário curto, ou toque em Saltar.',
  'feedback.comment.skip': 'Saltar',
  'feedback.alreadyRated': 'Já avaliou *{title}* com {rating}/5 — obrigado, conta uma vez.',
  'feedback.comment.saved': 'Obrigado — o seu comentário foi passado à organização.',
  'feedback.comment.skipped': 'Sem problema — obrigado pela avaliação!',
  'feedback.comment.tooLong':
    'Esse comentário é um pouco longo para mim — consegue mantê-lo abaixo de {max} caracteres? Ou toque em Saltar.',
  'feedback.closed': 'Esse pedido de avaliação já foi respondido ou expirou — obrigado!',

  'csat.question': 'Resolvemos o seu problema?',
  'csat.yes': '👍 Sim',
  'csat.no': '👎 Não',
  'csat.thanks.up': 'Ótimo — obrigado por nos dizer! 🙌',
  'csat.thanks.down':
    'Lamentamos não ter acertado. Obrigado por nos dizer — a equipa vai ver o que se passou. Diga "falar com alguém" quando quiser.',
  'csat.already': 'Obrigado — já temos a sua resposta a essa pergunta.',
};
