import { z } from 'zod';
import { LEAD_NOTE_MODAL } from '../../replies/lead-notes.js';
import { leadNoteFormErrors } from '../../replies/organizer-sponsor-notes.js';
import { noteLead } from '../../services/leads/rate-lead.js';
import { answer, defineCommand } from '../command.js';
import { readJson } from '../read-json.js';

/** The note form as submitted: the lead, the sponsor channel its card was in, and the note (trimmed). */
export const leadNoteSubmission = z.object({ leadId: z.string(), channel: z.string(), note: z.string() });

/** The note form's Save: kept only if the lead is still that channel's sponsor's. */
export const saveLeadNote = defineCommand({
  name: LEAD_NOTE_MODAL,
  role: 'sponsor',
  runs: 'at-once',
  parse: (input) => readJson(leadNoteSubmission, input),
  async run(ctx, form): Promise<'empty' | 'unavailable' | 'saved'> {
    if (!form.note) return 'empty';
    const saved = await noteLead(ctx.em, {
      leadId: form.leadId,
      note: form.note,
      by: ctx.requester.slackUserId,
      seat: { slackChannel: form.channel },
      now: ctx.now,
    });
    return saved.outcome === 'saved' ? 'saved' : 'unavailable';
  },
  reply: (o) => answer(null, o === 'saved' ? {} : { formErrors: leadNoteFormErrors(o) }),
  refused: () => answer(null, { formErrors: leadNoteFormErrors('unavailable'), refused: true }),
});
