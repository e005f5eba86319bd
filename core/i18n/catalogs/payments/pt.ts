import type { paymentsEn } from './en.js';

/** Portuguese words of paying, receipts and refunds: the same ids as en.ts. */
export const paymentsPt: Readonly<Record<keyof typeof paymentsEn, string>> = {
  'payments.reserved':
    'Reservado: {count, plural, one {# bilhete} other {# bilhetes}}, {tier} — encomenda {reference}. Total {total}.\nGuardo os seus lugares até às {until} (hora do evento). O link de pagamento seguro segue já a seguir.',
  'payments.checkoutLink':
    'Pague {total} pela encomenda {reference} em segurança com a Stripe:\n{url}\nO link e os seus lugares ficam guardados até às {until} (hora do evento). Os bilhetes chegam aqui assim que o pagamento for aceite.',
  'payments.paid': 'Pagamento de {total} recebido — obrigado! Está inscrito! 🎉',
  'payments.paidLate':
    'Pagamento de {total} recebido (chegou depois de a reserva terminar, mas os lugares ainda estavam livres) — obrigado! Está inscrito! 🎉',
  'payments.vat': 'IVA incluído {rate, number} %: {vat}',
  'payments.receipt': 'Recibo: {url}',
  'payments.receiptLater': 'O seu recibo Stripe da encomenda {reference} ({total}): {url}',
  'payments.alreadyPaid': 'Esta encomenda já está paga — aqui estão de novo os seus bilhetes:',
  'payments.demoPaid':
    'Pagamento registado (modo de demonstração: nenhum cartão foi cobrado). Está inscrito! 🎉',
  'payments.orderNotFound': 'Não encontrei essa encomenda para o seu número.',
  'payments.ranOut':
    '{reference, select, none {A reserva} other {A reserva {reference}}} terminou antes do pagamento, por isso os lugares voltaram à venda. Quer reservar de novo?',
  'payments.wasCancelled':
    '{reference, select, none {Essa reserva} other {Essa reserva ({reference})}} foi cancelada, por isso não há nada a pagar. Quer reservar de novo?',
  'payments.latePaymentRefund':
    'O seu pagamento da encomenda {reference} chegou depois de a reserva dos lugares terminar, e entretanto esses lugares foram para outra pessoa — desculpe! Vou devolver os {amount} na totalidade ao seu cartão; aviso quando estiver feito. Quer reservar de novo?',
  'payments.refundDone':
    'O reembolso de {amount} da encomenda {reference} está feito. Os bancos costumam mostrá-lo em 5 a 10 dias.',
  'payments.refundFailed':
    'O reembolso de {amount} da encomenda {reference} não foi aceite do lado da Stripe. A equipa já foi avisada e está a tratar disso — não precisa de fazer nada; vão resolver e responder-lhe aqui.',
  'payments.previewNone':
    'Pela política de reembolso do evento esta reserva já não pode ser reembolsada, por isso não há devolução.',
  'payments.preview':
    'Recebe {percent, select, 100 {o reembolso total} other {um reembolso de {percent} %}} de {amount} {provider, select, stripe {no seu cartão} other {(modo de demonstração: não há movimento de dinheiro)}} pela política de reembolso do evento{until, select, none {} other { ({percent} % devolvidos até {until})}}.',
  'payments.refundOnItsWay':
    'O reembolso de {amount} está a caminho do seu cartão; aviso quando estiver feito.',
  'payments.refundRecorded':
    'Ficou registado um reembolso de {amount} (modo de demonstração: não há movimento de dinheiro).',
  'payments.organizerRefund':
    'A organização cancelou a sua reserva {reference} e reembolsou-a na totalidade: {amount}{provider, select, stripe { no seu cartão — aviso quando estiver feito.} other { (modo de demonstração: não há movimento de dinheiro).}}',
};
