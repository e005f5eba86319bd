import { describe, expect, it } from 'vitest';
import { deriveGoals } from '../../../core/services/networking/derive-goals.js';
import { readProfileUpdate } from '../../../core/services/networking/read-profile-update.js';

describe('reading a self-description', () => {
  it('understands role, interests (from the NLU slot) and a hiring goal', () => {
    const u = readProfileUpdate("I'm a CTO into Kubernetes and Postgres, looking to hire", [
      'kubernetes',
      'postgres',
    ]);
    expect(u).toMatchObject({ role: 'CTO', interests: ['kubernetes', 'postgres'], goals: ['hire'] });
    expect(
      deriveGoals({ role: 'CTO', industry: '', interests: [], goals: u.goals }).map((g) => g.kind),
    ).toEqual(['hiring']);
  });

  it('reads company and learning goals, and visibility requests', () => {
    expect(
      readProfileUpdate('I work as a data engineer at Acme Cloud, want to learn about pgvector'),
    ).toMatchObject({
      role: 'Data Engineer',
      company: 'Acme Cloud',
      goals: ['learn about pgvector'],
    });
    expect(readProfileUpdate('hide my profile').visibility).toBe('hidden');
    expect(readProfileUpdate('show my profile again').visibility).toBe('public');
    expect(readProfileUpdate('unhide me').visibility).toBe('public');
    expect(readProfileUpdate("I'm a founder looking for investors").goals).toEqual(['find investors']);
  });

  it('derives complementary kinds from free-text goals', () => {
    const kinds = (goals: string[], role = '') =>
      deriveGoals({ role, industry: '', interests: [], goals }).map((g) => `${g.kind}:${g.topic}`);
    expect(kinds(['meet investors'])).toEqual(['raising:']);
    expect(kinds(['find seed-stage founders'], 'Investor')).toEqual(['investing:']);
    expect(kinds(['find an internship'])).toEqual(['job_seeking:']);
    expect(kinds(['find customers in events industry'])).toEqual(['selling:events industry']);
    expect(kinds(['find event tech vendors'])).toEqual(['buying:event tech']);
    expect(kinds(['learn about vector databases'])).toEqual(['learning:vector databases']);
    expect(kinds(['meet pgvector users'])).toEqual(['meeting:pgvector users']);
  });
});
