import type { WebClient } from '@slack/web-api';
import type { CommandForm } from '../../../core/commands/command.js';
import { faqModal } from './faq-modal.js';
import { leadNoteModal } from './lead-note-modal.js';

/** Opens a command's form as a modal; Slack's trigger id for it expires 3 s after the request. */
export async function openForm(client: WebClient, triggerId: string, form: CommandForm): Promise<void> {
  const view =
    form.kind === 'faq'
      ? faqModal(
          { eventId: form.eventId, faqId: form.faq?.id ?? null },
          form.faq ??
            (form.question ? { question: form.question, answer: '', category: 'general' } : undefined),
        )
      : leadNoteModal({ leadId: form.leadId, channel: form.channel }, form.title);
  await client.views.open({ trigger_id: triggerId, view });
}
