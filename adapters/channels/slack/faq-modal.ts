import type { View } from '@slack/types';
import { FAQ_FORM } from '../../../core/replies/organizer-notes.js';

export interface FaqModalMeta {
  eventId: string;
  /** Set when editing. */
  faqId: string | null;
}

export interface FaqSubmission {
  meta: FaqModalMeta;
  question: string;
  answer: string;
  category: string;
}

const field = (id: string, label: string, initial: string | undefined, multiline: boolean, max: number) => ({
  type: 'input' as const,
  block_id: id,
  label: { type: 'plain_text' as const, text: label },
  element: {
    type: 'plain_text_input' as const,
    action_id: id,
    multiline,
    max_length: max,
    ...(initial ? { initial_value: initial } : {}),
  },
});

/** The add/edit FAQ form (https://api.slack.com/reference/surfaces/views); `faq` fills it in (a new FAQ's draft too). */
export function faqModal(
  meta: FaqModalMeta,
  faq?: { question: string; answer: string; category: string },
): View {
  return {
    type: 'modal',
    callback_id: FAQ_FORM,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: meta.faqId ? 'Edit FAQ' : 'Add FAQ' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      field('question', 'Question', faq?.question, false, 300),
      field('answer', 'Answer', faq?.answer, true, 2000),
      field('category', 'Category', faq?.category ?? 'general', false, 50),
    ],
  };
}

/** Reads a submitted form; null when it is not ours or is malformed. */
export function readFaqSubmission(view: {
  private_metadata?: string;
  state?: { values: Record<string, Record<string, { value?: string | null }>> };
}): FaqSubmission | null {
  try {
    const meta = JSON.parse(view.private_metadata ?? '') as FaqModalMeta;
    const value = (id: string) => (view.state?.values[id]?.[id]?.value ?? '').trim();
    if (typeof meta.eventId !== 'string') return null;
    return {
      meta,
      question: value('question'),
      answer: value('answer'),
      category: value('category') || 'general',
    };
  } catch {
    return null;
  }
}
