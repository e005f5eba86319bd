import { z } from 'zod';
import type { EventCatalog } from '../../../core/catalog/event-catalog.js';
import { INTENTS, type Intent, type Slots, type Understood } from '../../../core/nlu/label-schema.js';
import type { DialogContext } from '../../../core/ports/understanding.js';

/**
 * The structured output asked of the model. Strict JSON schema needs every field present, so a slot the
 * message does not state is null rather than absent.
 */
export const answerSchema = z.object({
  intent: z.enum(INTENTS),
  confidence: z.number(),
  slots: z.object({
    quantity: z.number().nullable(),
    tier: z.string().nullable(),
    person: z.string().nullable(),
    session: z.string().nullable(),
    faq: z.string().nullable(),
    sponsor: z.string().nullable(),
    time: z.string().nullable(),
    date: z.string().nullable(),
    interests: z.array(z.string()).nullable(),
  }),
});

export type RawAnswer = z.infer<typeof answerSchema>;

/** Why a model's answer was not used; every one sends the message to the local model instead. */
export type Rejection = 'invalid_json' | 'invalid_answer' | 'unknown_id' | 'not_allowed';

/** Stricter than the schema the model sees: the values our skills may act on. */
const valueChecks = z.object({
  confidence: z.number().min(0).max(1),
  quantity: z.number().int().min(1).max(1_000).nullable(),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((d) => !Number.isNaN(Date.parse(d)))
    .nullable(),
  interests: z.array(z.string().trim().min(1).max(40)).max(10).nullable(),
});

/**
 * Intents a model may not choose on its own: they delete data or stop all messages, so the local model must
 * read the message the same way (a prompt-injected "delete everything" must not be enough).
 */
const NEEDS_LOCAL_AGREEMENT = new Set<Intent>(['forget_me', 'opt_out']);

/**
 * The model's answer as an `Understood`, or why it cannot be used: not JSON, not the schema, an id that is not
 * in this event's catalog, or an intent the dialog does not allow (a yes/no with nothing asked, a destructive
 * intent the local model does not see).
 */
export function readAnswer(
  content: string | null | undefined,
  catalog: EventCatalog,
  dialog: DialogContext | undefined,
  local: Understood,
): { understood: Understood } | { rejected: Rejection } {
  let json: unknown;
  try {
    json = JSON.parse(content ?? '');
  } catch {
    return { rejected: 'invalid_json' };
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) return { rejected: 'invalid_answer' };
  const { intent, confidence, slots } = parsed.data;
  if (!valueChecks.safeParse({ confidence, ...slots }).success) return { rejected: 'invalid_answer' };
  const known = {
    tier: catalog.tiers.map((t) => t.id),
    person: catalog.people.map((p) => p.id),
    session: catalog.sessions.map((s) => s.id),
    faq: catalog.faqs.map((f) => f.id),
    sponsor: catalog.sponsors.map((s) => s.id),
  };
  for (const [slot, ids] of Object.entries(known)) {
    const value = slots[slot as keyof typeof known];
    if (value !== null && !ids.includes(value)) return { rejected: 'unknown_id' };
  }
  const asked = Boolean(dialog?.pending || dialog?.options?.length);
  if ((intent === 'confirm' || intent === 'deny') && !asked) return { rejected: 'not_allowed' };
  if (NEEDS_LOCAL_AGREEMENT.has(intent) && local.intent !== intent) return { rejected: 'not_allowed' };
  const kept = Object.fromEntries(
    Object.entries(slots).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  ) as Slots;
  if (kept.interests) kept.interests = kept.interests.map((i) => i.trim().toLowerCase());
  return { understood: { intent, slots: kept, confidence } };
}
