import { describe, expect, it } from 'vitest';
import { SCORING, scoreLead, temperatureOf } from '../../../core/services/leads/score-lead.js';

const acme = {
  roles: ['CTO', 'DevOps Engineer', 'Platform Engineer', 'SRE'],
  interests: ['kubernetes', 'postgres', 'devops', 'cloud'],
};
const finlytics = {
  roles: ['Founder', 'CFO', 'Product Manager'],
  interests: ['payments', 'fintech', 'banking'],
};
const none = { boothVisits: 0, demoRequested: false, sessionsOnTopic: 0 };

describe('scoreLead', () => {
  it('Alice (CTO; kubernetes, postgres) asking Acme Cloud for a demo is hot, with every reason stored', () => {
    const result = scoreLead({ role: 'CTO', interests: ['kubernetes', 'postgres', 'hiring'] }, acme, {
      ...none,
      demoRequested: true,
    });
    expect(result).toEqual({
      score: 85,
      temperature: 'hot',
      factors: [
        { code: 'role_match', label: 'role matches: CTO', points: 30, role: 'CTO' },
        {
          code: 'interest_overlap',
          label: 'shared interests: kubernetes, postgres',
          points: 30,
          interests: ['kubernetes', 'postgres'],
        },
        { code: 'demo_request', label: 'asked for a demo', points: 25 },
      ],
    });
  });

  it('Carla (Product Manager; payments) sharing with Finlytics is warm, and hot once she visits the booth', () => {
    const profile = { role: 'Product Manager', interests: ['payments', 'mobile', 'ux'] };
    expect(scoreLead(profile, finlytics, none)).toMatchObject({ score: 45, temperature: 'warm' });
    expect(scoreLead(profile, finlytics, { ...none, boothVisits: 2 })).toMatchObject({
      score: 60,
      temperature: 'hot',
    });
  });

  it('matches roles as whole words, any case, and caps interests and sessions', () => {
    expect(scoreLead({ role: 'Senior devops engineer', interests: [] }, acme, none).score).toBe(30);
    expect(
      scoreLead({ role: 'Director', interests: [] }, { roles: ['CTO'], interests: [] }, none).score,
    ).toBe(0);
    expect(scoreLead({ role: 'Actor', interests: [] }, { roles: ['CTO'], interests: [] }, none).score).toBe(
      0,
    );
    expect(
      scoreLead({ role: '', interests: ['Kubernetes', 'postgres', 'devops', 'cloud'] }, acme, none).score,
    ).toBe(SCORING.maxInterests);
    expect(scoreLead({ role: '', interests: [] }, acme, { ...none, sessionsOnTopic: 5 }).factors).toEqual([
      {
        code: 'sessions_on_topic',
        label: 'attended 5 sessions on their topics',
        points: SCORING.maxSessions,
        sessions: 5,
      },
    ]);
  });

  it('has documented thresholds: hot from 60, warm from 35', () => {
    expect([0, 34, 35, 59, 60, 100].map(temperatureOf)).toEqual([
      'cold',
      'cold',
      'warm',
      'warm',
      'hot',
      'hot',
    ]);
  });
});
