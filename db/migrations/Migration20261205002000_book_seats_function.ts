import { Migration } from '@mikro-orm/migrations';

/**
 * `book_seats`: a whole sale from a tier's capacity in ONE round trip (core/services/tickets/book-seats.ts calls
 * it; read that file for why a function). A volatile PL/pgSQL function runs each of its statements on a fresh
 * snapshot (read committed), so the per-person lock taken first really covers the counts read after it —
 * which one plain statement cannot do (its snapshot predates any lock it takes). The tier row, which every
 * buyer of the tier queues on, is locked by the guarded update near the end and released at the commit that
 * ends the caller's autocommit statement, microseconds later.
 *
 * The rules mirror BOOKING_RULES (core/services/tickets/booking-rules.ts) in the same order; the caller turns
 * the returned reason and facts into words with those rules. Capacity stays guarded by the update's WHERE
 * (re-checked on the newest row version) and by the table's check constraint, never by the facts read here.
 */
const BOOK_SEATS = `
create or replace function book_seats(
  p_event_id text, p_tier_code text, p_contact_id uuid, p_quantity int, p_idempotency_key text,
  p_expected_price_cents int, p_hold_minutes int, p_max_per_person int, p_now timestamptz,
  p_order_id uuid, p_order_reference text, p_ticket_references text[],
  out reason text, out order_id uuid, out order_status text, out reserved_until timestamptz,
  out event_name text, out starts_at timestamptz, out ends_at timestamptz, out sales_open boolean,
  out currency text, out tier_id uuid, out tier_name text, out price_cents int, out max_per_order int,
  out available int, out already_held int)
language plpgsql volatile as $fn$
begin
  -- The person's lock first, so the facts read by the next statement (a fresh snapshot) are current for them.
  perform pg_advisory_xact_lock(4204, hashtext(p_contact_id::text));

  select e.name, e.starts_at, e.ends_at, e.sales_open, e.currency,
         t.id, t.name, t.price_cents, t.max_per_order, greatest(t.capacity - t.sold - t.held, 0),
         (select count(*)::int from tickets tk join orders o on o.id = tk.order_id
           where o.contact_id = p_contact_id and o.event_id = e.id and o.status in ('reserved', 'confirmed')
             and tk.status = 'valid'),
         (select o.id from orders o where o.idempotency_key = p_idempotency_key)
    into event_name, starts_at, ends_at, sales_open, currency, tier_id, tier_name, price_cents, max_per_order,
         available, already_held, order_id
    from events e left join ticket_tiers t on t.event_id = e.id and t.code = p_tier_code
   where e.id = p_event_id;
  if not found then
    raise exception 'Unknown event %', p_event_id using errcode = 'P0002';
  end if;

  reason := case
    when order_id is not null then 'duplicate'
    when tier_id is null then 'unknown_tier'
    when p_quantity < 1 then 'invalid_quantity'
    when p_now >= ends_at then 'event_over'
    when not sales_open then 'sales_closed'
    when p_quantity > max_per_order then 'max_per_order'
    when p_quantity > available then 'sold_out'
    when already_held + p_quantity > p_max_per_person then 'per_person_cap'
    when p_expected_price_cents is not null and price_cents <> p_expected_price_cents then 'price_changed'
    else 'ok' end;

  if reason = 'ok' then
    order_status := case when price_cents > 0 then 'reserved' else 'confirmed' end;
    reserved_until := case when price_cents > 0 then p_now + make_interval(mins => p_hold_minutes) end;
    -- The hot row: one statement takes the seats (a paid tier holds them for payment, a free one sells them)
    -- and, only if it did, writes the order, its tickets and the attempt. Its lock lasts until the commit
    -- that ends this call. The update's guard is re-checked on the newest row version after a wait.
    with upd as (
      update ticket_tiers t
         set sold = t.sold + case when order_status = 'confirmed' then p_quantity else 0 end,
             held = t.held + case when order_status = 'reserved' then p_quantity else 0 end,
             version = t.version + 1
       where t.id = tier_id and t.sold + t.held + p_quantity <= t.capacity
      returning greatest(t.capacity - t.sold - t.held, 0) as left_after
    ), ord as (
      insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
                          currency, status, idempotency_key, reserved_until, created_at, confirmed_at, version)
      select p_order_id, p_event_id, tier_id, p_contact_id, p_order_reference, p_quantity, price_cents,
             price_cents * p_quantity, currency, order_status, p_idempotency_key, reserved_until, p_now,
             case when order_status = 'confirmed' then p_now end, 1
        from upd
      returning id
    ), tk as (
      insert into tickets (id, order_id, reference, status, created_at)
      select gen_random_uuid(), ord.id, r, 'valid', p_now from ord cross join unnest(p_ticket_references) as r
    ), att as (
      insert into booking_attempts (id, event_id, tier_id, contact_id, quantity, outcome, reason, order_id,
                                    created_at)
      select gen_random_uuid(), p_event_id, tier_id, p_contact_id, p_quantity,
             case when order_status = 'confirmed' then 'booked' else 'reserved' end, 'ok', ord.id, p_now
        from ord
    )
    select left_after into available from upd;
    if found then
      order_id := p_order_id;
      return;
    end if;
    -- Someone took the last seats between the facts and the update.
    reason := 'sold_out';
    order_status := null;
    reserved_until := null;
    select greatest(t.capacity - t.sold - t.held, 0) into available from ticket_tiers t where t.id = tier_id;
  end if;

  insert into booking_attempts (id, event_id, tier_id, contact_id, quantity, outcome, reason, order_id, created_at)
  values (gen_random_uuid(), p_event_id, tier_id, p_contact_id, p_quantity, 'rejected', reason, order_id, p_now);
end
$fn$;`;

export class Migration20261205002000_book_seats_function extends Migration {
  override name = 'Migration20261205002000_book_seats_function';

  override up(): void | Promise<void> {
    this.addSql(BOOK_SEATS);
  }

  override down(): void | Promise<void> {
    this.addSql(
      'drop function if exists book_seats(text, text, uuid, int, text, int, int, int, timestamptz, uuid, text, text[]);',
    );
  }
}
