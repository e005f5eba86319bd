import { DateTime } from 'luxon';
import {
  alreadyCheckedIn,
  consentQuestion,
  enrolPrompt,
  noTicket,
  qrOnlyReminder,
  readyForSelfie,
} from '../../replies/check-in-replies.js';
import type { Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { contactActor, writeAudit } from '../../services/audit/write-audit.js';
import { findOwnTickets } from '../../services/check-in/find-own-tickets.js';
import { findFaceRecord, recordConsent } from '../../services/faces/face-record.js';
import { checkInWindow, faceDataExpiry } from '../../services/faces/face-retention.js';
import { myTickets } from '../tickets/my-tickets.js';

/** Marks the pending yes/no as the consent question (the checkin intent has no other confirmation). */
const CONSENT_STEP = 'face-consent';

/**
 * "Check me in" / "selfie check-in": the consent question first (recorded Yes or No with its time), then
 * what to do next — send a selfie to enrol, send one at the venue, or (after No) the ticket QR code.
 */
export const checkIn: Skill<'faces' | 'links'> = async (ctx) => {
  if (ctx.confirmation !== undefined && ctx.state.pending?.data?.step === CONSENT_STEP) {
    return answerConsent(ctx, ctx.confirmation);
  }
  const tickets = await findOwnTickets(ctx.em, ctx.event.id, ctx.contact.id);
  if (tickets.length === 0) return { replies: [noTicket(ctx.event.name, ctx.locale)] };
  const first = tickets[0];
  if (first?.checkedInAt) {
    return {
      replies: [
        alreadyCheckedIn(
          DateTime.fromJSDate(first.checkedInAt, { zone: ctx.event.timezone }),
          ctx.now,
          ctx.locale,
        ),
      ],
    };
  }
  const record = await findFaceRecord(ctx.em, ctx.event.id, ctx.contact.id);
  if (!record || (record.consentWithdrawnAt && !record.consentGiven) || ctx.action) {
    return askConsent(ctx);
  }
  if (!record.consentGiven) return qrOnly(ctx);
  if (!record.template) return { replies: [enrolPrompt(ctx.locale)] };
  return { replies: [readyForSelfie(checkInWindow(ctx.event, ctx.now), ctx.event.venueName, ctx.locale)] };
};

function askConsent(ctx: SkillContext<'faces'>): SkillResult {
  const deletedOn = DateTime.fromJSDate(faceDataExpiry(ctx.event, ctx.faces.retentionDays), {
    zone: ctx.event.timezone,
  });
  return {
    replies: [consentQuestion(ctx.event.name, deletedOn, ctx.locale)],
    pending: {
      intent: 'checkin',
      slots: {},
      awaiting: 'confirm',
      data: { step: CONSENT_STEP },
      askedAt: ctx.now.toISOString(),
    },
  };
}

async function answerConsent(ctx: SkillContext<'faces' | 'links'>, given: boolean): Promise<SkillResult> {
  await recordConsent(ctx.em, {
    eventId: ctx.event.id,
    contactId: ctx.contact.id,
    attendeeId: ctx.attendee?.id ?? null,
    given,
    now: ctx.now,
    expiresAt: faceDataExpiry(ctx.event, ctx.faces.retentionDays),
  });
  await writeAudit(ctx.em, {
    eventId: ctx.event.id,
    actor: contactActor(ctx.contact.id),
    action: given ? 'face.consent_given' : 'face.consent_refused',
    subject: ctx.contact.id,
  });
  if (given) return { replies: [enrolPrompt(ctx.locale)] };
  return qrOnly(ctx, true);
}

/** After a No: the ticket QR code(s), and a way to change one's mind. */
async function qrOnly(ctx: SkillContext<'links'>, justRefused = false): Promise<SkillResult> {
  const tickets = await myTickets(ctx);
  return { replies: [qrOnlyReminder(ctx.locale, justRefused), ...tickets.replies] };
}
