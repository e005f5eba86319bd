import type { View } from '@slack/types';
import { LEAD_NOTE_MODAL } from '../../../core/replies/lead-notes.js';
import { escapeMrkdwn } from './render-blocks.js';

export interface LeadNoteMeta {
  leadId: string;
  /** The sponsor channel the card was in: the note is saved only if the lead is that sponsor's. */
  channel: string;
}

/** "📝 Note" on a lead card opens this form (https://api.slack.com/reference/surfaces/views). */
export function leadNoteModal(meta: LeadNoteMeta, title: string): View {
  return {
    type: 'modal',
    callback_id: LEAD_NOTE_MODAL,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: 'Note on lead' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(title).slice(0, 2900) } },
      {
        type: 'input',
        block_id: 'note',
        label: { type: 'plain_text', text: 'Note' },
        element: { type: 'plain_text_input', action_id: 'note', multiline: true, max_length: 2000 },
      },
    ],
  };
}

export function readLeadNote(view: {
  private_metadata?: string;
  state?: { values: Record<string, Record<string, { value?: string | null }>> };
}): { meta: LeadNoteMeta; note: string } | null {
  try {
    const meta = JSON.parse(view.private_metadata ?? '') as LeadNoteMeta;
    if (typeof meta.leadId !== 'string' || typeof meta.channel !== 'string') return null;
    return { meta, note: (view.state?.values.note?.note?.value ?? '').trim() };
  } catch {
    return null;
  }
}
