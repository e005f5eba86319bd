import { describe, expect, it } from 'vitest';
import type { EventCatalog } from '../../../core/catalog/event-catalog.js';
import { understandText } from '../../../core/nlu/local-understanding.js';
import { SpellingIndex } from '../../../core/nlu/spelling-index.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';

const catalog = loadDemoCatalog();
const now = evaluationNow(catalog);
const understand = (text: string) => understandText(text, catalog, now);

describe('tier linking', () => {
  it('links tier names and aliases, whatever the case, punctuation or plural', () => {
    expect(understand('2 V.I.P. tickets').slots.tier).toBe('vip');
    expect(understand('reserve two premium seats').slots.tier).toBe('vip');
    expect(understand('can I get three GENERAL ADMISSION passes?').slots.tier).toBe('general');
    expect(understand('x2 standard tickets pls').slots.tier).toBe('general');
    expect(understand('need 4 expo passes for my team').slots.tier).toBe('expo');
    expect(understand('one free pass please').slots.tier).toBe('expo');
  });

  it('tolerates typos in tier names', () => {
    expect(understand('can i purchase one studnet ticket').slots).toEqual({ quantity: 1, tier: 'student' });
    expect(understand('five general admision tickets').slots).toEqual({ quantity: 5, tier: 'general' });
    expect(understand('2 premum tickets').slots).toEqual({ quantity: 2, tier: 'vip' });
  });
});

describe('people, sessions, sponsors', () => {
  it('links attendees by full name, first name and misspelt name', () => {
    expect(understand('set up a meeting with Bob Chen').slots.person).toBe('a-bob');
    expect(understand('can I meet Grace?').slots.person).toBe('a-grace');
    expect(understand('schedule a meeting with dimitri ivanov').slots.person).toBe('a-dmitri');
    expect(understand('i wanna meet fatma').slots.person).toBe('a-fatima');
  });

  it('links sessions by alias, title word next to a talk noun, and speaker', () => {
    expect(understand('when is the keynote?').slots.session).toBe('s-keynote');
    expect(understand('when is the closing keynote').slots.session).toBe('s-closing');
    expect(understand('is there a talk on fundraising').slots.session).toBe('s-fundraising');
    expect(understand("where is hiro tanaka's workshop").slots.session).toBe('s-ts-workshop');
    expect(understand('when does Grace Kim speak').slots.session).toBe('s-matchmaking');
    expect(understand('¿dónde es la charla de pgvector?').slots.session).toBe('s-pgvector');
  });

  it('prefers the session on the day asked about', () => {
    expect(understand("when's lunch on day 2").slots).toEqual({ session: 's-lunch-2', date: '2026-12-11' });
  });

  it('links sponsors by name and alias', () => {
    expect(understand('can someone from acme get in touch with me').slots.sponsor).toBe('acme-cloud');
    expect(understand("i'm interested in data forge").slots.sponsor).toBe('dataforge');
  });

  it('names the best-matching FAQ, in other words than its question', () => {
    expect(understand('can I bring my suitcase').slots.faq).toBe('faq-cloakroom');
    expect(understand('how do I get to the venue by train').slots.faq).toBe('faq-transport');
    expect(understand('wifi pasword?').slots.faq).toBe('faq-wifi');
    expect(understand('is there an elevator').slots.faq).toBe('faq-accessibility');
  });
});

describe('SpellingIndex', () => {
  const index = new SpellingIndex(['student', 'tickets', 'kubernetes', 'lunch'], ['bunch']);

  it('corrects insertions, deletions, substitutions and swapped letters', () => {
    expect(index.correct('studnet')?.word).toBe('student');
    expect(index.correct('tikets')?.word).toBe('tickets');
    expect(index.correct('kubernets')?.word).toBe('kubernetes');
    expect(index.correct('kuberntees')?.word).toBe('kubernetes');
  });

  it('leaves known words, short words and distant words alone', () => {
    expect(index.correct('bunch')).toBeUndefined();
    expect(index.correct('tix')).toBeUndefined();
    expect(index.correct('lantern')).toBeUndefined();
  });
});

