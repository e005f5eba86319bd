import { broadcastTooLongNote, usageNote } from '../../replies/organizer-command-notes.js';
import { broadcastPreviewNote } from '../../replies/organizer-notes.js';
import { broadcastAudience } from '../../services/organizer/broadcast-audience.js';
import { WHATSAPP_TEXT_LIMIT } from '../../split-text.js';
import { answer, defineCommand } from '../command.js';

/**
 * `/eventos broadcast <message>`: a preview of who gets it (and who not: STOP, the 24-hour rule) with a
 * Confirm button; nothing is sent until it is pressed.
 */
export const broadcast = defineCommand({
  name: 'broadcast',
  role: 'organizer',
  runs: 'queued',
  // The organizer's line breaks and spacing are kept: only the command word is cut off.
  parse: (input) => (input ? { message: input } : null),
  run: async (ctx, args) => ({
    message: args.message,
    // Paced broadcast batches could reorder the parts of a split message, so a broadcast must fit one.
    audience:
      args.message.length > WHATSAPP_TEXT_LIMIT
        ? null
        : await broadcastAudience(ctx.em, ctx.seat.eventId, ctx.now),
    // The Confirm button sends this logged command.
    commandId: ctx.commandId ?? '',
  }),
  reply: (o) =>
    o.audience
      ? answer(broadcastPreviewNote(o.message, o.audience, o.commandId))
      : answer(broadcastTooLongNote(o.message.length, WHATSAPP_TEXT_LIMIT)),
  usage: () => usageNote('broadcast'),
});
