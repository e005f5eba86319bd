/**
 * A stand-in inbound worker for the booking kill test: books inside a message transaction the way the
 * confirm-booking skill does, says so, then hangs with the transaction open so the test can SIGKILL it
 * between the seat statement and the rest of the message (reply, conversation state, "handled" mark).
 * Usage: node --import tsx book-then-die.process.ts DATABASE_URL CONTACT_ID TIER_CODE IDEMPOTENCY_KEY NOW_ISO
 */
import { placeOrder } from '../../../core/services/tickets/place-order.js';
import { initDb } from '../../../db/orm.js';

const [databaseUrl, contactId, tierCode, idempotencyKey, now] = process.argv.slice(2);
const db = await initDb(databaseUrl!, { poolMax: 2 });
await db.em.fork().transactional(async (tx) => {
  const result = await placeOrder(tx, {
    eventId: 'devsummit-2026',
    tierCode: tierCode!,
    contactId: contactId!,
    quantity: 2,
    idempotencyKey: idempotencyKey!,
    seatsFrom: 'capacity',
    now: new Date(now!),
  });
  // The rest of the message's work, which never commits: the test checks it left no trace.
  await tx.execute("update contacts set display_name = 'message-finished' where id = ?", [contactId]);
  process.stdout.write(`seats-taken ${result.ok ? result.orderId : 'refused'}\n`);
  await new Promise(() => {});
});
