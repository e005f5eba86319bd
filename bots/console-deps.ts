import type { ConsoleDeps, ConsoleMessage } from '../adapters/channels/console/console-routes.js';
import type { Deps } from './compose.js';
import { submitInbound } from './submit-inbound.js';

/** What the console page needs from the database, in its own shapes. */
export function createConsoleDeps(deps: Deps): ConsoleDeps {
  const em = () => deps.db.em.fork();
  return {
    listEvents: () =>
      em().execute<{ id: string; name: string }[]>('select id, name from events order by starts_at'),
    async listPeople(eventId) {
      const rows = await em().execute<{ name: string; phone: string; company: string }[]>(
        `select a.name, c.phone, a.company from attendees a join contacts c on c.id = a.contact_id
          where a.event_id = ? and c.phone is not null order by a.name`,
        [eventId],
      );
      return rows.map((r) => ({
        phone: r.phone,
        name: r.name,
        label: `${r.name}${r.company ? `, ${r.company}` : ''} (${r.phone})`,
      }));
    },
    submit: (message) => submitInbound(deps, message),
    async holdMedia(data, contentType) {
      const mediaUrl = await deps.media.hold(data, contentType);
      return { mediaUrl, discard: async () => deps.media.downloader.discard?.(mediaUrl) };
    },
    async conversation(eventId, phone, after) {
      const rows = await em().execute<
        {
          id: string;
          direction: 'in' | 'out';
          created_at: Date;
          status: string;
          kind: string;
          body: string;
          payload: Record<string, unknown>;
        }[]
      >(
        `select id, direction, created_at, status, kind, body, payload from messages
          where address = ? and channel = 'console' and (event_id = ? or event_id is null)
            and created_at > coalesce(?::timestamptz, '-infinity') and not (direction = 'out' and status = 'queued')
          order by created_at, id limit 200`,
        [phone, eventId, after ?? null],
      );
      return rows.map(
        (r): ConsoleMessage => ({
          id: r.id,
          direction: r.direction,
          createdAt: new Date(r.created_at).toISOString(),
          status: r.status,
          message: r.direction === 'out' ? (r.payload as ConsoleMessage['message']) : inboundView(r),
        }),
      );
    },
  };
}

/** How the person's own message shows: media as a label only (the bytes were never kept). */
function inboundView(row: {
  kind: string;
  body: string;
  payload: Record<string, unknown>;
}): ConsoleMessage['message'] {
  switch (row.kind) {
    case 'button':
      return { kind: 'button', text: row.body, payload: String(row.payload.payload ?? '') };
    case 'image':
      return { kind: 'media', media: 'photo', text: '📷 photo' };
    case 'audio':
      return { kind: 'media', media: 'voice', text: '🎤 voice note' };
    default:
      return { kind: 'text', text: row.body };
  }
}
