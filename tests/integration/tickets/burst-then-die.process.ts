/**
 * A stand-in inbound worker under a ticket drop, for the booking kill test: books for many people at once,
 * each inside a message transaction the way the confirm-booking skill does (the sale, then the rest of the
 * message), and prints a line per booked message, until the test SIGKILLs it mid-burst.
 * Usage: node --import tsx burst-then-die.process.ts DATABASE_URL NOW_ISO TIER_CODE:CONTACT_ID ...
 */
import { placeOrder } from '../../../core/services/tickets/place-order.js';
import { initDb } from '../../../db/orm.js';

const [databaseUrl, now, ...jobs] = process.argv.slice(2);
const db = await initDb(databaseUrl!, { poolMax: 8 });
let next = 0;
await Promise.all(
  Array.from({ length: 8 }, async () => {
    for (;;) {
      const job = jobs[next++];
      if (!job) return;
      const [tierCode, contactId] = job.split(':');
      await db.em.fork().transactional(async (tx) => {
        const result = await placeOrder(tx, {
          eventId: 'devsummit-2026',
          tierCode: tierCode!,
          contactId: contactId!,
          quantity: 2,
          idempotencyKey: `burst-${contactId}`,
          seatsFrom: 'capacity',
          now: new Date(now!),
        });
        // The rest of the message's work, in its transaction.
        await tx.execute("update contacts set display_name = 'message-finished' where id = ?", [contactId]);
        process.stdout.write(`${result.ok ? 'booked' : 'refused'} ${contactId}\n`);
      });
    }
  }),
);
process.stdout.write('done\n');
await new Promise(() => {});
