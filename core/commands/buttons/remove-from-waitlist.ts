import { isUuid } from '../../is-uuid.js';
import { removedFromWaitlistNote } from '../../replies/organizer-action-notes.js';
import { WAITLIST_REMOVE_ACTION } from '../../replies/organizer-notes.js';
import { removeWaitlistEntry } from '../../services/organizer/remove-waitlist-entry.js';
import { answer, defineCommand } from '../command.js';

/** "Remove <tier> #n <name>" under `/eventos waitlist`: the party leaves the list, if still waiting. */
export const removeFromWaitlist = defineCommand({
  name: WAITLIST_REMOVE_ACTION,
  role: 'staff',
  runs: 'at-once',
  parse: (input) => (isUuid(input) ? { entryId: input } : null),
  run: (ctx, args) => removeWaitlistEntry(ctx.em, ctx.seat.eventId, args.entryId),
  reply: (removed) => answer(removedFromWaitlistNote(removed)),
});
