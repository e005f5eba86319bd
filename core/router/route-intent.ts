import { translate } from '../i18n/translate.js';
import type { Button, OutboundMessage } from '../messages.js';
import type { Intent } from '../nlu/label-schema.js';
import { menuButtons } from '../replies/menu.js';
import { clarify } from './clarify.js';
import type { DialogState } from './dialog-state.js';
import { notYetAvailable } from './not-yet-available.js';
import { offerHuman } from './offer-human.js';
import type { PhotoContext, PhotoSkill, SkillContext, SkillLookup, SkillResult } from './skill.js';

/** Below this confidence a message counts as not understood. */
export const MIN_CONFIDENCE = 0.45;
/** After this many consecutive misunderstandings the bot offers a human instead of guessing again. */
export const MISUNDERSTANDINGS_BEFORE_HUMAN = 2;

export interface RouteOutcome {
  intent: Intent;
  result: SkillResult;
  state: DialogState;
}

/**
 * Decides which skill handles a message, using the dialog state: answers to pending questions (yes/no or a
 * missing slot) resume the intent that asked; repeated misunderstanding leads to an offer of a human.
 */
export async function routeIntent(registry: SkillLookup, ctx: SkillContext): Promise<RouteOutcome> {
  const { understood, state } = ctx;
  const pending = state.pending;
  let intent = understood.intent;
  let skillCtx: SkillContext = ctx;

  if (ctx.action) {
    const actionSkill = registry.action(ctx.action.name);
    const result = actionSkill
      ? await actionSkill(ctx)
      : {
          replies: [{ kind: 'text' as const, text: translate(ctx.locale, 'fallback.staleButton') }],
        };
    return finish(intent, result, state);
  }
  if (pending && correctsPending(understood, pending)) {
    // "make it three" / "no, make it VIP" while a summary waits for yes: change the slot and ask again.
    intent = pending.intent;
    skillCtx = {
      ...ctx,
      understood: { ...understood, intent, slots: { ...pending.slots, ...understood.slots } },
    };
  } else if (pending && pending.awaiting === 'confirm' && (intent === 'confirm' || intent === 'deny')) {
    intent = pending.intent;
    skillCtx = {
      ...ctx,
      confirmation: understood.intent === 'confirm',
      understood: { ...understood, intent, slots: pending.slots },
    };
  } else if (pending && pending.awaiting !== 'confirm' && understood.slots[pending.awaiting] !== undefined) {
    intent = pending.intent;
    skillCtx = {
      ...ctx,
      understood: { ...understood, intent, slots: { ...pending.slots, ...understood.slots } },
    };
  } else if (intent === 'confirm' || intent === 'deny') {
    const text = translate(ctx.locale, pending ? 'fallback.cancelled' : 'fallback.nothingPending');
    return finish(intent, { replies: [{ kind: 'buttons', text, buttons: menuButtons(ctx.locale) }] }, state);
  } else if (intent === 'out_of_scope' || understood.confidence < MIN_CONFIDENCE) {
    if (state.misunderstood + 1 >= MISUNDERSTANDINGS_BEFORE_HUMAN) {
      return finish(
        'out_of_scope',
        {
          ...offerHuman(
            translate(ctx.locale, 'fallback.stillNotGettingIt'),
            ctx.now,
            ctx.locale,
            translate(ctx.locale, 'fallback.yesAHuman'),
          ),
          misunderstood: true,
        },
        state,
      );
    }
    // Two likely readings: ask which one rather than act on either, or say "sorry" to both. A bare FAQ
    // reading (no FAQ linked) is no choice to offer — "did you mean a question?" — so that message gets the
    // FAQ library's second look instead (out_of_scope), and is noted as a gap when nothing answers it.
    const readings = understood.alternatives;
    if (readings?.length === 2 && readings.every((r) => r.intent !== 'faq' || r.slots.faq)) {
      return finish(understood.intent, clarify([readings[0]!, readings[1]!], ctx.catalog, ctx.locale), state);
    }
    intent = 'out_of_scope';
  }

  const skill = registry.get(intent) ?? notYetAvailable;
  const result = await skill(skillCtx);
  return finish(intent, result, state);
}

/**
 * Words that only change a slot of a pending confirmation: no other request (the same intent, a "no, …",
 * or nothing recognised) and at least one slot the pending question already holds. Answers to a question
 * for a missing slot are resumed by the branch after this one.
 */
function correctsPending(
  understood: SkillContext['understood'],
  pending: NonNullable<DialogState['pending']>,
) {
  const sameOrNone =
    understood.intent === pending.intent ||
    understood.intent === 'out_of_scope' ||
    understood.intent === 'deny' ||
    understood.confidence < MIN_CONFIDENCE;
  const slots = Object.keys(understood.slots).filter((k) => k !== 'interests');
  return (
    pending.awaiting === 'confirm' && sameOrNone && slots.length > 0 && slots.some((k) => k in pending.slots)
  );
}

/** A photo goes to the photo skill (the intent it serves is check-in), with the usual state bookkeeping. */
export async function routePhoto(skill: PhotoSkill, ctx: PhotoContext): Promise<RouteOutcome> {
  return finish('checkin', await skill(ctx), ctx.state);
}

function finish(intent: Intent, result: SkillResult, previous: DialogState): RouteOutcome {
  const lastChoices = [...result.replies].reverse().find((r) => r.kind === 'buttons' || r.kind === 'list');
  const state: DialogState = {
    misunderstood: result.misunderstood ? previous.misunderstood + 1 : 0,
    ...(result.pending ? { pending: result.pending } : {}),
    ...(result.question ? { question: result.question } : {}),
    ...(lastChoices ? { lastButtons: choicesOf(lastChoices), lastPrompt: promptOf(lastChoices) } : {}),
  };
  return { intent, result, state };
}

function promptOf(message: OutboundMessage): string {
  return message.kind === 'buttons' || message.kind === 'list' ? message.text : '';
}

function choicesOf(message: OutboundMessage): Button[] {
  if (message.kind === 'buttons') return message.buttons;
  if (message.kind === 'list') return message.items.map(({ id, title }) => ({ id, title }));
  return [];
}
