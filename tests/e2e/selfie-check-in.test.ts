import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateContext } from '../../core/services/faces/face-record.js';
import { openTemplate } from '../../core/services/faces/face-template-cipher.js';
import { personalDataErasers } from '../../core/skills/forget-me.js';
import { runFaceDataExpiry } from '../../jobs/face-data-expiry.job.js';
import type { RecordedTwilioMessage } from '../fakes/fake-twilio-api.js';
import { blurredFacePhoto, facePhoto, sidewaysPhoneSelfie, tinyFacePhoto } from '../support/face-fixtures.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { ticketHolder as holdTickets } from '../support/ticket-holder.js';
import { postTwilio, whatsappText, whatsappVoiceNote } from '../support/twilio-client.js';

/**
 * Selfie check-in through the real media path: signed Twilio webhooks whose MediaUrl0 the fake Twilio API
 * serves only with Basic auth, the real worker, the real face engine on the fixture portraits. One app (one
 * model load) for the whole file.
 */
const INBOUND = '/webhooks/twilio/whatsapp';
const EVENT_ID = 'devsummit-2026';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // The event runs today (in Lisbon), so selfie check-in is open.
  await sql(
    `update events set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 day' where id = ?`,
    [EVENT_ID],
  );
});
afterAll(async () => {
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);

/** A confirmed VIP order with `count` valid tickets for a new contact; returns the ticket references. */
const ticketHolder = (phone: string, count = 1) => holdTickets(app, { eventId: EVENT_ID, phone, count });

async function say(from: string, body: string, count = 1): Promise<RecordedTwilioMessage[]> {
  app.twilioApi.reset();
  expect((await postTwilio(app.baseUrl, INBOUND, whatsappText(from, body))).status).toBe(200);
  return app.twilioApi.waitForMessages(count, 10_000);
}

/** Sends a photo as WhatsApp does (Twilio media URL, Basic auth) and waits for `count` replies. */
async function sendPhoto(
  from: string,
  photo: Buffer,
  count = 1,
  contentType = 'image/jpeg',
): Promise<RecordedTwilioMessage[]> {
  app.twilioApi.reset();
  const url = app.twilioApi.addMedia(photo, contentType);
  // A photo arrives like a voice note: NumMedia=1 and the media's type (whatsappVoiceNote is the generic shape).
  const res = await postTwilio(app.baseUrl, INBOUND, whatsappVoiceNote(from, url, contentType));
  expect(res.status).toBe(200);
  return app.twilioApi.waitForMessages(count, 20_000);
}

async function consentAndEnrol(phone: string): Promise<void> {
  const [question] = await say(phone, 'selfie check-in');
  expect(question?.body).toContain('What I keep: a face template');
  expect(question?.body).toMatch(/1\. Yes, I agree\n2\. No, QR only/);
  const [prompt] = await say(phone, '1');
  expect(prompt?.body).toMatch(/^Thanks! Now send me a selfie/);
  const [enrolled] = await sendPhoto(phone, facePhoto('obama'));
  expect(enrolled?.body).toMatch(/^You're enrolled ✅/);
}

const faceRow = async (phone: string) =>
  (
    await sql<{
      contact_id: string;
      consent_given: boolean;
      consent_date: Date;
      consent_withdrawn_at: Date | null;
      descriptor_encrypted: Buffer | null;
      iv: Buffer | null;
      auth_tag: Buffer | null;
      key_id: string | null;
      expires_at: Date;
    }>(
      `select f.* from facial_recognition_data f join contacts c on c.id = f.contact_id
        where c.phone = ? and f.event_id = ?`,
      [phone, EVENT_ID],
    )
  )[0];

const auditActions = async (phone: string) =>
  (
    await sql<{ action: string; details: Record<string, unknown> }>(
      `select a.action, a.details from audit_log a join contacts c on c.id::text = a.subject
        where c.phone = ? order by a.created_at, a.action`,
      [phone],
    )
  ).map((r) => r.action);

describe('selfie check-in on WhatsApp', () => {
  it('consent, enrolment with obama.jpg (stored encrypted only), biden refused with advice, obama2 checks in once', async () => {
    const phone = '+15550199001';
    const [reference] = await ticketHolder(phone, 2);
    await consentAndEnrol(phone);

    const row = await faceRow(phone);
    expect(row).toMatchObject({ consent_given: true, consent_withdrawn_at: null, key_id: 'dev' });
    // 128 float32 = 512 bytes of AES-GCM ciphertext: not a readable vector (random-looking floats, not the
    // template's small values), while the key does open it to a descriptor.
    expect(row!.descriptor_encrypted).toHaveLength(512);
    const asFloats = new Float32Array(new Uint8Array(row!.descriptor_encrypted!).buffer);
    expect(asFloats.some((v) => !Number.isFinite(v) || Math.abs(v) > 10)).toBe(true);
    const descriptor = openTemplate(
      app.deps.skillDeps.faces.keyring,
      { ciphertext: row!.descriptor_encrypted!, iv: row!.iv!, authTag: row!.auth_tag!, keyId: row!.key_id! },
      templateContext(EVENT_ID, row!.contact_id),
    );
    expect(descriptor.every((v) => Math.abs(v) < 1)).toBe(true);
    // Retention: deleted 7 days after the event ends.
    const [event] = await sql<{ ends_at: Date }>('select ends_at from events where id = ?', [EVENT_ID]);
    expect(new Date(row!.expires_at).getTime() - new Date(event!.ends_at).getTime()).toBe(7 * 86_400_000);
    // The photo was fetched with the account's credentials, and is nowhere in the database.
    expect(app.twilioApi.mediaRequests.map((r) => r.status)).toEqual([200]);

    const [mismatch] = await sendPhoto(phone, facePhoto('biden'));
    expect(mismatch?.body).toMatch(/doesn't match your enrolment closely enough\. Let's try once more/);

    const [welcome] = await sendPhoto(phone, facePhoto('obama2'));
    expect(welcome?.body).toContain(
      `✅ Welcome to DevSummit Lisbon 2026, Test Person! You're checked in (ticket ${reference})`,
    );
    expect(welcome?.body).toContain('Badges are at the registration desk in the main entrance hall');
    expect(welcome?.body).toContain(
      'You have 1 more ticket on this number: your guests check in with their QR codes.',
    );
    const logs = await sql<{
      method: string;
      distance: number;
      confidence_score: number;
      checked_in_by: string;
    }>(
      `select l.method, l.distance, l.confidence_score, l.checked_in_by from check_in_logs l
         join tickets k on k.id = l.ticket_id where k.reference = ?`,
      [reference],
    );
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ method: 'selfie', checked_in_by: 'whatsapp' });
    expect(logs[0]!.distance).toBeLessThan(0.55);
    expect(logs[0]!.confidence_score).toBeCloseTo(1 - logs[0]!.distance, 3);

    // A second check-in of the same ticket is refused kindly.
    const [again] = await sendPhoto(phone, facePhoto('obama3'));
    expect(again?.body).toMatch(/^You're already checked in — since \d\d:\d\d today/);
    expect(await auditActions(phone)).toEqual(['face.consent_given', 'face.enrolled', 'face.verify_failed']);
  });

  it('obama3.jpg is accepted against the obama.jpg enrolment', async () => {
    const phone = '+15550199002';
    const [reference] = await ticketHolder(phone);
    await consentAndEnrol(phone);
    const [welcome] = await sendPhoto(phone, facePhoto('obama3'));
    expect(welcome?.body).toContain(`You're checked in (ticket ${reference})`);
  });

  it('a phone selfie stored sideways with an EXIF orientation is turned upright and accepted', async () => {
    const phone = '+15550199011';
    const [reference] = await ticketHolder(phone);
    await consentAndEnrol(phone);
    const [welcome] = await sendPhoto(phone, await sidewaysPhoneSelfie());
    expect(welcome?.body).toContain(`You're checked in (ticket ${reference})`);
  });

  it('two selfies that do not match: advice first, then the QR code instead', async () => {
    const phone = '+15550199003';
    const [reference] = await ticketHolder(phone);
    await consentAndEnrol(phone);
    const [advice] = await sendPhoto(phone, facePhoto('biden'));
    expect(advice?.body).toMatch(/Let's try once more/);
    const fallback = await sendPhoto(phone, facePhoto('biden'), 3);
    expect(fallback[0]?.body).toMatch(/I still can't confirm it's you from the selfie/);
    expect(fallback[1]?.body).toContain(reference);
    expect(fallback[2]?.mediaUrl[0]).toMatch(/\/media\/tickets\//);
    const [ticket] = await sql<{ checked_in_at: Date | null }>(
      'select checked_in_at from tickets where reference = ?',
      [reference],
    );
    expect(ticket?.checked_in_at).toBeNull();
  });

  it('no face, two faces, a tiny face, a blurred face, a non-image and a 20 MB file each get their own reply', async () => {
    const phone = '+15550199004';
    await ticketHolder(phone);
    const [question] = await say(phone, 'check me in');
    expect(question?.body).toContain('Do you agree?');
    await say(phone, 'yes');

    const cases: [Buffer, RegExp][] = [
      [facePhoto('no_face'), /couldn't find a face in that photo/],
      [facePhoto('two_people'), /more than one face/],
      [await tinyFacePhoto(), /face is too small/],
      [await blurredFacePhoto(), /too blurry/],
      [Buffer.from('this is not a picture at all'), /couldn't open that as a photo/],
      [Buffer.alloc(20 * 1024 * 1024, 0xff), /too big for me \(16 MB at most\)/],
    ];
    for (const [photo, reply] of cases) {
      const [answer] = await sendPhoto(phone, photo);
      expect(answer?.body).toMatch(reply);
    }
    // None of them enrolled anyone.
    expect((await faceRow(phone))?.descriptor_encrypted).toBeNull();
  });

  it('without consent a selfie is not even downloaded; after "No, QR only" the ticket QR code is the way in', async () => {
    const phone = '+15550199005';
    const [reference] = await ticketHolder(phone);
    const [asked] = await sendPhoto(phone, facePhoto('obama'));
    expect(asked?.body).toMatch(
      /I haven't looked at it: I only read faces for selfie check-in, and only after you agree/,
    );
    expect(asked?.body).toMatch(/1\. Selfie check-in\n2\. My QR code/);
    expect(app.twilioApi.mediaRequests).toEqual([]);

    await say(phone, 'selfie check-in');
    const qr = await say(phone, 'no', 3);
    expect(qr[0]?.body).toMatch(/^No problem — no selfie needed\. You chose QR check-in/);
    expect(qr[1]?.body).toContain(reference);
    expect(qr[2]?.mediaUrl).toHaveLength(1);
    const row = await faceRow(phone);
    expect(row).toMatchObject({ consent_given: false, descriptor_encrypted: null });
    expect(row?.consent_date).toBeTruthy();

    // Check-in by selfie without consent is refused, with the QR code instead; the photo is not fetched.
    const refused = await sendPhoto(phone, facePhoto('obama'), 3);
    expect(refused[0]?.body).toMatch(/You chose QR check-in, so I didn't look at it/);
    expect(refused[2]?.mediaUrl).toHaveLength(1);
    expect(app.twilioApi.mediaRequests).toEqual([]);
    expect(await auditActions(phone)).toEqual(['face.consent_refused']);

    // Changing one's mind: "Use a selfie instead" asks the consent question again.
    const [reminder] = await say(phone, 'selfie check-in', 3);
    expect(reminder?.body).toMatch(
      /^You chose QR check-in: show this code at the entrance.*\n\n1\. Use a selfie instead$/s,
    );
    const [again] = await say(phone, '1');
    expect(again?.body).toContain('Do you agree?');
  });

  it('two selfies at once check the ticket in exactly once', async () => {
    const phone = '+15550199006';
    const [reference] = await ticketHolder(phone);
    await consentAndEnrol(phone);
    app.twilioApi.reset();
    await Promise.all(
      ['obama2', 'obama3'].map(async (name) => {
        const url = app.twilioApi.addMedia(facePhoto(name as 'obama2'), 'image/jpeg');
        const res = await postTwilio(app.baseUrl, INBOUND, whatsappVoiceNote(phone, url, 'image/jpeg'));
        expect(res.status).toBe(200);
      }),
    );
    const replies = (await app.twilioApi.waitForMessages(2, 20_000)).map((m) => m.body);
    expect(replies.filter((b) => b?.includes('Welcome'))).toHaveLength(1);
    expect(replies.filter((b) => b?.startsWith("You're already checked in"))).toHaveLength(1);
    const [logs] = await sql<{ n: string }>(
      `select count(*) as n from check_in_logs l join tickets k on k.id = l.ticket_id where k.reference = ?`,
      [reference],
    );
    expect(logs?.n).toBe('1');
  });

  it('"delete my face data" deletes the template at once and records the withdrawal', async () => {
    const phone = '+15550199007';
    await ticketHolder(phone);
    await consentAndEnrol(phone);
    const [done] = await say(phone, 'delete my face data');
    expect(done?.body).toMatch(/^Done — your face template is deleted and selfie check-in is off/);
    const row = await faceRow(phone);
    expect(row).toMatchObject({ consent_given: false, descriptor_encrypted: null, iv: null, key_id: null });
    expect(row?.consent_withdrawn_at).toBeTruthy();
    expect(await auditActions(phone)).toContain('face.deleted');
  });

  it('"forget me" asks, then removes the face data row and logs counts only', async () => {
    const phone = '+15550199008';
    await ticketHolder(phone);
    await consentAndEnrol(phone);
    const [question] = await say(phone, 'forget me');
    expect(question?.body).toMatch(
      /I'll delete what I hold about you for DevSummit Lisbon 2026 — .*face data.*conversation history/,
    );
    expect(question?.body).toMatch(/Your tickets and orders stay/);
    const [done] = await say(phone, '1');
    expect(done?.body).toMatch(
      /^Done — I deleted your face data, conversation history for DevSummit Lisbon 2026\.\nYour tickets and orders stay valid/,
    );
    expect(await faceRow(phone)).toBeUndefined();
    // The enrolment conversation ("selfie check-in", our consent question and answers) is blanked; the
    // confirming "1" (still being handled then) and the reply remain. The tickets stay.
    const texts = (
      await sql<{ body: string }>(
        `select m.body from messages m join contacts c on c.id = m.contact_id
          where c.phone = ? and m.body <> '' order by m.created_at`,
        [phone],
      )
    ).map((t) => t.body);
    expect(texts).toContain('1');
    expect(texts.at(-1)).toMatch(/^Done — I deleted/);
    expect(texts.filter((t) => /selfie check-in|Do you agree|send me a selfie|enrolled/.test(t))).toEqual([]);
    const [tickets] = await sql<{ n: string }>(
      `select count(*) as n from tickets k join orders o on o.id = k.order_id join contacts c on c.id = o.contact_id
        where c.phone = ? and k.status = 'valid'`,
      [phone],
    );
    expect(tickets?.n).toBe('1');
    const [audit] = await sql<{ details: unknown; actor: string }>(
      `select details, actor from audit_log where action = 'privacy.forget_me' and subject = (select id::text from contacts where phone = ?)`,
      [phone],
    );
    // One count per eraser in the shared list; this person had face data and a conversation, nothing else.
    expect(audit?.details).toEqual({
      counts: Object.fromEntries(
        personalDataErasers.map(({ what }) => [
          what,
          what === 'face data' ? 1 : what === 'conversation history' ? expect.any(Number) : 0,
        ]),
      ),
    });
    expect(JSON.stringify(audit)).not.toContain(phone);
  });

  it('the expiry job deletes face data whose retention has passed, and audits it', async () => {
    const phone = '+15550199009';
    await ticketHolder(phone);
    await consentAndEnrol(phone);
    const keep = '+15550199002';
    expect(await faceRow(keep)).toBeDefined();
    await sql(
      `update facial_recognition_data set expires_at = now() - interval '1 minute'
        where contact_id = (select id from contacts where phone = ?)`,
      [phone],
    );
    expect(await runFaceDataExpiry({ em: app.deps.db.em, clock: () => new Date() })).toBe(1);
    expect(await faceRow(phone)).toBeUndefined();
    expect(await faceRow(keep)).toBeDefined();
    const [audit] = await sql<{ details: unknown; actor: string }>(
      `select details, actor from audit_log where action = 'face.expired'`,
    );
    expect(audit).toEqual({ details: { rows: 1 }, actor: 'system:face-data-expiry' });
    expect(await runFaceDataExpiry({ em: app.deps.db.em, clock: () => new Date() })).toBe(0);
  });

  it('before the event day a selfie from an enrolled person is not used, with the opening date', async () => {
    const phone = '+15550199010';
    await ticketHolder(phone);
    await consentAndEnrol(phone);
    await sql(
      `update events set starts_at = now() + interval '17 days', ends_at = now() + interval '18 days' where id = ?`,
      [EVENT_ID],
    );
    try {
      const [early] = await sendPhoto(phone, facePhoto('obama2'));
      expect(early?.body).toMatch(/^Check-in opens on \w+day \d+ \w+ \(event time\)/);
    } finally {
      await sql(
        `update events set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 day' where id = ?`,
        [EVENT_ID],
      );
    }
  });
});
