import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Match } from '../../../db/entities/match.entity.js';
import { kysely } from '../../../db/kysely.js';
import { loadMeeting, type MeetingSummary } from './meeting-store.js';

export type MetOutcome =
  | { outcome: 'recorded'; meeting: MeetingSummary; otherName: string; met: boolean; bothConfirmed: boolean }
  | { outcome: 'too_early'; meeting: MeetingSummary }
  | { outcome: 'not_found' };

/**
 * One side's answer to "Did you meet …?". Both saying yes records that they met (matches → met both ways, so
 * neither is suggested to the other again). A "no" records the other person as a no-show (their match from
 * the answerer → no_show); `findMatches` ranks people with reported no-shows lower.
 */
export async function recordMet(
  tx: EntityManager,
  input: { meetingId: string; attendeeId: string; met: boolean; now: Date },
): Promise<MetOutcome> {
  const meeting = await loadMeeting(tx, input.meetingId, { forUpdate: true });
  if (!meeting) return { outcome: 'not_found' };
  const side =
    meeting.requesterId === input.attendeeId
      ? 'requester'
      : meeting.inviteeId === input.attendeeId
        ? 'invitee'
        : null;
  if (!side || !['accepted', 'completed'].includes(meeting.status)) return { outcome: 'not_found' };
  if (meeting.startsAt > input.now) return { outcome: 'too_early', meeting };
  const answers = await kysely(tx)
    .updateTable('Meeting')
    .set(side === 'requester' ? { requesterMet: input.met } : { inviteeMet: input.met })
    .set({ updatedAt: new Date() })
    .where('id', '=', meeting.id)
    .returning(['requesterMet', 'inviteeMet'])
    .executeTakeFirst();
  const other = side === 'requester' ? meeting.inviteeId : meeting.requesterId;
  const bothConfirmed = answers?.requesterMet === true && answers?.inviteeMet === true;
  const setMatch = (from: string, to: string, status: Extract<Match['status'], 'met' | 'no_show'>) =>
    kysely(tx)
      .insertInto('Match')
      .values({
        id: randomUUID(),
        event: meeting.eventId,
        attendee: from,
        suggested: to,
        score: 0,
        reasonFacts: [{ kind: 'met' }],
        status,
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .onConflict((oc) =>
        oc.columns(['attendee', 'suggested']).doUpdateSet({ status, updatedAt: new Date() }),
      )
      .executeTakeFirst();
  if (bothConfirmed) {
    await setMatch(meeting.requesterId, meeting.inviteeId, 'met');
    await setMatch(meeting.inviteeId, meeting.requesterId, 'met');
  } else if (!input.met) {
    await setMatch(input.attendeeId, other, 'no_show');
  }
  return {
    outcome: 'recorded',
    meeting,
    otherName: side === 'requester' ? meeting.inviteeName : meeting.requesterName,
    met: input.met,
    bothConfirmed,
  };
}
