import { describe, expect, it } from 'vitest';
import { DEFAULT_MEETING_TEMPLATES } from '../../../../core/meeting-templates.js';
import { factWords, matchReasonWords } from '../../../../core/services/networking/match-reason-words.js';
import { acceptedNotice, invitationNotice } from '../../../../core/services/networking/meeting-messages.js';
import { DEFAULT_MEETING_POINT } from '../../../../core/services/networking/meeting-slots.js';
import { type MatchProfile, scoreMatch } from '../../../../core/services/networking/score-match.js';
import type { MatchReasonFact } from '../../../../db/entities/match.entity.js';

const founder = { role: 'Founder', company: 'Calmware', industry: 'developer tools' };

/** Every kind of fact, with what an English, Portuguese and Spanish reader reads. */
const CASES: [string, MatchReasonFact, { en: string; pt: string; es: string }][] = [
  [
    'their goal, an action',
    { kind: 'they_want', goal: 'raising', words: 'Meet investors.' },
    {
      en: 'Bob wants to meet investors',
      pt: 'Bob procura: «meet investors»',
      es: 'Bob busca: «meet investors»',
    },
  ],
  [
    'their goal, a topic (in their own language)',
    { kind: 'they_want', goal: 'raising', words: 'captação de investimento' },
    {
      en: 'Bob is into captação de investimento',
      pt: 'Bob interessa-se por «captação de investimento»',
      es: 'a Bob le interesa «captação de investimento»',
    },
  ],
  [
    'their goal, read from their role (words they never wrote are not quoted)',
    { kind: 'they_are', goal: 'investing' },
    { en: 'Bob invests in startups', pt: 'Bob investe em startups', es: 'Bob invierte en startups' },
  ],
  [
    'learning, from their talk',
    { kind: 'you_learn', topic: 'pgvector', via: { talk: 'Vectors in Postgres' } },
    {
      en: 'you want to learn about pgvector and Bob speaks on “Vectors in Postgres”',
      pt: 'quer aprender sobre «pgvector» e Bob fala sobre «Vectors in Postgres»',
      es: 'quieres aprender sobre «pgvector» y Bob da una charla sobre «Vectors in Postgres»',
    },
  ],
  [
    'learning, from their interest',
    { kind: 'you_learn', topic: 'vector databases', via: { interest: 'vector search' } },
    {
      en: 'you want to learn about vector databases and Bob works on vector search',
      pt: 'quer aprender sobre «vector databases» e Bob trabalha em «vector search»',
      es: 'quieres aprender sobre «vector databases» y Bob trabaja en «vector search»',
    },
  ],
  [
    'learning, from their role',
    { kind: 'you_learn', topic: 'startups', via: { role: founder } },
    {
      en: 'you want to learn about startups and Bob is Founder at Calmware',
      pt: 'quer aprender sobre «startups» e Bob é Founder na empresa Calmware',
      es: 'quieres aprender sobre «startups» y Bob es Founder en Calmware',
    },
  ],
  [
    'meeting someone like them',
    { kind: 'you_meet', topic: 'fintech founders', role: { role: '', company: '', industry: 'fintech' } },
    {
      en: 'you want to meet fintech founders: Bob is fintech',
      pt: 'quer conhecer «fintech founders»: Bob é fintech',
      es: 'quieres conocer a «fintech founders»: Bob es fintech',
    },
  ],
  [
    'shared interests, listed the way each language lists',
    { kind: 'shared', interests: ['typescript', 'ai', 'open source'] },
    {
      en: 'you both work on typescript, ai and open source',
      pt: 'ambos trabalham em typescript, ai e open source',
      es: 'los dos trabajáis en typescript, ai y open source',
    },
  ],
  [
    'nothing specific (no role given)',
    { kind: 'similar', role: { role: '', company: '', industry: '' } },
    {
      en: 'Bob is here, with a profile close to yours',
      pt: 'Bob é participante do evento, com um perfil próximo do seu',
      es: 'Bob es asistente del evento, con un perfil parecido al tuyo',
    },
  ],
  [
    'met',
    { kind: 'met' },
    { en: 'met at the event', pt: 'conheceram-se no evento', es: 'os conocisteis en el evento' },
  ],
];

describe('a suggestion reason in the reader’s language', () => {
  it.each(CASES)('%s', (_name, fact, expected) => {
    expect(factWords(fact, 'Bob', 'en')).toBe(expected.en);
    expect(factWords(fact, 'Bob', 'pt')).toBe(expected.pt);
    expect(factWords(fact, 'Bob', 'es')).toBe(expected.es);
  });

  it('joins two facts, capitalised to start a line, or as written mid-sentence', () => {
    const facts: MatchReasonFact[] = [
      { kind: 'they_want', goal: 'raising', words: 'fundraising' },
      { kind: 'shared', interests: ['fintech'] },
    ];
    expect(matchReasonWords(facts, 'Bob', 'es')).toBe(
      'A Bob le interesa «fundraising»; los dos trabajáis en fintech',
    );
    expect(matchReasonWords(facts, 'Bob', 'es', { midSentence: true })).toBe(
      'a Bob le interesa «fundraising»; los dos trabajáis en fintech',
    );
    expect(matchReasonWords(facts, 'Bob', 'en', { midSentence: true })).toBe(
      'Bob is into fundraising; you both work on fintech',
    );
  });

  it('keeps an acronym that starts their words ("AI founders" is not "aI founders")', () => {
    expect(factWords({ kind: 'they_want', goal: 'meeting', words: 'AI founders' }, 'Bob', 'en')).toBe(
      'Bob is into AI founders',
    );
  });
});

