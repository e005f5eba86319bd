import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../sql-array.js';
import { loadProfiles } from './load-profiles.js';
import type { ProfileUpdate } from './read-profile-update.js';
import { refreshGoals } from './refresh-goals.js';

export interface UpdatedProfile {
  role: string;
  company: string;
  interests: string[];
  goals: string[];
  visibility: 'public' | 'hidden';
}

/**
 * Merges what the person said into their profile in the caller's transaction: role and company replace,
 * interests and goals are added (never silently dropped), visibility is set. Connection goals are refreshed
 * at once; the embedding follows in a job (`profile-changed` follow-up).
 */
export async function updateProfile(
  tx: EntityManager,
  input: { eventId: string; attendeeId: string; update: ProfileUpdate },
): Promise<UpdatedProfile> {
  const u = input.update;
  const [row] = await tx.execute<{ role: string; company: string; interests: string[]; goals: string[] }[]>(
    `update attendees set
        role = coalesce(?, role),
        company = coalesce(?, company),
        interests = array(select distinct x from unnest(interests || ?::text[]) as x),
        goals = array(select distinct x from unnest(goals || ?::text[]) as x)
      where id = ? and event_id = ?
      returning role, company, interests, goals`,
    [
      u.role ?? null,
      u.company ?? null,
      sqlArray(u.interests),
      sqlArray(u.goals),
      input.attendeeId,
      input.eventId,
    ],
  );
  const [pref] = await tx.execute<{ visibility: 'public' | 'hidden' }[]>(
    `insert into networking_preferences (attendee_id, visibility, updated_at) values (?, coalesce(?, 'public'), now())
     on conflict (attendee_id) do update set visibility = coalesce(?, networking_preferences.visibility), updated_at = now()
     returning visibility`,
    [input.attendeeId, u.visibility ?? null, u.visibility ?? null],
  );
  await refreshGoals(tx, await loadProfiles(tx, input.eventId, [input.attendeeId]));
  return {
    role: row?.role ?? '',
    company: row?.company ?? '',
    interests: row?.interests ?? [],
    goals: row?.goals ?? [],
    visibility: pref?.visibility ?? 'public',
  };
}
