import { DateTime } from 'luxon';
import type { OutboundMessage } from '../../messages.js';
import type { DetectedFace } from '../../ports/faces.js';
import {
  alreadyCheckedIn,
  enrolled,
  enrolmentUnusable,
  noTicket,
  notOpenYet,
  photoAfterNo,
  photoWithoutConsent,
  qrFallback,
  retryAdvice,
  selfieProblem,
  sendAgain,
  unreadablePhoto,
  welcome,
} from '../../replies/check-in-replies.js';
import type { PhotoSkill, SkillContext, SkillResult } from '../../router/skill.js';
import { contactActor, writeAudit } from '../../services/audit/write-audit.js';
import { checkInTicket } from '../../services/check-in/check-in-ticket.js';
import { badgePickupInfo, findOwnTickets } from '../../services/check-in/find-own-tickets.js';
import { countRecentMismatches } from '../../services/faces/count-recent-mismatches.js';
import {
  type FaceRecord,
  findFaceRecord,
  storeTemplate,
  templateContext,
} from '../../services/faces/face-record.js';
import { checkInWindow } from '../../services/faces/face-retention.js';
import {
  FaceTemplateError,
  openTemplate,
  type SealedTemplate,
  sealTemplate,
} from '../../services/faces/face-template-cipher.js';
import { faceDistance, judgeSelfie } from '../../services/faces/judge-selfie.js';
import { myTickets } from '../tickets/my-tickets.js';

/** After this many selfies that did not match, the person gets the QR code instead of another try. */
const MISMATCHES_BEFORE_QR = 2;

const reply = (...replies: OutboundMessage[]): SkillResult => ({ replies });

/**
 * A photo someone sent. With consent, it enrols them (the first usable selfie) or checks them in (later
 * selfies, on the event day, verified 1:1 against their own enrolment); without consent nothing was read and
 * we ask what it is for. The faces were found by the inbound job; this only decides, in the transaction.
 */
export const selfie: PhotoSkill<'faces' | 'links'> = async (ctx) => {
  const record = await findFaceRecord(ctx.em, ctx.event.id, ctx.contact.id);
  if (!record?.consentGiven) {
    if (record && !record.consentWithdrawnAt) {
      const qr = await myTickets(ctx);
      return reply(photoAfterNo(ctx.locale), ...qr.replies);
    }
    return reply(photoWithoutConsent(ctx.locale));
  }
  const reading = ctx.selfie;
  // Consent was given after the job looked (or no job read it): nothing was read, so ask for it again.
  if (!reading || reading.status === 'not_analysed') return reply(sendAgain(ctx.locale));
  if (reading.status === 'unreadable') return reply(unreadablePhoto(reading.reason, ctx.locale));
  const judged = judgeSelfie(reading.analysis);
  if (!judged.ok) return reply(selfieProblem(judged.problem, ctx.locale));
  return record.template ? verify(ctx, record, record.template, judged.face) : enrol(ctx, judged.face);
};

async function enrol(ctx: SkillContext<'faces'>, face: DetectedFace): Promise<SkillResult> {
  const sealed = sealTemplate(
    ctx.faces.keyring,
    face.descriptor,
    templateContext(ctx.event.id, ctx.contact.id),
  );
  const stored = await storeTemplate(ctx.em, {
    eventId: ctx.event.id,
    contactId: ctx.contact.id,
    sealed,
    now: ctx.now,
  });
  if (!stored) return reply(photoWithoutConsent(ctx.locale));
  await writeAudit(ctx.em, {
    eventId: ctx.event.id,
    actor: contactActor(ctx.contact.id),
    action: 'face.enrolled',
    subject: ctx.contact.id,
    details: { keyId: sealed.keyId },
  });
  return reply(enrolled(checkInWindow(ctx.event, ctx.now), ctx.event.venueName, ctx.locale));
}

async function verify(
  ctx: SkillContext<'faces' | 'links'>,
  record: FaceRecord,
  template: SealedTemplate,
  face: DetectedFace,
): Promise<SkillResult> {
  const window = checkInWindow(ctx.event, ctx.now);
  if (!window.open) return reply(notOpenYet(window, ctx.now, ctx.locale));
  // A face stands for one person: it checks in their own (first) ticket; guests use their QR codes.
  const tickets = await findOwnTickets(ctx.em, ctx.event.id, ctx.contact.id);
  const ticket = tickets[0];
  const zone = ctx.event.timezone;
  if (!ticket) return reply(noTicket(ctx.event.name, ctx.locale));
  if (ticket.checkedInAt)
    return reply(alreadyCheckedIn(DateTime.fromJSDate(ticket.checkedInAt, { zone }), ctx.now, ctx.locale));
  let enrolment: Float32Array;
  try {
    enrolment = openTemplate(ctx.faces.keyring, template, templateContext(ctx.event.id, ctx.contact.id));
  } catch (error) {
    if (!(error instanceof FaceTemplateError)) throw error;
    await audit(ctx, 'face.template_unreadable', { reason: error.message.slice(0, 120) });
    return reply(enrolmentUnusable(ctx.locale), ...(await myTickets(ctx)).replies);
  }
  const distance = faceDistance(face.descriptor, enrolment);
  if (distance > ctx.faces.matchThreshold) {
    const earlier = await countRecentMismatches(ctx.em, {
      eventId: ctx.event.id,
      contactId: ctx.contact.id,
      since: record.enrolledAt ?? record.consentDate,
      now: ctx.now,
    });
    await audit(ctx, 'face.verify_failed', { distance: round(distance) });
    if (earlier + 1 < MISMATCHES_BEFORE_QR) return reply(retryAdvice(ctx.locale));
    return reply(qrFallback(ctx.locale), ...(await myTickets(ctx)).replies);
  }
  const confidence = Math.max(0, Math.min(1, 1 - distance));
  const result = await checkInTicket(ctx.em, ctx.event.id, ticket.ticketId, ctx.inbound.channel, {
    method: 'selfie',
    distance: round(distance),
    confidence: round(confidence),
  });
  if (!result.ok) {
    // Staff checked the same ticket in a moment ago.
    return reply(
      result.reason === 'already'
        ? alreadyCheckedIn(DateTime.fromJSDate(result.checkedInAt, { zone }), ctx.now, ctx.locale)
        : noTicket(ctx.event.name, ctx.locale),
    );
  }
  return reply(
    welcome(
      {
        eventName: ctx.event.name,
        holder: ctx.attendee?.name ?? result.holder,
        reference: result.reference,
        badgeInfo: await badgePickupInfo(ctx.em, ctx.event.id),
        venue: ctx.event.venueName,
        more: tickets.length - 1,
      },
      ctx.locale,
    ),
  );
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const audit = (ctx: SkillContext, action: string, details: Record<string, unknown>) =>
  writeAudit(ctx.em, {
    eventId: ctx.event.id,
    actor: contactActor(ctx.contact.id),
    action,
    subject: ctx.contact.id,
    details,
  });
