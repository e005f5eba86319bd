import type { EntityManager } from '@mikro-orm/postgresql';
import { kysely } from '../../../db/kysely.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locale.js';
import { type OutboundMessage, renderAsText } from '../../messages.js';
import { enqueueReplies } from '../outbox/enqueue-replies.js';
import { mayWriteFreeForm } from '../outbox/whatsapp-window.js';
import { findReplyTarget } from '../waitlist/find-reply-target.js';
import { rememberButtons } from '../waitlist/remember-buttons.js';

export interface Notice {
  /** What to send inside the 24-hour window (free-form, with buttons). */
  message: OutboundMessage;
  /** The approved template with the same facts, for outside the window, and the language of its version. */
  template: { id: string; language?: Locale; variables: Record<string, string> };
}

/** A notice written once the recipient's language is known (their remembered language, else English). */
export type LocalNotice = (locale: Locale) => Notice;

/**
 * Writes a proactive message to an attendee in the caller's transaction, in their remembered language: free-form inside WhatsApp's 24-hour
 * window, the template outside it; opted-out people are skipped at delivery (outbox `proactive`). The
 * message's buttons become their conversation's last choices so a typed "1" answers it (skipped, not waited
 * for, when their conversation is busy: a button tap still works). Returns the outbox id, or null when the
 * attendee has no phone.
 */
export async function notifyAttendee(
  tx: EntityManager,
  input: { eventId: string; attendeeId: string; now: Date; notice: Notice | LocalNotice; intent: string },
): Promise<string | null> {
  const person = await kysely(tx)
    .selectFrom('Attendee as a')
    .leftJoin('Contact as c', 'c.id', 'a.contact')
    .select(['a.contact as contactId', 'c.lastInboundAt', 'c.language'])
    .where('a.id', '=', input.attendeeId)
    .executeTakeFirst();
  const contactId = person?.contactId;
  if (!contactId) return null;
  const locale = isLocale(person.language) ? person.language : DEFAULT_LOCALE;
  const { message, template } = typeof input.notice === 'function' ? input.notice(locale) : input.notice;
  const toSend: OutboundMessage = mayWriteFreeForm(person.lastInboundAt ?? null, input.now)
    ? message
    : {
        kind: 'template',
        templateId: template.id,
        ...(template.language ? { language: template.language } : {}),
        variables: template.variables,
        fallbackText: renderAsText(message),
      };
  const target = await findReplyTarget(tx, contactId, input.eventId);
  const [outboxId] = await enqueueReplies(tx, target, [toSend], { proactive: true, intent: input.intent });
  if (message.kind === 'buttons') {
    await rememberButtons(
      tx,
      { eventId: input.eventId, contactId, buttons: message.buttons },
      { wait: false },
    );
  }
  return outboxId ?? null;
}
