import type { AckFn, App, RespondArguments, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { FAQ_MODAL_ID, faqModal, readFaqSubmission } from '../adapters/channels/slack/faq-modal.js';
import { findFaq } from '../core/services/faq-library/list-faqs.js';
import { saveFaq } from '../core/services/faq-library/save-faq.js';
import { findOrganizerEvent } from '../core/services/organizer/find-organizer-event.js';
import { enqueueFaqEmbed } from '../jobs/organizer-queue.js';
import type { Deps } from './compose.js';

/**
 * `/eventos faq add | edit <code>`: the form must open within 3 s of the command (its trigger_id expires),
 * so it opens here, right after the ack, not in a job.
 */
export async function openFaqForm(
  deps: Deps,
  args: {
    command: SlashCommand;
    ack: AckFn<string | RespondArguments>;
    client: WebClient;
    eventId: string;
    code?: string;
  },
): Promise<void> {
  const faq = args.code ? await findFaq(deps.db.em.fork(), args.eventId, args.code) : null;
  if (args.code && !faq) {
    await args.ack({
      response_type: 'ephemeral',
      text: `There is no FAQ \`${args.code}\`. See \`/eventos faq list\`.`,
    });
    return;
  }
  await args.ack();
  await args.client.views.open({
    trigger_id: args.command.trigger_id,
    view: faqModal({ eventId: args.eventId, faqId: faq?.id ?? null }, faq ?? undefined),
  });
}

/** The form's submission: checked, saved in one transaction, embedded by a job. */
export function listenForFaqForms(app: App, deps: Deps): void {
  app.view(FAQ_MODAL_ID, async ({ ack, body, view }) => {
    const form = readFaqSubmission(view);
    if (!form) {
      await ack();
      return;
    }
    const errors: Record<string, string> = {};
    if (form.question.length < 3) errors.question = 'Please write the question.';
    if (form.answer.length < 2) errors.answer = 'Please write the answer.';
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    const em = deps.db.em.fork();
    const organizer = await findOrganizerEvent(em, body.user.id, deps.pipeline.clock());
    if (organizer?.eventId !== form.meta.eventId) {
      deps.logger.warn({ slackUserId: body.user.id }, 'slack faq form refused');
      await ack({
        response_action: 'errors',
        errors: { question: 'Only the event’s organizers can edit FAQs.' },
      });
      return;
    }
    await ack();
    const saved = await saveFaq(em, form.meta.eventId, form, form.meta.faqId ?? undefined);
    if (saved) await enqueueFaqEmbed(deps.queues, saved.id).catch(() => {});
  });
}
