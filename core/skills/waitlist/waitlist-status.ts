import type { Skill } from '../../router/skill.js';
import { findActiveEntries } from '../../services/waitlist/waitlist-position.js';
import { describeEntry, entryReply } from './waitlist-replies.js';

/** "Where am I on the waiting list?": live position and who is ahead, per tier; an open offer comes with Claim / Pass. */
export const waitlistStatus: Skill = async (ctx) => {
  const entries = await findActiveEntries(ctx.em, { eventId: ctx.event.id, contactId: ctx.contact.id });
  if (entries.length === 0) {
    return {
      replies: [
        {
          kind: 'buttons',
          text: "You're not on any waiting list right now. If a ticket type is sold out, I can put you on its list.",
          buttons: [{ id: 'intent:join_waitlist', title: 'Join a list' }],
        },
      ],
    };
  }
  const lines = entries.map((e) => describeEntry(e, ctx.event.timezone));
  const text =
    entries.length === 1
      ? `You're on the waiting list — ${lines[0]}`
      : `You're on ${entries.length} waiting lists:\n${lines.map((l) => `• ${l}`).join('\n')}`;
  return { replies: [entryReply(text, entries)] };
};
