import type { EntityManager } from '@mikro-orm/postgresql';
import { findSponsorByChannel } from '../services/leads/find-sponsor.js';
import { findOrganizerEvent } from '../services/organizer/find-organizer-event.js';
import { mayRun, type Requester, type Role, type Seat } from './command.js';

/**
 * The requester's seat for a command of `role`, or null when they may not run it: staff and organizers are
 * found by their Slack user (`organizers` rows), a sponsor by the channel it was asked in.
 */
export async function findSeat(
  em: EntityManager,
  role: Role,
  requester: Requester,
  now: Date,
): Promise<Seat | null> {
  const seat = await lookUpSeat(em, role, requester, now);
  return seat && mayRun(role, seat) ? seat : null;
}

async function lookUpSeat(
  em: EntityManager,
  role: Role,
  requester: Requester,
  now: Date,
): Promise<Seat | null> {
  if (role === 'sponsor') {
    const sponsor = requester.channelId ? await findSponsorByChannel(em, requester.channelId, now) : null;
    return sponsor ? { role: 'sponsor', eventId: sponsor.eventId, sponsor } : null;
  }
  const organizer = await findOrganizerEvent(em, requester.slackUserId, now);
  if (!organizer) return null;
  const seatRole = organizer.role === 'organizer' ? 'organizer' : 'staff';
  return { role: seatRole, eventId: organizer.eventId, organizerId: organizer.organizerId };
}
