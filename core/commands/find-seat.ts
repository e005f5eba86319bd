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
  return (await checkSeat(em, role, requester, now)).seat;
}

/**
 * As findSeat, and whether a refusal is for the role (staff asking for an organizer-only command) rather than
 * for not being on the event at all — so staff are told that, not to ask to be added.
 */
export async function checkSeat(
  em: EntityManager,
  role: Role,
  requester: Requester,
  now: Date,
): Promise<{ seat: Seat | null; roleTooLow: boolean }> {
  const seat = await lookUpSeat(em, role, requester, now);
  if (seat && mayRun(role, seat)) return { seat, roleTooLow: false };
  return { seat: null, roleTooLow: seat !== null };
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
