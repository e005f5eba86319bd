import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../core/i18n/translate.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { messagesTo, nextMessageTo, sayAndAwait } from '../support/whatsapp-inbox.js';

const EMEKA = '+15550100105';
const BOB = '+15550100102';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

const say = (phone: string, body: string, expected: RegExp) => sayAndAwait(app, phone, body, expected);

const languageOf = async (phone: string) =>
  (await sql<{ language: string | null }>('select language from contacts where phone = ?', [phone]))[0]
    ?.language;

describe('why someone is worth meeting, in the reader’s language', () => {
  it('a Spanish speaker reads the reason in Spanish; the person they invite, writing Portuguese, reads theirs in Portuguese', async () => {
    // Bob writes Portuguese first, so his language is known (detected) before anyone invites him.
    await say(BOB, 'olá, quem devo conhecer no evento?', /.+/);
    expect(await languageOf(BOB)).toBe('pt');

    // Emeka (an investor) asks in Spanish: Bob's goal in Bob's own words, inside a Spanish sentence.
    const list = await say(EMEKA, '¿a quién debería conocer en el evento?', /Bob Chen/);
    expect(await languageOf(EMEKA)).toBe('es');
    expect(list.body).toContain(
      `• *Bob Chen* — Founder, Calmware\n   ${translate('es', 'net.reason.wants', { name: 'Bob', words: 'meet investors' })}`,
    );
    expect(list.body).toContain('Bob busca: «meet investors»');
    expect(list.body).not.toMatch(/wants to|is into|you both|profile close/);

    // The reason is stored as facts, not as Spanish or English words.
    const [stored] = await sql<{ reason: string | null; reason_facts: unknown }>(
      `select m.reason, m.reason_facts from matches m join attendees a on a.id = m.attendee_id
         join attendees b on b.id = m.suggested_id where a.code = 'a-emeka' and b.code = 'a-bob'`,
    );
    expect(stored?.reason).toBeNull();
    expect(stored?.reason_facts).toContainEqual({
      kind: 'they_want',
      goal: 'raising',
      words: 'meet investors',
    });

    // Emeka asks Bob for a meeting: the invitation reaches Bob in Portuguese, and says why from Bob's side
    // (what Emeka is after, in Emeka's own words).
    await say(EMEKA, '1', /Bob/);
    const before = messagesTo(app, BOB).length;
    await say(EMEKA, '1', /Emeka|Bob Chen/);
    const invitation = await nextMessageTo(app, BOB, /Emeka Obi/, before);
    expect(invitation.body).toContain(
      translate('pt', 'meeting.inviteRole', {
        name: 'Emeka Obi',
        role: 'Investor, Lagos Ventures',
        slot: '',
      }).split(':')[0],
    );
    const why = translate('pt', 'meeting.why', {
      reason: translate('pt', 'net.reason.wants', { name: 'Emeka', words: 'find seed-stage founders' }),
    }).replace(/\.$/, '');
    expect(invitation.body).toContain(why);
    expect(invitation.body).toContain('Porquê: Emeka procura: «find seed-stage founders»');
    expect(invitation.body).not.toMatch(/Why:|wants to|Bob busca/);
  });
});