describe('another event’s catalog', () => {
  const other: EventCatalog = {
    eventId: 'rustconf',
    name: 'RustConf São Paulo',
    timezone: 'America/Sao_Paulo',
    startsAt: '2027-03-05T12:00:00Z',
    endsAt: '2027-03-07T21:00:00Z',
    tiers: [
      { id: 'early', name: 'Early Bird', aliases: [] },
      { id: 'day', name: 'Day Pass', aliases: ['single day'] },
    ],
    sessions: [
      {
        id: 'w1',
        title: 'Async Rust Workshop',
        aliases: [],
        speakers: ['May Chen'],
        startsAt: '2027-03-06T13:00:00Z',
        room: 'Sala 2',
      },
    ],
    people: [
      { id: 'p-will', name: 'Will Turner' },
      { id: 'p-maria-a', name: 'Maria Alves' },
      { id: 'p-maria-b', name: 'Maria Braga' },
    ],
    sponsors: [{ id: 'ferrous', name: 'Ferrous Systems', aliases: ['ferrous'] }],
    faqs: [
      { id: 'f-visa', question: 'Do I need a visa to visit Brazil?', category: 'travel' },
      { id: 'f-wifi', question: 'Is there Wi-Fi?', category: 'venue' },
    ],
  };
  const understandOther = (text: string) => understandText(text, other, new Date('2027-03-05T15:00:00Z'));

  it('links its own tiers, sessions, sponsors and FAQs', () => {
    expect(understandOther('2 early bird tickets').slots).toEqual({ quantity: 2, tier: 'early' });
    expect(understandOther('when is the async rust workshop').slots).toEqual({ session: 'w1' });
    expect(understandOther('tell me about ferrous').slots).toEqual({ sponsor: 'ferrous' });
    expect(understandOther('do i need a visa').slots).toEqual({ faq: 'f-visa' });
    expect(understandOther('what happens on day 3').slots).toEqual({ date: '2027-03-07' });
  });

  it('reads a name that is also a word only where a person is expected', () => {
    expect(understandOther('meet will at 3pm').slots).toEqual({ person: 'p-will', time: '15:00' });
    expect(understandOther('I will buy 2 tickets').slots).toEqual({ quantity: 2 });
  });

  it('leaves a first name shared by two attendees for the dialog to ask about', () => {
    expect(understandOther('meet maria').slots.person).toBeUndefined();
    expect(understandOther('meet maria braga').slots.person).toBe('p-maria-b');
  });

  it('still understands with a broken time zone or dates', () => {
    const broken = { ...other, timezone: 'Nowhere/Unknown', startsAt: 'soon', endsAt: '' };
    expect(
      understandText('meet will on dec 10 at 3', broken, new Date('2027-03-05T15:00:00Z')),
    ).toMatchObject({
      intent: 'request_meeting',
      slots: { person: 'p-will', time: '15:00', date: '2026-12-10' },
    });
  });
});

describe('interests stated in Portuguese and Spanish', () => {
  it('reads the topics after pt/es cues, for a profile and for whom to meet', () => {
    expect(understand('meus interesses são kubernetes e fintech').slots.interests).toEqual([
      'kubernetes',
      'fintech',
    ]);
    expect(understand('mis intereses son privacy y devops').slots.interests).toEqual(['privacy', 'devops']);
    expect(understand('alguém aqui mexe com rust?').slots.interests).toEqual(['rust']);
    expect(understand('busco gente de blockchain para charlar').slots.interests).toEqual(['blockchain']);
    expect(understand('quero conhecer pessoas de climate tech').slots.interests).toEqual(['climate tech']);
  });

  it('does not take the people themselves for a topic', () => {
    expect(understand('quero conhecer pessoas novas').slots.interests ?? []).not.toContain('pessoas');
    expect(understand('encuentra gente de aquí').slots.interests ?? []).toEqual([]);
  });
});
