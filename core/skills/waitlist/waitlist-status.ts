import { translator } from '../../i18n/translate.js';
import type { Skill } from '../../router/skill.js';
import { findActiveEntries } from '../../services/waitlist/waitlist-position.js';
import { describeEntry, entryReply } from './waitlist-replies.js';

/** "Where am I on the waiting list?": live position and who is ahead, per tier; an open offer comes with Claim / Pass. */
export const waitlistStatus: Skill = async (ctx) => {
  const t = translator(ctx.locale);
  const entries = await findActiveEntries(ctx.em, { eventId: ctx.event.id, contactId: ctx.contact.id });
  if (entries.length === 0) {
    return {
      replies: [
        {
          kind: 'buttons',
          text: t('waitlist.notOnAny'),
          buttons: [{ id: 'intent:join_waitlist', title: t('waitlist.joinAList') }],
        },
      ],
    };
  }
  const lines = entries.map((e) => describeEntry(e, ctx.event.timezone, ctx.locale));
  const text =
    entries.length === 1
      ? t('waitlist.onOne', { entry: lines[0] ?? '' })
      : t('waitlist.onMany', { count: entries.length, lines: lines.map((l) => `• ${l}`).join('\n') });
  return { replies: [entryReply(text, entries, ctx.locale)] };
};
