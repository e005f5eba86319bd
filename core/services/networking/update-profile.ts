import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { NetworkingPreference } from '../../../db/entities/networking-preference.entity.js';
import { kysely } from '../../../db/kysely.js';
import { loadProfiles } from './load-profiles.js';
import type { ProfileUpdate } from './read-profile-update.js';
import { refreshGoals } from './refresh-goals.js';

export interface UpdatedProfile {
  role: string;
  company: string;
  interests: string[];
  goals: string[];
  visibility: NetworkingPreference['visibility'];
}

/** The column's words plus new ones, each once (order is not kept: these are sets of words). */
const withAdded = (column: 'interests' | 'goals', added: readonly string[]) =>
  sql<string[]>`array(select distinct x from unnest(${sql.ref(column)} || ${added}::text[]) as x)`;

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
  const k = kysely(tx);
  const profile = await k
    .updateTable('Attendee')
    .set({
      ...(u.role !== undefined ? { role: u.role } : {}),
      ...(u.company !== undefined ? { company: u.company } : {}),
      interests: withAdded('interests', u.interests),
      goals: withAdded('goals', u.goals),
    })
    .where('id', '=', input.attendeeId)
    .where('event', '=', input.eventId)
    .returning(['role', 'company', 'interests', 'goals'])
    .executeTakeFirst();
  const preference = await k
    .insertInto('NetworkingPreference')
    .values({
      attendee: input.attendeeId,
      visibility: u.visibility ?? 'public',
      offers: [],
      lookingFor: [],
      updatedAt: new Date(),
    })
    .onConflict((oc) =>
      oc.column('attendee').doUpdateSet({
        ...(u.visibility ? { visibility: u.visibility } : {}),
        updatedAt: new Date(),
      }),
    )
    .returning('visibility')
    .executeTakeFirst();
  await refreshGoals(tx, await loadProfiles(tx, input.eventId, [input.attendeeId]));
  return {
    role: profile?.role ?? '',
    company: profile?.company ?? '',
    interests: profile?.interests ?? [],
    goals: profile?.goals ?? [],
    visibility: preference?.visibility ?? 'public',
  };
}
