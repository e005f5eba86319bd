/**
 * Words of paying through Stripe Checkout, receipts and refunds (issue 17), spread into ../en.ts. The demo
 * payment's words are here too; Slack (organizer) notes about payments stay English in core/replies.
 */
export const paymentsEn = {
  'payments.reserved':
    "Reserved: {count, plural, one {# ticket} other {# tickets}}, {tier} — order {reference}. Total {total}.\nI'm holding your seats until {until} (event time). Your secure payment link follows in a moment.",
  'payments.checkoutLink':
    'Pay {total} for order {reference} securely with Stripe:\n{url}\nThe link and your seats are held until {until} (event time). Your tickets arrive here as soon as the payment goes through.',
  'payments.paid': "Payment of {total} received — thank you! You're booked! 🎉",
  'payments.paidLate':
    "Payment of {total} received (it came after the hold ended, but the seats were still free) — thank you! You're booked! 🎉",
  'payments.vat': 'incl. VAT {rate, number} %: {vat}',
  'payments.receipt': 'Receipt: {url}',
  'payments.receiptLater': 'Your Stripe receipt for order {reference} ({total}): {url}',
  'payments.alreadyPaid': 'This order is already paid — here are your tickets again:',
  'payments.demoPaid': "Payment recorded (demo mode: no card was charged). You're booked! 🎉",
  'payments.orderNotFound': "I couldn't find that order for your number.",
  'payments.ranOut':
    '{reference, select, none {The reservation} other {The reservation {reference}}} ran out before payment, so its seats went back on sale. Would you like to book again?',
  'payments.wasCancelled':
    "{reference, select, none {That booking} other {That booking ({reference})}} was cancelled, so there's nothing to pay. Would you like to book again?",
  'payments.latePaymentRefund':
    "Your payment for order {reference} arrived after your seat hold ended, and those seats have gone to someone else in the meantime — sorry! I'm refunding the full {amount} to your card; I'll tell you when it's done. Would you like to book again?",
  'payments.refundDone':
    'Your refund of {amount} for order {reference} is done. Banks usually show it within 5–10 days.',
  'payments.refundFailed':
    "Your refund of {amount} for order {reference} didn't go through on Stripe's side. Our team has been told and is on it — you don't need to do anything; they'll sort it out and get back to you here.",
  'payments.previewNone':
    "Under the event's refund policy this booking can no longer be refunded, so no money goes back.",
  'payments.preview':
    "You get {percent, select, 100 {a full refund} other {a {percent}% refund}} of {amount} {provider, select, stripe {to your card} other {(demo mode: no money moves)}} under the event's refund policy{until, select, none {} other { ({percent}% back until {until})}}.",
  'payments.refundOnItsWay':
    "Your refund of {amount} is on its way to your card; I'll tell you when it's done.",
  'payments.refundRecorded': 'A refund of {amount} is recorded (demo mode: no money moves).',
  'payments.organizerRefund':
    "The organizers have cancelled your booking {reference} and refunded it in full: {amount}{provider, select, stripe { to your card — I'll tell you when it's done.} other { (demo mode: no money moves).}}",
} as const;
