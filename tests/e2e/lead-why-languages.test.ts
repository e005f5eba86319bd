import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../core/i18n/translate.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { messagesTo, sayAndAwait } from '../support/whatsapp-inbox.js';

const GRACE = '+15550100107'; // ML Engineer; recommendation systems, ai, mlops
const DATAFORGE_WHATSAPP = '+15550100903';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const to = (phone: string) => messagesTo(app, phone);

const say = (phone: string, body: string, expected: RegExp) => sayAndAwait(app, phone, body, expected);

describe('a hot lead’s "why" in the language of the sponsor’s WhatsApp contact', () => {
  it('DataForge’s contact writes Spanish; the alert says why in Spanish, from the factors stored on the lead', async () => {
    await sql("update sponsors set slack_channel = null where code = 'dataforge'");
    // The sponsor's contact writes first (in Spanish): their language is remembered, and the window is open.
    await say(DATAFORGE_WHATSAPP, 'hola, ¿qué tal? ¿cómo va todo por aquí hoy?', /.+/);
    expect(
      (
        await sql<{ language: string }>('select language from contacts where phone = ?', [DATAFORGE_WHATSAPP])
      )[0]?.language,
    ).toBe('es');

    await say(GRACE, 'can I get a demo from DataForge?', /May I share/);
    const before = to(DATAFORGE_WHATSAPP).length;
    await say(GRACE, 'yes', /DataForge now has your/);
    const alert = await eventually(
      async () =>
        to(DATAFORGE_WHATSAPP)
          .slice(before)
          .find((m) => /Grace Kim/.test(m.body ?? '')),
      10_000,
      'the WhatsApp alert',
    );
    const [lead] = await sql<{ scoring_factors: { code: string }[] }>(
      `select l.scoring_factors from sponsor_leads l join sponsors s on s.id = l.sponsor_id
        where s.code = 'dataforge'`,
    );
    expect(lead?.scoring_factors.map((f) => f.code)).toContain('demo_request');
    expect(alert.body).toContain(translate('es', 'leads.alertWhy', { reasons: '' }));
    expect(alert.body).toContain(translate('es', 'leads.why.demo'));
    expect(alert.body).not.toMatch(/asked for a demo|role matches|shared interests|Why:/);
  });
});
