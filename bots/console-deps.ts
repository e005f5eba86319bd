import type { ConsoleDeps, ConsoleMessage } from '../adapters/channels/console/console-routes.js';
import { loadConsoleConversation } from '../core/services/console/console-conversation.js';
import { listConsolePeople } from '../core/services/console/list-console-people.js';
import { listEvents } from '../core/services/events/list-events.js';
import type { Deps } from './compose.js';
import { submitInbound } from './submit-inbound.js';

/** What the console page needs from the database, in its own shapes. */
export function createConsoleDeps(deps: Deps): ConsoleDeps {
  const em = () => deps.db.em.fork();
  return {
    async listEvents() {
      const events = await listEvents(em());
      return events.map((e) => ({ id: e.id, name: e.name }));
    },
    async listPeople(eventId) {
      const people = await listConsolePeople(em(), eventId);
      return people.map((r) => ({
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
      const rows = await loadConsoleConversation(em(), {
        eventId,
        phone,
        ...(after === undefined ? {} : { after: new Date(after) }),
      });
      return rows.map(
        (r): ConsoleMessage => ({
          id: r.id,
          direction: r.direction,
          createdAt: r.createdAt.toISOString(),
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
