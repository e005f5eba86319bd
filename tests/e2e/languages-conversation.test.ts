import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedTwilioMessage } from '../fakes/fake-twilio-api.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';

const INBOUND = '/webhooks/twilio/whatsapp';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await keepDemoEventOnSale(app);
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

/** Sends one WhatsApp message as Twilio would (signed) and returns the `count` messages the bot sent back. */
async function say(from: string, body: string, count = 1): Promise<RecordedTwilioMessage[]> {
  app.twilioApi.reset();
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(from, body));
  expect(res.status).toBe(200);
  return app.twilioApi.waitForMessages(count, 10_000);
}

const languageOf = async (phone: string) =>
  (
    await sql<{ language: string | null; language_set_by: string | null }>(
      'select language, language_set_by from contacts where phone = ?',
      [phone],
    )
  )[0];

describe('replies in the language people write in (en, pt, es)', () => {
  it('books in Portuguese: "queria 3 bilhetes gerais" gets the summary in Portuguese, and "1" reserves in Portuguese', async () => {
    const phone = '+15550178001';
    const [summary] = await say(phone, 'queria 3 bilhetes gerais');
    expect(summary?.body).toMatch(/3 × General Admission a \d+,\d{2}\s€ = \d+,\d{2}\s€/);
    expect(summary?.body).toContain('Posso reservar?');
    expect(summary?.body).toMatch(/1\. Confirmar\n2\. Cancelar/);
    expect(await languageOf(phone)).toEqual({ language: 'pt', language_set_by: 'detected' });

    // "1" says nothing about a language: the remembered one answers.
    const [reserved] = await say(phone, '1');
    expect(reserved?.body).toMatch(/^Reservado: 3 bilhetes, General Admission — encomenda DS26-/);
    expect(reserved?.body).toMatch(/Guardo os seus lugares até às \d{2}:\d{2} \(hora do evento\)/);
  });

  it('answers "¿dónde se puede aparcar?" with the parking answer in Spanish', async () => {
    const phone = '+15550178002';
    const [answer] = await say(phone, '¿dónde se puede aparcar?');
    expect(answer?.body).toBe(
      'Sí, el aparcamiento subterráneo de la Praça das Indústrias tiene 400 plazas; los asistentes tienen un 50% de descuento con su acreditación.',
    );
    expect(await languageOf(phone)).toEqual({ language: 'es', language_set_by: 'detected' });
  });

  it('answers a FAQ in English to English speakers, as written in the event file', async () => {
    const [answer] = await say('+15550178003', 'is there parking at the venue?');
    expect(answer?.body).toMatch(/^Yes, the underground car park at Praca das Industrias has 400 spaces/);
  });

  it('answers a French message in English, with a note that we speak English, Portuguese and Spanish', async () => {
    const phone = '+15550178004';
    const [note, answer] = await say(phone, "bonjour, est-ce qu'il y a un parking près du centre ?", 2);
    expect(note?.body).toBe(
      "(Sorry, I only speak English, Português and Español, so I'll answer in English.)",
    );
    expect(answer?.body).toBeTruthy();
    expect(answer?.body).not.toMatch(/Sí|Sim/);
    expect(await languageOf(phone)).toEqual({ language: null, language_set_by: null });
  });

  it('switches on request ("fala português", "speak English", "en español"), confirms in the new language, and keeps it', async () => {
    const phone = '+15550178005';
    const [pt] = await say(phone, 'fala português');
    expect(pt?.body).toBe('Combinado — a partir de agora respondo em português.');
    expect(await languageOf(phone)).toEqual({ language: 'pt', language_set_by: 'asked' });

    const [en] = await say(phone, 'can you speak English please?');
    expect(en?.body).toBe("OK — I'll answer in English from now on.");

    // Asked for English, they may still write Portuguese: the answer stays in English.
    const [still] = await say(phone, 'quero 2 bilhetes vip');
    expect(still?.body).toMatch(/2 × VIP at €499\.00 = €998\.00/);
    await say(phone, '2');

    const [es] = await say(phone, 'en español por favor');
    expect(es?.body).toBe('De acuerdo — a partir de ahora te respondo en español.');
    const [summary] = await say(phone, '2 VIP tickets');
    expect(summary?.body).toMatch(/2 × VIP a 499,00\s€ = 998,00\s€/);
    expect(await languageOf(phone)).toEqual({ language: 'es', language_set_by: 'asked' });
  });
});
