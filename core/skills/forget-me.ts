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

const say = (text: string): SkillResult => ({ replies: [{ kind: 'text', text }] });

/**
 * "Delete my face data" deletes the face template at once (no question: it only removes, and enrolling again
 * is one selfie) and records the withdrawal. "Forget me" asks first, then runs every personal-data eraser in
 * this message's transaction and writes one audit row with the counts. Tickets and orders stay.
 */
export const forgetMe: Skill<'meetingTemplates'> = async (ctx) => {
  if (ctx.confirmation !== undefined && ctx.state.pending?.intent === 'forget_me') {
    return ctx.confirmation ? forgetEverything(ctx) : say('OK — I have not deleted anything.');
  }
  if (FACE_WORDS.test(ctx.text) && !EVERYTHING_WORDS.test(ctx.text)) return deleteFaceData(ctx);
  return {
    replies: [
      {
        kind: 'buttons',
        text: [
          `Forget me: I'll delete what I hold about you for ${ctx.event.name} — ${personalDataErasers.map((e) => e.what).join(', ')}.`,
          'Your tickets and orders stay (they are your entry and the organizer’s sales record); cancel them with "cancel my booking" if you want.',
          "This can't be undone. Go ahead?",
        ].join('\n'),
        buttons: confirmButtons('Yes, delete', 'No, keep it'),
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
  if (records === 0) return say("I don't hold any face data from you — there's nothing to delete.");
  await writeAudit(ctx.em, {
    eventId: ctx.event.id,
    actor: contactActor(ctx.contact.id),
    action: 'face.deleted',
    subject: ctx.contact.id,
    details: { templates },
  });
  return say(
    templates > 0
      ? 'Done — your face template is deleted and selfie check-in is off. You can still check in with your ticket QR code ("my tickets").'
      : 'Done — you had no face template stored, and selfie check-in is now off. Your ticket QR code works for check-in.',
  );
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
  const deleted = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([what]) => what);
  return say(
    [
      deleted.length > 0
        ? `Done — I deleted your ${deleted.join(', ')} for ${ctx.event.name}.`
        : `Done — I held nothing else about you for ${ctx.event.name}.`,
      'Your tickets and orders stay valid. If you write to me again, I will only know what you tell me then.',
    ].join('\n'),
  );
}
