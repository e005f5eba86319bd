import {
  alreadyResolvedNote,
  noOpenHandoffNote,
  resolvedNote,
} from '../../replies/organizer-command-notes.js';
import { severalHandoffsNote } from '../../replies/organizer-notes.js';
import { listOpenHandoffs, type OpenHandoff } from '../../services/handoffs/list-open-handoffs.js';
import { resolveHandoff } from '../../services/handoffs/resolve-handoff.js';
import { answer, defineCommand } from '../command.js';

type Outcome =
  | { kind: 'none' }
  | { kind: 'several'; open: OpenHandoff[] }
  | { kind: 'already'; name: string }
  | { kind: 'resolved'; handoffId: string; name: string; outboxIds: string[] };

/** `/eventos resolve [name | phone]`: give the one matching conversation back to the bot. */
export const resolve = defineCommand({
  name: 'resolve',
  role: 'staff',
  runs: 'queued',
  parse: (input) => ({ query: input || undefined }),
  async run(ctx, args): Promise<Outcome> {
    const open = await listOpenHandoffs(ctx.em, ctx.seat.eventId, args.query);
    if (open.length === 0) return { kind: 'none' };
    if (open.length > 1) return { kind: 'several', open };
    const handoff = open[0]!;
    const resolved = await resolveHandoff(ctx.em, handoff.id);
    if (!resolved) return { kind: 'already', name: handoff.name };
    return { kind: 'resolved', handoffId: handoff.id, name: handoff.name, outboxIds: resolved.outboxIds };
  },
  reply(o) {
    switch (o.kind) {
      case 'none':
        return answer(noOpenHandoffNote());
      case 'several':
        return answer(severalHandoffsNote(o.open));
      case 'already':
        return answer(alreadyResolvedNote(o.name));
      case 'resolved':
        return answer(resolvedNote(o.name), { outboxIds: o.outboxIds, resolvedHandoffs: [o.handoffId] });
    }
  },
});
