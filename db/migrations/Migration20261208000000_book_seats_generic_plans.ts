import { Migration } from '@mikro-orm/migrations';

const SIGNATURES = [
  'book_seats_batch(text, text, int, uuid[], int[], text[], int[], int[], timestamptz[], uuid[], text[], text[], int[])',
  'book_seats(text, text, uuid, int, text, int, int, int, timestamptz, uuid, text, text[])',
];

/**
 * The booking functions' statements take arrays and counts as parameters (`generate_series(1, n)`,
 * `unnest(p_ticket_references)`), whose row estimates make a custom plan always look cheaper than the generic
 * one, so Postgres' plan cache never switched to the generic plan and planned the inserts again on every
 * call: ~100 µs of a 10-booking batch's ~1 ms (docs/scaling.md, fifth pass). Every statement in them is a
 * keyed lookup or a keyed write, so one generic plan on the indexes is right for every call; `book_seats` gets
 * the `enable_seqscan = off` that `book_seats_batch` already has, so a plan made while `orders` is nearly
 * empty does not scan it for the rest of the connection.
 */
export class Migration20261208000000_book_seats_generic_plans extends Migration {
  override name = 'Migration20261208000000_book_seats_generic_plans';

  override up(): void | Promise<void> {
    for (const signature of SIGNATURES)
      this.addSql(`alter function ${signature} set plan_cache_mode = force_generic_plan;`);
    this.addSql(`alter function ${SIGNATURES[1]} set enable_seqscan = off;`);
  }

  override down(): void | Promise<void> {
    for (const signature of SIGNATURES) this.addSql(`alter function ${signature} reset plan_cache_mode;`);
    this.addSql(`alter function ${SIGNATURES[1]} reset enable_seqscan;`);
  }
}
