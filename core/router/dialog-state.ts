import { z } from 'zod';
import { INTENTS, type Slots } from '../nlu/label-schema.js';
import { feedbackQuestionSchema } from '../services/feedback/feedback-question.js';

/** Every slot of the label schema; `satisfies` keeps this list and `Slots` the same set of names. */
const slotShape = {
  quantity: z.number().optional(),
  tier: z.string().optional(),
  person: z.string().optional(),
  session: z.string().optional(),
  faq: z.string().optional(),
  sponsor: z.string().optional(),
  time: z.string().optional(),
  date: z.string().optional(),
  interests: z.array(z.string()).optional(),
} satisfies Record<keyof Slots, z.ZodType>;

const SLOT_NAMES = Object.keys(slotShape) as (keyof Slots)[];

/**
 * What the bot is waiting for in a conversation, persisted between messages (`conversations.state`) and
 * parsed with this schema whenever it is read back.
 * - `pending`: a question we asked (a missing slot or a yes/no confirmation) and the intent it belongs to.
 * - `lastButtons`: the choices we last offered, so "2" or a button tap resolves to the right payload;
 *   `lastPrompt` is the question they came with.
 * - `misunderstood`: consecutive messages we could not understand; at the limit we offer a human.
 */
export const dialogStateSchema = z.object({
  pending: z
    .object({
      intent: z.enum(INTENTS),
      slots: z.object(slotShape),
      awaiting: z.enum(['confirm', ...SLOT_NAMES]),
      /** Skill-specific data for the confirmation (e.g. an order draft); plain JSON. */
      data: z.record(z.string(), z.unknown()).optional(),
      askedAt: z.string(),
    })
    .optional(),
  lastButtons: z.array(z.object({ id: z.string(), title: z.string() })).optional(),
  /** The question those choices answer, so an answer outside them re-asks it instead of being dropped. */
  lastPrompt: z.string().optional(),
  /**
   * A feedback question we asked (core/pipeline/steps/feedback-answer.ts reads the answer): a session's 1–5
   * rating or its optional comment. `ref` is the feedback row's id. Any other request lets it lapse.
   */
  question: feedbackQuestionSchema.optional(),
  misunderstood: z.number().int().nonnegative(),
});

export type DialogState = z.infer<typeof dialogStateSchema>;

export const emptyDialogState = (): DialogState => ({ misunderstood: 0 });

/**
 * The dialog state as stored. A state this version cannot read (written by an older one, or edited by hand)
 * starts the conversation afresh instead of failing every message that person sends.
 */
export function parseDialogState(stored: unknown): DialogState {
  const parsed = dialogStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : emptyDialogState();
}
