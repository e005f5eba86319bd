import type { EntityManager } from '@mikro-orm/postgresql';
import type { MatchReasonFact } from '../../../db/entities/match.entity.js';
import { toMatchProfile } from './find-matches.js';
import { loadProfiles } from './load-profiles.js';
import { scoreMatch } from './score-match.js';

/**
 * Why the invitee might want to meet the requester, from the invitee's side (their goals, what the requester
 * offers them): the requester's own suggestion was scored from the requester's side, so its stored reason
 * ("Bob wants to meet investors") would read wrong to Bob. [] when nothing specific fits — the invitation
 * then gives no reason rather than "a profile close to yours", which a request made by name does not prove.
 */
export async function invitationReason(
  tx: EntityManager,
  input: { eventId: string; inviteeId: string; requesterId: string },
): Promise<MatchReasonFact[]> {
  const profiles = await loadProfiles(tx, input.eventId, [input.inviteeId, input.requesterId]);
  const invitee = profiles.find((p) => p.id === input.inviteeId);
  const requester = profiles.find((p) => p.id === input.requesterId);
  if (!invitee || !requester) return [];
  const { reason } = scoreMatch(toMatchProfile(invitee), {
    ...toMatchProfile(requester),
    similarity: 0,
    noShows: 0,
  });
  return reason.filter((f) => f.kind !== 'similar');
}
