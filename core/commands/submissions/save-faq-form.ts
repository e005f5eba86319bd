import { z } from 'zod';
import { faqFormErrors, faqFormRefusal } from '../../replies/organizer-action-notes.js';
import { FAQ_FORM } from '../../replies/organizer-notes.js';
import { saveFaq } from '../../services/faq-library/save-faq.js';
import { answer, defineCommand } from '../command.js';
import { readJson } from '../read-json.js';

/** The FAQ form as submitted: the event and FAQ it was opened for, and the fields (trimmed). */
export const faqSubmission = z.object({
  eventId: z.string(),
  faqId: z.string().nullish(),
  question: z.string(),
  answer: z.string(),
  category: z.string(),
});

type Outcome =
  | { kind: 'missing'; question: boolean; answer: boolean }
  | { kind: 'not-ours' }
  | { kind: 'saved'; faqId: string | null };

/** The add/edit FAQ form's Save: checked, saved in one transaction, embedded by a job afterwards. */
export const saveFaqForm = defineCommand({
  name: FAQ_FORM,
  role: 'staff',
  runs: 'at-once',
  parse: (input) => readJson(faqSubmission, input),
  async run(ctx, form): Promise<Outcome> {
    const missing = { question: form.question.length < 3, answer: form.answer.length < 2 };
    if (missing.question || missing.answer) return { kind: 'missing', ...missing };
    if (form.eventId !== ctx.seat.eventId) return { kind: 'not-ours' };
    const saved = await saveFaq(ctx.em, form.eventId, form, form.faqId ?? undefined);
    return { kind: 'saved', faqId: saved?.id ?? null };
  },
  reply(o) {
    if (o.kind === 'missing') return answer(null, { formErrors: faqFormErrors(o) });
    if (o.kind === 'not-ours') return answer(null, { formErrors: faqFormRefusal(), refused: true });
    return answer(null, o.faqId ? { faqId: o.faqId } : {});
  },
  refused: () => answer(null, { formErrors: faqFormRefusal(), refused: true }),
});