describe('scoreMatch gives facts, not words', () => {
  const profile = (over: Partial<MatchProfile>): MatchProfile => ({
    attendeeId: 'x',
    name: 'Someone Else',
    role: '',
    company: '',
    industry: '',
    interests: [],
    goals: [],
    talks: [],
    statedGoals: (over.goals ?? []).map((g) => g.source),
    ...over,
  });
  const investor = profile({
    attendeeId: 'emeka',
    name: 'Emeka Obi',
    role: 'Investor',
    interests: ['fintech', 'developer tools'],
    goals: [{ kind: 'investing', topic: '', source: 'find seed-stage founders' }],
  });
  const bob = profile({
    attendeeId: 'bob',
    name: 'Bob Chen',
    ...founder,
    interests: ['typescript', 'developer tools'],
    goals: [{ kind: 'raising', topic: '', source: 'meet investors' }],
  });

  it('a complementary goal comes first, quoting the other person’s own words; then shared interests', () => {
    const { reason } = scoreMatch(investor, { ...bob, similarity: 0.5, noShows: 0 });
    expect(reason).toEqual([
      { kind: 'they_want', goal: 'raising', words: 'meet investors' },
      { kind: 'shared', interests: ['developer tools'] },
    ]);
  });

  it('from the other side the same pair reads differently (what the investor wants)', () => {
    const { reason } = scoreMatch(bob, { ...investor, similarity: 0.5, noShows: 0 });
    expect(reason[0]).toEqual({ kind: 'they_want', goal: 'investing', words: 'find seed-stage founders' });
  });

  it('a goal read from the role, not written by them, is named by its kind and never quoted', () => {
    const nadia = profile({
      attendeeId: 'nadia',
      name: 'Nadia Haddad',
      role: 'Investor',
      goals: [{ kind: 'investing', topic: '', source: 'invest (Investor)' }],
      statedGoals: [],
    });
    const { reason } = scoreMatch(bob, { ...nadia, similarity: 0.5, noShows: 0 });
    expect(reason[0]).toEqual({ kind: 'they_are', goal: 'investing' });
    expect(matchReasonWords(reason, 'Nadia', 'es')).toMatch(/^Nadia invierte en startups/);
  });

  it('with nothing in common: a profile close to theirs, naming who the other person is', () => {
    const { reason } = scoreMatch(profile({ attendeeId: 'a' }), { ...bob, similarity: 0.9, noShows: 0 });
    expect(reason).toEqual([{ kind: 'similar', role: founder }]);
  });
});

describe('the invitation says why in the invitee’s language', () => {
  const slot = {
    startsAt: new Date('2026-12-10T14:30:00Z'),
    endsAt: new Date('2026-12-10T14:50:00Z'),
    zone: 'Europe/Lisbon',
  };
  const invitation = {
    meetingId: 'm-1',
    inviteeName: 'Bob Chen',
    requesterName: 'Emeka Obi',
    requesterRole: 'Investor',
    reason: [
      { kind: 'they_want', goal: 'investing', words: 'find seed-stage founders' },
    ] as MatchReasonFact[],
    slot,
  };
  const textIn = (locale: 'en' | 'pt' | 'es', m = invitation) =>
    (invitationNotice(DEFAULT_MEETING_TEMPLATES, m)(locale).message as { text: string }).text;

  it('one notice, worded per recipient language, naming the requester by first name', () => {
    expect(textIn('en')).toMatch(/\nWhy: Emeka wants to find seed-stage founders\.$/);
    expect(textIn('pt')).toMatch(/\nPorquê: Emeka procura: «find seed-stage founders»\.$/);
    expect(textIn('es')).toMatch(/\nPor qué: Emeka busca: «find seed-stage founders»\.$/);
  });

  it('no facts, no reason line; a counter-proposal says what it replaces instead', () => {
    expect(textIn('en', { ...invitation, reason: [] })).not.toMatch(/Why/);
    const counter = {
      ...invitation,
      insteadOf: {
        ...slot,
        startsAt: new Date('2026-12-10T15:00:00Z'),
        endsAt: new Date('2026-12-10T15:20:00Z'),
      },
    };
    expect(textIn('en', counter)).toMatch(/\nWhy: instead of Thu 10 Dec, 15:00–15:20\.$/);
  });
});

describe('where to meet, in the reader’s language', () => {
  const slot = {
    startsAt: new Date('2026-12-10T14:30:00Z'),
    endsAt: new Date('2026-12-10T14:50:00Z'),
    zone: 'Europe/Lisbon',
  };
  const textOf = (location: string, locale: 'en' | 'pt' | 'es') =>
    (
      acceptedNotice(DEFAULT_MEETING_TEMPLATES, 'Bob Chen', slot, location)(locale).message as {
        text: string;
      }
    ).text;

  it('our default meeting point is worded per language; the organizer’s table names stay as written', () => {
    expect(textOf(DEFAULT_MEETING_POINT, 'pt')).toContain('o ponto de encontro');
    expect(textOf(DEFAULT_MEETING_POINT, 'es')).toContain('el punto de encuentro');
    expect(textOf(DEFAULT_MEETING_POINT, 'en')).toContain('at the meeting point');
    expect(textOf(DEFAULT_MEETING_POINT, 'pt')).not.toContain(DEFAULT_MEETING_POINT);
    expect(textOf('Lounge A', 'pt')).toContain('Lounge A');
  });
});
