import { Migration } from '@mikro-orm/migrations';

/**
 * A booking batch's fixed cost, cut where Postgres spends it (docs/scaling.md, sixth pass):
 *
 * 1. One foreign key from an order to its tier AND event, `(tier_id, event_id)` → `ticket_tiers (id, event_id)`,
 *    instead of one to each: every order row ran both checks, each a query of its own. It is also stricter: an
 *    order's tier must belong to the order's event (the tier's own key to `events` still checks the event).
 * 2. `book_seats_batch` in fewer statements, same rules and locks: the facts (seats left with the tier row
 *    locked, each locked person's valid tickets, the keys already booked) in one statement read after the person
 *    locks, and the orders, tickets and attempt rows in one statement (data-modifying CTEs; the foreign-key
 *    checks of the tickets run at its end and see its orders).
 * 3. A tier with no seat left (or no such tier), read first without a lock, refuses without the person locks,
 *    the per-person counts or the tier row's lock: no item can pass the capacity rule, and every other rule it
 *    might fail first is decided on the same facts. A duplicate is still found by its key.
 * 4. The event's and the tier's facts on the first row only (the same for the whole batch): 10 rows of 16
 *    columns were about a quarter of the client's CPU per call (book-seats.ts reads them once).
 * The settings (`enable_seqscan`, `plan_cache_mode`) are restated: `create or replace` drops what it does not say.
 */
