import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDay, zoneName } from '../../core/i18n/format-event-day.js';
import { translate } from '../../core/i18n/translate.js';
import type { RecordedTwilioMessage } from '../fakes/fake-twilio-api.js';
import { holderCancels, soldOutTo } from '../support/sold-out-tier.js';
import { keepDemoEventOnSale, startTestApp, type TestApp } from '../support/start-test-app.js';
import { postTwilio, whatsappText } from '../support/twilio-client.js';
import { messagesTo, nextMessageTo } from '../support/whatsapp-inbox.js';

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

/** Posts a signed inbound text and waits for the next message to that person matching `expected`. */
async function sayAndWait(phone: string, body: string, expected: RegExp): Promise<RecordedTwilioMessage> {
  const before = messagesTo(app, phone).length;
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappText(phone, body));
  expect(res.status).toBe(200);
  return nextMessageTo(app, phone, expected, before);
}

/** A catalog text as a literal pattern (the expected words come from the catalogs, never copies of them). */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const EVENT = 'DevSummit Lisbon 2026';
const ZONE = 'Europe/Lisbon';

describe('waiting list, agenda, networking and check-in in Portuguese and Spanish', () => {
  it('a Portuguese speaker joins the VIP waiting list, gets the offer in Portuguese, claims it, and reads the agenda', async () => {
    const phone = '+15550178011';
    const pt = (id: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
      translate('pt', id, values);
    const holder = await soldOutTo(app, 'vip', 2);

    const joined = await sayAndWait(phone, 'quero entrar na lista de espera do VIP, somos 2', /VIP/);
    expect(joined.body).toContain(
      pt('waitlist.joined', { tier: 'VIP', size: 2, place: pt('waitlist.first') }),
    );
    expect(joined.body).toContain(pt('waitlist.claimWindow', { minutes: 30 }).slice(0, 40));
    expect(joined.body).toMatch(
      new RegExp(`1\\. ${pt('waitlist.whereAmI').replace('?', '\\?')}\n2\\. ${pt('waitlist.leaveList')}`),
    );
    expect(await languageOf(phone)).toEqual({ language: 'pt', language_set_by: 'detected' });

    // Seats free up: the offer comes in the remembered language, with Portuguese Claim / Pass.
    const before = messagesTo(app, phone).length;
    await holderCancels(app, holder);
    const offer = await nextMessageTo(app, phone, literally(pt('offer.howTo')), before);
    expect(offer.body).toMatch(/998,00\s€ no total \(499,00\s€ cada\)/);
    expect(offer.body).toMatch(new RegExp(`1\\. ${pt('offer.claim')}\n2\\. ${pt('offer.pass')}`));

    // "1" claims: a paid tier, so the seats are reserved for payment — in Portuguese.
    const reserved = await sayAndWait(phone, '1', /Reservado/);
    expect(reserved.body).toMatch(/^Reservado: 2 bilhetes, VIP — encomenda DS26-/);

    // The agenda: a day's programme (the sessions stay on 10 December while the sale dates move), its day and zone in Portuguese (Intl, the event's zone).
    const agenda = await sayAndWait(phone, 'qual é o programa de 10 de dezembro?', /DevSummit/);
    const firstDay = new Date('2026-12-10T09:00:00Z');
    expect(agenda.body?.split('\n')[0]).toBe(
      pt('agenda.header', {
        event: EVENT,
        day: longDay(firstDay, ZONE, 'pt'),
        zone: zoneName(ZONE, 'pt', firstDay),
      }),
    );
    expect(agenda.body?.split('\n')[0]).toBe(
      `${EVENT} — quinta-feira, 10 de dezembro (hora da Europa Ocidental):`,
    );
    expect(agenda.body).toMatch(/\n• \d{2}:\d{2}–\d{2}:\d{2} /);
  });

  it('a Spanish-speaking attendee asks "a quien deberia conocer" and gets the suggestions in Spanish', async () => {
    const emeka = '+15550100105';
    const list = await sayAndWait(emeka, 'a quien deberia conocer', /Bob/);
    expect(list.body).toContain(
      translate('es', 'net.worthMeeting', { event: EVENT, lines: '' }).split('\n')[0],
    );
    expect(list.body).toMatch(literally(`. ${translate('es', 'net.meet', { name: 'Bob Chen' })}`));
    expect(await languageOf(emeka)).toEqual({ language: 'es', language_set_by: 'detected' });

    // Taking the first suggestion asks for a time in Spanish, the slot buttons numbered.
    const slots = await sayAndWait(emeka, '1', /Bob/);
    expect(slots.body).toContain(translate('es', 'net.chooseTime', { first: 'Bob' }));
    expect(slots.body).toMatch(/Elige una hora \(jue, 10 de diciembre\) y envío la solicitud:/);

    // Bob (English) asks to meet Emeka: the invitation reaches Emeka in Emeka's language, Spanish buttons too.
    const bob = '+15550100102';
    await sayAndWait(bob, 'I would like to meet Emeka Obi', /When would you like to meet Emeka\?/);
    const before = messagesTo(app, emeka).length;
    await sayAndWait(bob, '1', /I've asked Emeka Obi to meet you/);
    const invitation = await nextMessageTo(app, emeka, /Bob Chen/, before);
    const [opening] = translate('es', 'meeting.inviteRole', {
      name: 'Bob Chen',
      role: 'Founder, Calmware',
      slot: '',
    }).split(':');
    expect(invitation.body).toContain(`${opening}: jue, 10 de diciembre, `);
    expect(invitation.body).toMatch(
      new RegExp(
        `1\\. ${translate('es', 'meeting.accept')}\n2\\. ${translate('es', 'meeting.decline')}\n3\\. ${translate('es', 'meeting.otherTime')}`,
      ),
    );
  });

  it('check-in in Spanish: no ticket yet, then after booking a free pass the consent question and the selfie prompt', async () => {
    const phone = '+15550178012';
    const es = (id: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
      translate('es', id, values);
    const noTicket = await sayAndWait(phone, 'quiero hacer el check-in con selfie', /entrada/);
    expect(noTicket.body).toContain(es('checkin.noTicket', { event: EVENT }));

    await sayAndWait(phone, 'quiero 1 entrada expo', /Expo Pass/);
    await sayAndWait(phone, '1', /Expo Pass/);

    const consent = await sayAndWait(phone, 'quiero hacer el check-in con selfie', /selfie/);
    const firstLine = es('checkin.consent', { event: EVENT, day: '' }).split('\n')[0]!;
    expect(consent.body?.startsWith(firstLine)).toBe(true);
    expect(consent.body).toMatch(new RegExp(`1\\. ${es('checkin.agree')}\n2\\. ${es('checkin.qrOnly')}`));
    const prompt = await sayAndWait(phone, '1', /selfie/);
    expect(prompt.body).toBe(es('checkin.enrolPrompt'));
  });
});
