import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Finds what the live feed should announce and records each item once (`ref` is unique): tiers that just
 * sold out (again after a capacity change: the capacity is part of the ref), every 100 tickets sold,
 * check-ins batched by minute, handoffs opened in the last day, deliveries that failed for good, and inbound messages that
 * could not be handled (poison messages). Returns how many new items were recorded.
 * One raw statement on purpose: finding, wording and recording the items is a single round trip of set
 * operations (union, lateral series, per-minute groups) that a query builder would only spell as fragments.
 */
export async function collectFeedItems(em: EntityManager): Promise<number> {
  const inserted = await em.execute<{ id: string }[]>(
    `insert into feed_posts (id, event_id, kind, ref, text, created_at)
     select gen_random_uuid(), event_id, kind, ref, text, now() from (
       select t.event_id, 'sold_out' as kind, 'sold_out:' || t.id || ':' || t.capacity as ref,
              '🎟️ ' || t.name || ' is sold out (' || t.capacity || ' seats).' as text
         from ticket_tiers t join events e on e.id = t.event_id
        where t.capacity > 0 and t.sold + t.held >= t.capacity and e.ends_at > now()
       union all
       select c.event_id, 'handoff', 'handoff:' || h.id,
              '🙋 ' || coalesce(a.name, ct.display_name, ct.phone) || ' asked for a person — their thread is in the handoff channel.'
         from handoffs h join conversations c on c.id = h.conversation_id join contacts ct on ct.id = c.contact_id
         left join attendees a on a.contact_id = ct.id and a.event_id = c.event_id
        where h.status = 'open' and h.created_at > now() - interval '1 day'
       union all
       -- Sales milestones: every 100 tickets sold across the event's tiers.
       select e.id, 'milestone', 'milestone:' || e.id || ':' || m.n, '🎉 ' || m.n || ' tickets sold for ' || e.name || '!'
         from events e
         cross join lateral (select sum(sold) as sold from ticket_tiers where event_id = e.id) s
         cross join lateral generate_series(100, coalesce(s.sold, 0)::int, 100) as m(n)
        where e.ends_at > now()
       union all
       -- Check-ins, batched by minute once the minute is over, so a busy door is one line a minute; how many
       -- came by selfie (check_in_logs has at most one row per ticket, so the join does not multiply).
       select o.event_id, 'check_ins', 'check_ins:' || o.event_id || ':' || to_char(date_trunc('minute', k.checked_in_at), 'YYYY-MM-DD"T"HH24:MI'),
              '✅ ' || count(*) || ' checked in (' || to_char(date_trunc('minute', k.checked_in_at) at time zone 'UTC', 'HH24:MI') || ' UTC)'
              || case when count(*) filter (where l.method = 'selfie') > 0
                      then ', ' || count(*) filter (where l.method = 'selfie') || ' by selfie' else '' end
         from tickets k join orders o on o.id = k.order_id left join check_in_logs l on l.ticket_id = k.id
        where k.checked_in_at > now() - interval '1 day' and k.checked_in_at < date_trunc('minute', now())
        group by o.event_id, date_trunc('minute', k.checked_in_at)
       union all
       select m.event_id, 'failed_delivery', 'failed_delivery:' || o.id,
              '⚠️ A message to ' || o.recipient || ' could not be delivered: ' || coalesce(o.last_error, 'unknown error')
         from outbox o join messages m on m.id = o.message_id
        where o.status = 'failed' and o.created_at > now() - interval '1 day'
       union all
       -- Poison messages (issue 15, item 5): an attendee's message that failed every attempt; they were told.
       select m.event_id, 'failed_inbound', 'failed_inbound:' || m.id,
              '⚠️ A message from ' || coalesce(ct.display_name, 'an attendee') || ' could not be handled after every retry ('
              || coalesce(m.error_code, 'unknown error') || '). They were told; message id ' || m.id || '.'
         from messages m left join contacts ct on ct.id = m.contact_id
        where m.direction = 'in' and m.status = 'failed' and m.created_at > now() - interval '1 day'
     ) items
     on conflict (ref) do nothing
     returning id`,
  );
  return inserted.length;
}