const BOOK_SEATS_BATCH = `
create or replace function book_seats_batch(
  p_event_id text, p_tier_code text, p_max_per_person int,
  p_contact_ids uuid[], p_quantities int[], p_idempotency_keys text[], p_expected_price_cents int[],
  p_hold_minutes int[], p_nows timestamptz[], p_order_ids uuid[], p_order_references text[],
  p_ticket_references text[], p_ticket_items int[])
returns table (idx int, reason text, order_id uuid, order_status text, reserved_until timestamptz,
  event_name text, starts_at timestamptz, ends_at timestamptz, sales_open boolean, currency text,
  tier_id uuid, tier_name text, price_cents int, max_per_order int, available int, already_held int)
language plpgsql volatile
set enable_seqscan = off
set plan_cache_mode = force_generic_plan
as $fn$
declare
  n int := cardinality(p_contact_ids);
  c uuid;
  i int;
  k int;
  v_busy uuid[] := '{}';
  v_locked uuid[] := '{}';
  ev_name text;
  ev_starts_at timestamptz;
  ev_ends_at timestamptz;
  ev_sales_open boolean;
  ev_currency text;
  v_tier_id uuid;
  v_tier_name text;
  v_price int;
  v_max_per_order int;
  v_left int := 0;
  v_known_contacts uuid[];
  v_known_held int[];
  v_keys text[];
  v_key_orders uuid[];
  v_sold_add int := 0;
  v_held_add int := 0;
  v_any_ok boolean := false;
  r_reason text[] := array_fill(null::text, array[n]);
  r_order uuid[] := array_fill(null::uuid, array[n]);
  r_status text[] := array_fill(null::text, array[n]);
  r_until timestamptz[] := array_fill(null::timestamptz, array[n]);
  r_available int[] := array_fill(0, array[n]);
  r_held int[] := array_fill(0, array[n]);
  v_held int;
  v_lock boolean;
begin
  -- The event and the tier's seats, read without a lock: a tier with no seat left (or no such tier) refuses every
  -- item as it stands now, so it needs neither the person locks nor the tier row's lock.
  select e.name, e.starts_at, e.ends_at, e.sales_open, e.currency,
         t.id, t.name, t.price_cents, t.max_per_order, coalesce(greatest(t.capacity - t.sold - t.held, 0), 0)
    into ev_name, ev_starts_at, ev_ends_at, ev_sales_open, ev_currency,
         v_tier_id, v_tier_name, v_price, v_max_per_order, v_left
    from events e left join ticket_tiers t on t.event_id = e.id and t.code = p_tier_code
   where e.id = p_event_id;
  if not found then
    raise exception 'Unknown event %', p_event_id using errcode = 'P0002';
  end if;
  v_lock := v_left > 0;

  if v_lock then
    foreach c in array (select array_agg(distinct x) from unnest(p_contact_ids) as x) loop
      if pg_try_advisory_xact_lock(4204, hashtext(c::text)) then
        v_locked := v_locked || c;
      else
        v_busy := v_busy || c;
      end if;
    end loop;
  end if;

  -- The facts the rules decide on, in one statement whose snapshot is taken after the person locks: the seats left
  -- (the tier row locked until this call's commit), each locked person's valid tickets for the event (the
  -- per-person cap) and the keys already booked.
  select t.left_, h.contacts, h.held, kk.keys, kk.orders
    into v_left, v_known_contacts, v_known_held, v_keys, v_key_orders
    from (select coalesce(max(greatest(t.capacity - t.sold - t.held, 0)), 0) as left_
            from (select t.capacity, t.sold, t.held from ticket_tiers t
                   where v_lock and cardinality(v_locked) > 0 and t.id = v_tier_id for update) as t) as t
   cross join lateral (select coalesce(array_agg(hh.contact_id), '{}') as contacts, coalesce(array_agg(hh.held), '{}') as held
                         from (select o.contact_id, count(*)::int as held from tickets tk join orders o on o.id = tk.order_id
                                where o.contact_id = any(v_locked) and o.event_id = p_event_id
                                  and o.status in ('reserved', 'confirmed') and tk.status = 'valid'
                                group by o.contact_id) as hh) as h
   cross join lateral (select coalesce(array_agg(o.idempotency_key), '{}') as keys, coalesce(array_agg(o.id), '{}') as orders
                         from orders o where o.idempotency_key = any(p_idempotency_keys)) as kk;

  for i in 1 .. n loop
    if p_contact_ids[i] = any(v_busy) then
      r_reason[i] := 'busy';
      continue;
    end if;
    k := array_position(v_known_contacts, p_contact_ids[i]);
    v_held := coalesce(v_known_held[k], 0);
    r_held[i] := v_held;
    r_available[i] := v_left;
    r_order[i] := v_key_orders[array_position(v_keys, p_idempotency_keys[i])];
    r_reason[i] := case
      when r_order[i] is not null then 'duplicate'
      when v_tier_id is null then 'unknown_tier'
      when p_quantities[i] < 1 then 'invalid_quantity'
      when p_nows[i] >= ev_ends_at then 'event_over'
      when not ev_sales_open then 'sales_closed'
      when p_quantities[i] > v_max_per_order then 'max_per_order'
      when p_quantities[i] > v_left then 'sold_out'
      when v_held + p_quantities[i] > p_max_per_person then 'per_person_cap'
      when p_expected_price_cents[i] is not null and v_price <> p_expected_price_cents[i] then 'price_changed'
      else 'ok' end;
    if r_reason[i] = 'ok' then
      v_any_ok := true;
      r_order[i] := p_order_ids[i];
      if v_price > 0 then
        r_status[i] := 'reserved';
        r_until[i] := p_nows[i] + make_interval(mins => p_hold_minutes[i]);
        v_held_add := v_held_add + p_quantities[i];
      else
        r_status[i] := 'confirmed';
        v_sold_add := v_sold_add + p_quantities[i];
      end if;
      v_left := v_left - p_quantities[i];
      r_available[i] := v_left;
      if k is null then
        v_known_contacts := v_known_contacts || p_contact_ids[i];
        v_known_held := v_known_held || p_quantities[i];
      else
        v_known_held[k] := v_held + p_quantities[i];
      end if;
      v_keys := v_keys || p_idempotency_keys[i];
      v_key_orders := v_key_orders || p_order_ids[i];
    end if;
  end loop;

  if v_any_ok then
    update ticket_tiers t
       set sold = t.sold + v_sold_add, held = t.held + v_held_add, version = t.version + 1
     where t.id = v_tier_id and t.sold + t.held + v_sold_add + v_held_add <= t.capacity;
    if not found then
      raise exception 'book_seats_batch: the locked tier row lost its seats' using errcode = 'P0001';
    end if;
  end if;

  with o as (
    insert into orders (id, event_id, tier_id, contact_id, reference, quantity, unit_price_cents, total_cents,
                        currency, status, idempotency_key, reserved_until, created_at, confirmed_at, version)
    select p_order_ids[j], p_event_id, v_tier_id, p_contact_ids[j], p_order_references[j], p_quantities[j],
           v_price, v_price * p_quantities[j], ev_currency, r_status[j], p_idempotency_keys[j],
           r_until[j], p_nows[j], case when r_status[j] = 'confirmed' then p_nows[j] end, 1
      from generate_series(1, n) as j
     where r_reason[j] = 'ok'),
  tk as (
    insert into tickets (id, order_id, reference, status, created_at)
    select gen_random_uuid(), p_order_ids[x.item], x.ref, 'valid', p_nows[x.item]
      from unnest(p_ticket_references, p_ticket_items) as x(ref, item)
     where r_reason[x.item] = 'ok')
  insert into booking_attempts (id, event_id, tier_id, contact_id, quantity, outcome, reason, order_id, created_at)
  select gen_random_uuid(), p_event_id, v_tier_id, p_contact_ids[j], p_quantities[j],
         case when r_reason[j] <> 'ok' then 'rejected' when r_status[j] = 'confirmed' then 'booked'
              else 'reserved' end,
         r_reason[j], r_order[j], p_nows[j]
    from generate_series(1, n) as j
   where r_reason[j] <> 'busy';

  -- The event's and tier's facts once, on the first row: they are the batch's, not each item's.
  return query
  select j, r_reason[j], r_order[j], r_status[j], r_until[j],
         case when j = 1 then ev_name end, case when j = 1 then ev_starts_at end,
         case when j = 1 then ev_ends_at end, case when j = 1 then ev_sales_open end,
         case when j = 1 then ev_currency end, case when j = 1 then v_tier_id end,
         case when j = 1 then v_tier_name end, case when j = 1 then v_price end,
         case when j = 1 then v_max_per_order end, r_available[j], r_held[j]
    from generate_series(1, n) as j;
end
$fn$;`;

export class Migration20261209000000_book_seats_fewer_statements extends Migration {
  override name = 'Migration20261209000000_book_seats_fewer_statements';

  override up(): void | Promise<void> {
    this.addSql(
      'alter table ticket_tiers add constraint ticket_tiers_id_event_id_unique unique (id, event_id);',
    );
    this.addSql(
      'alter table orders add constraint orders_tier_id_event_id_foreign foreign key (tier_id, event_id) references ticket_tiers (id, event_id);',
    );
    this.addSql(
      'alter table orders drop constraint orders_tier_id_foreign, drop constraint orders_event_id_foreign;',
    );
    this.addSql(BOOK_SEATS_BATCH);
  }

  /** The function keeps this body: same signature, rules and answers as the one it replaced, under either key. */
  override down(): void | Promise<void> {
    this.addSql(
      'alter table orders add constraint orders_tier_id_foreign foreign key (tier_id) references ticket_tiers (id);',
    );
    this.addSql(
      'alter table orders add constraint orders_event_id_foreign foreign key (event_id) references events (id);',
    );
    this.addSql('alter table orders drop constraint orders_tier_id_event_id_foreign;');
    this.addSql('alter table ticket_tiers drop constraint ticket_tiers_id_event_id_unique;');
  }
}
