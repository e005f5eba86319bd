import {
  eventGoneNote,
  leadSharingNote,
  leadSharingSavedNote,
  leadSharingUnknownNote,
} from '../../replies/organizer-command-notes.js';
import {
  type LeadSharingSetting,
  readLeadSharing,
  setLeadSharing,
} from '../../services/leads/lead-sharing-setting.js';
import { answer, defineCommand } from '../command.js';

type Outcome =
  | { kind: 'current'; setting: LeadSharingSetting | null }
  | { kind: 'saved'; setting: LeadSharingSetting }
  | { kind: 'unknown'; unknown: string[] };

/** `/eventos leads fields [fields…]`: what sponsors receive with a consented lead; bare, the current setting. */
export const leadFields = defineCommand({
  name: 'leads fields',
  role: 'staff',
  runs: 'queued',
  parse(input) {
    const fields = input
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    return fields.length > 0 ? { fields } : {};
  },
  async run(ctx, args: { fields?: string[] }): Promise<Outcome> {
    if (!args.fields) return { kind: 'current', setting: await readLeadSharing(ctx.em, ctx.seat.eventId) };
    const result = await setLeadSharing(ctx.em, ctx.seat.eventId, args.fields);
    return result.ok
      ? { kind: 'saved', setting: result.setting }
      : { kind: 'unknown', unknown: result.unknown };
  },
  reply(o) {
    if (o.kind === 'saved') return answer(leadSharingSavedNote(o.setting));
    if (o.kind === 'unknown') return answer(leadSharingUnknownNote(o.unknown));
    return answer(o.setting ? leadSharingNote(o.setting) : eventGoneNote());
  },
});
