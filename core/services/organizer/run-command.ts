import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizerNote } from '../../ports/organizer-chat.js';
import { leadsListNote } from '../../replies/lead-notes.js';
import {
  broadcastPreviewNote,
  checkInNote,
  faqListNote,
  handoffsNote,
  helpNote,
  peopleNote,
  statsNote,
  waitlistNote,
} from '../../replies/organizer-notes.js';
import type { FollowUp } from '../../router/skill.js';
import { findTicketsToCheckIn } from '../check-in/find-tickets-to-check-in.js';
import { listFaqs } from '../faq-library/list-faqs.js';
import { removeFaq } from '../faq-library/save-faq.js';
import { listOpenHandoffs } from '../handoffs/list-open-handoffs.js';
import { resolveHandoff } from '../handoffs/resolve-handoff.js';
import { findSponsorByName } from '../leads/find-sponsor.js';
import { readLeadSharing, setLeadSharing } from '../leads/lead-sharing-setting.js';
import { anonymousInterest, listSponsorLeads } from '../leads/list-sponsor-leads.js';
import { broadcastAudience } from './broadcast-audience.js';
import { eventStats } from './event-stats.js';
import { findEventTier } from './find-event-tier.js';
import { findPeople } from './find-people.js';
import { listWaitlist } from './list-waitlist.js';
import type { OrganizerCommand } from './parse-command.js';
import { setCapacity } from './set-capacity.js';

export interface CommandOutcome {
  note: OrganizerNote;
  followUps: FollowUp[];
  /** Replies to deliver to attendees (e.g. "the bot is back" after resolve). */
  outboxIds: string[];
  /** Handoffs closed by the command, so their threads can be marked resolved. */
  resolvedHandoffs: string[];
}

const only = (note: OrganizerNote): CommandOutcome => ({
  note,
  followUps: [],
  outboxIds: [],
  resolvedHandoffs: [],
});

/** Runs one organizer command for an event; every answer (including "no such tier") is a note. */
export async function runCommand(
  em: EntityManager,
  eventId: string,
  command: OrganizerCommand,
  ctx: { commandId: string; now: Date },
): Promise<CommandOutcome> {
  switch (command.name) {
    case 'help':
      return only(helpNote());
    case 'invalid':
      return only({ text: command.usage });
    case 'stats': {
      const stats = await eventStats(em, eventId);
      return only(stats ? statsNote(stats) : { text: 'The event is gone.' });
    }
    case 'waitlist': {
      if (!command.tier) return only(waitlistNote(await listWaitlist(em, eventId)));
      const tier = await findEventTier(em, eventId, command.tier);
      if (!tier) return only({ text: `There is no tier called “${command.tier}”.` });
      return only(waitlistNote(await listWaitlist(em, eventId, tier.id), tier.code));
    }
    case 'capacity': {
      const tier = await findEventTier(em, eventId, command.tier);
      if (!tier) return only({ text: `There is no tier called “${command.tier}”.` });
      const result = await setCapacity(em, tier.id, command.change);
      if (!result.ok) {
        return only({
          text: `Capacity of ${result.code} can’t go to ${result.requested}: ${result.minimum} seats are sold or held. The lowest it can be is ${result.minimum}.`,
        });
      }
      const raised = result.after > result.before;
      return {
        ...only({
          text: `Capacity of ${result.code}: ${result.before} → ${result.after} (${result.free} free).${
            raised ? ' Offering the new seats to the waiting list.' : ''
          }`,
        }),
        followUps: raised ? [{ kind: 'offer-freed-seats', tierId: result.tierId }] : [],
      };
    }
    case 'find':
      return only(peopleNote(command.query, await findPeople(em, eventId, command.query)));
    case 'handoffs':
      return only(handoffsNote(await listOpenHandoffs(em, eventId)));
    case 'broadcast':
      return only(
        broadcastPreviewNote(command.message, await broadcastAudience(em, eventId, ctx.now), ctx.commandId),
      );
    case 'checkin':
      return only(checkInNote(command.query, await findTicketsToCheckIn(em, eventId, command.query)));
    case 'faq':
      if (command.action === 'list') return only(faqListNote(await listFaqs(em, eventId)));
      if (command.action === 'remove') {
        const removed = await removeFaq(em, eventId, command.code);
        return only({
          text: removed ? `Removed FAQ \`${command.code}\`.` : `There is no FAQ \`${command.code}\`.`,
        });
      }
      // Add and edit open a form in Slack right away (they need the command's trigger); nothing to do here.
      return only({ text: 'Use the form that opened to add or edit the FAQ.' });
    case 'leads': {
      const sponsor = await findSponsorByName(em, eventId, command.sponsor);
      if (!sponsor) return only({ text: `There is no sponsor called “${command.sponsor}”.` });
      const leads = await listSponsorLeads(em, sponsor.id);
      return only(
        leadsListNote(sponsor.name, leads, await anonymousInterest(em, sponsor.id), sponsor.timezone),
      );
    }
    case 'lead-fields': {
      const describe = (s: { fields: string[]; offerContact: boolean }) =>
        `Sponsors receive: ${s.fields.join(', ')}${s.offerContact ? ', and the phone number when the attendee chooses “Yes + contact me”' : ' (attendees are not offered to share their phone number)'}.`;
      if (!command.fields) {
        const current = await readLeadSharing(em, eventId);
        return only({ text: current ? describe(current) : 'The event is gone.' });
      }
      const result = await setLeadSharing(em, eventId, command.fields);
      if (!result.ok) {
        return only({
          text: `${result.unknown.length ? `Unknown field${result.unknown.length === 1 ? '' : 's'}: ${result.unknown.join(', ')}. ` : ''}Choose from name, role, company, interests, industry, email and phone (phone = offer “Yes + contact me”).`,
        });
      }
      return only({
        text: `Saved. ${describe(result.setting)} Leads already shared keep what their attendees agreed to.`,
      });
    }
    case 'resolve': {
      const open = await listOpenHandoffs(em, eventId, command.query);
      if (open.length === 0) return only({ text: 'No open handoff matches.' });
      if (open.length > 1) {
        return only({ ...handoffsNote(open), text: 'Several open handoffs match — name one:' });
      }
      const handoff = open[0]!;
      const resolved = await resolveHandoff(em, handoff.id);
      if (!resolved) return only({ text: `${handoff.name}’s handoff was already resolved.` });
      return {
        note: { text: `Resolved: ${handoff.name} is back with the bot.` },
        followUps: [],
        outboxIds: resolved.outboxIds,
        resolvedHandoffs: [handoff.id],
      };
    }
  }
}
