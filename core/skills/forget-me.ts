import type { Locale } from '../i18n/locale.js';
import { type MessageId, translator } from '../i18n/translate.js';
import { confirmButtons } from '../replies/menu.js';
import type { Skill, SkillContext, SkillResult } from '../router/skill.js';
import { contactActor, writeAudit } from '../services/audit/write-audit.js';
import { faceDataEraser } from '../services/faces/face-data-eraser.js';
import { withdrawFaceConsent } from '../services/faces/face-record.js';
import { feedbackDataEraser } from '../services/feedback/feedback-data-eraser.js';
import { leadDataEraser } from '../services/leads/lead-data-eraser.js';
import { networkingDataEraser } from '../services/networking/erase-networking-data.js';
import { conversationEraser } from '../services/privacy/conversation-eraser.js';
import type { PersonalDataEraser } from '../services/privacy/personal-data-eraser.js';
import { profileEraser } from '../services/privacy/profile-eraser.js';

/** "Delete my face data / selfie / biometrics" — about face data only, unless it also says "everything". */
const FACE_WORDS =
  /\b(face|faces|facial|selfie|selfies|biometric|biometrics|template|foto|fotos|photo|photos|picture|pictures|rosto|cara)\b/i;
const EVERYTHING_WORDS =
  /\b(everything|all|forget|account|profile|personal|history|todo|tudo|olvid\w*|esque[cç]\w*)\b/i;

/**
 * Every feature that stores personal data adds its eraser here, so "forget me" cannot miss one. Order matters
 * only where rows reference each other: dependants first.
 */
export const personalDataErasers: readonly PersonalDataEraser[] = [
  leadDataEraser,
  networkingDataEraser,
  faceDataEraser,
  profileEraser,
  feedbackDataEraser,
  conversationEraser,
];

/** Each eraser's data in the person's words (an eraser added without words here reads as its own label). */
const ERASED_WORDS = new Map<PersonalDataEraser, MessageId>([
  [leadDataEraser, 'privacy.what.leads'],
  [networkingDataEraser, 'privacy.what.networking'],
  [faceDataEraser, 'privacy.what.faces'],
  [profileEraser, 'privacy.what.profile'],
  [feedbackDataEraser, 'privacy.what.feedback'],
  [conversationEraser, 'privacy.what.conversation'],
]);

function erasedWords(erasers: readonly PersonalDataEraser[], locale: Locale): string {
  const t = translator(locale);
  return erasers
    .map((e) => {
      const id = ERASED_WORDS.get(e);
      return id ? t(id) : e.what;
    })
    .join(', ');
}

const say = (text: string): SkillResult => ({ replies: [{ kind: 'text', text }] });

/**
 * "Delete my face data" deletes the face template at once (no question: it only removes, and enrolling again
 * is one selfie) and records the withdrawal. "Forget me" asks first, then runs every personal-data eraser in
 * this message's transaction and writes one audit row with the counts. Tickets and orders stay.
 */
export const forgetMe: Skill<'meetingTemplates'> = async (ctx) => {
  const t = translator(ctx.locale);
  if (ctx.confirmation !== undefined && ctx.state.pending?.intent === 'forget_me') {
    return ctx.confirmation ? forgetEverything(ctx) : say(t('privacy.nothingDeleted'));
  }
  if (FACE_WORDS.test(ctx.text) && !EVERYTHING_WORDS.test(ctx.text)) return deleteFaceData(ctx);
  return {
    replies: [
      {
        kind: 'buttons',
        text: t('privacy.forgetAsk', {
          event: ctx.event.name,
          what: erasedWords(personalDataErasers, ctx.locale),
        }),
        buttons: confirmButtons(t('privacy.yesDelete'), t('privacy.noKeep')),
      },
    ],
    pending: { intent: 'forget_me', slots: {}, awaiting: 'confirm', askedAt: ctx.now.toISOString() },
  };
};

async function deleteFaceData(ctx: SkillContext): Promise<SkillResult> {
  const { records, templates } = await withdrawFaceConsent(ctx.em, {
    eventId: ctx.event.id,
    contactId: ctx.contact.id,
    now: ctx.now,
  });
  const t = translator(ctx.locale);
  if (records === 0) return say(t('privacy.noFaceData'));
  await writeAudit(ctx.em, {
    eventId: ctx.event.id,
    actor: contactActor(ctx.contact.id),
    action: 'face.deleted',
    subject: ctx.contact.id,
    details: { templates },
  });
  return say(t(templates > 0 ? 'privacy.faceDeleted' : 'privacy.noFaceTemplate'));
}

async function forgetEverything(ctx: SkillContext<'meetingTemplates'>): Promise<SkillResult> {
  const target = { contactId: ctx.contact.id, eventId: ctx.event.id, attendeeId: ctx.attendee?.id ?? null };
  const context = { now: ctx.now, meetingTemplates: ctx.meetingTemplates };
  const counts: Record<string, number> = {};
  // Runs in this message's transaction: all erasers and the audit row commit together, or none does.
  for (const eraser of personalDataErasers) counts[eraser.what] = await eraser.erase(ctx.em, target, context);
  await writeAudit(ctx.em, {
    eventId: ctx.event.id,
    actor: contactActor(ctx.contact.id),
    action: 'privacy.forget_me',
    subject: ctx.contact.id,
    details: { counts },
  });
  const deleted = personalDataErasers.filter((e) => (counts[e.what] ?? 0) > 0);
  const t = translator(ctx.locale);
  return say(
    deleted.length > 0
      ? t('privacy.forgotten', { what: erasedWords(deleted, ctx.locale), event: ctx.event.name })
      : t('privacy.forgottenNothing', { event: ctx.event.name }),
  );
}
