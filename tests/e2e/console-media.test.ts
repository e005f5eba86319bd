import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_MEDIA_MAX_BYTES } from '../../adapters/channels/console/parse-console-message.js';
import { isTransientMediaUrl } from '../../adapters/media/transient-media.js';
import { VoiceMediaError } from '../../core/ports/voice-media.js';
import { synthesiseNote } from '../../scripts/voice/synthesise-note.js';
import { testRedisUrl } from '../setup/test-database.js';
import { type ConsoleSession, consoleClient, consoleLogin } from '../support/console-client.js';
import { facePhoto } from '../support/face-fixtures.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { ticketHolder } from '../support/ticket-holder.js';

/**
 * Photos and voice notes from the web console, through the real server, Redis and worker: selfie check-in
 * end to end (consent, enrolment, verification) and a voice note answered; the uploads are held in Redis
 * only until the worker takes them. One app (one face-model load) for the file.
 */
const EVENT_ID = 'devsummit-2026';

let app: TestApp;
let session: ConsoleSession;
let redis: Redis;
beforeAll(async () => {
  // As the demo runs it: the console is on, entered by its one-time link, and speaks as ticket holders.
  app = await startTestApp({ mode: 'demo' });
  session = await consoleLogin(app.consoleLoginUrl!);
  redis = new Redis(testRedisUrl());
  // The event runs today (in Lisbon), so selfie check-in verifies.
  await sql(
    `update events set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 day' where id = ?`,
    [EVENT_ID],
  );
});
afterAll(async () => {
  redis?.disconnect();
  await app?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => app.deps.db.em.fork().execute<T[]>(query, params);
const heldUploads = () => redis.keys(`${app.deps.config.queuePrefix}:transient-media:*`);
const inboundRows = (phone: string) =>
  sql<{ kind: string; body: string; status: string; payload: { mediaUrl?: string } }>(
    `select kind, body, status, payload from messages where address = ? and direction = 'in' order by created_at`,
    [phone],
  );

/** Whatever a held upload's URL was, the worker's downloader cannot get it a second time. */
async function expectGone(mediaUrl: string | undefined): Promise<void> {
  expect(mediaUrl && isTransientMediaUrl(mediaUrl)).toBe(true);
  const again = app.deps.media.downloader.download(mediaUrl!, { maxBytes: CONSOLE_MEDIA_MAX_BYTES });
  await expect(again).rejects.toBeInstanceOf(VoiceMediaError);
  await expect(again).rejects.toMatchObject({ reason: 'download_failed' });
}

describe('photos and voice notes from the console', () => {
  it('selfie check-in: consent, enrolment with obama.jpg, verification with obama2.jpg; no photo kept', async () => {
    const phone = '+15550177001';
    const [reference] = await ticketHolder(app, { eventId: EVENT_ID, phone });
    const chat = consoleClient(app.baseUrl, session, EVENT_ID, phone);

    const [question] = await chat.say('selfie check-in');
    expect(question).toContain('What I keep: a face template');
    const [prompt] = await chat.say('1');
    expect(prompt).toMatch(/^Thanks! Now send me a selfie/);

    const [enrolled] = await chat.send(facePhoto('obama'), 'image/jpeg');
    expect(enrolled).toMatch(/^You're enrolled ✅/);
    const [welcome] = await chat.send(facePhoto('obama2'), 'image/jpeg');
    expect(welcome).toContain(
      `✅ Welcome to DevSummit Lisbon 2026, Test Person! You're checked in (ticket ${reference})`,
    );
    const logs = await sql<{ method: string; checked_in_by: string }>(
      `select l.method, l.checked_in_by from check_in_logs l join tickets k on k.id = l.ticket_id
        where k.reference = ?`,
      [reference],
    );
    expect(logs).toEqual([{ method: 'selfie', checked_in_by: 'console' }]);

    // The photos were taken from Redis once and deleted; the rows hold only a token URL, no bytes.
    const photos = (await inboundRows(phone)).filter((r) => r.kind === 'image');
    expect(photos).toHaveLength(2);
    for (const photo of photos) {
      expect(photo.status).toBe('handled');
      expect(JSON.stringify(photo.payload).length).toBeLessThan(1000);
      await expectGone(photo.payload.mediaUrl);
    }
    expect(await heldUploads()).toEqual([]);
    // The console shows the person's own photos as a label only.
    const shown = (await chat.read()).filter((m) => m.direction === 'in').map((m) => m.message);
    expect(shown.filter((m) => m.kind === 'media')).toEqual([
      { kind: 'media', media: 'photo', text: '📷 photo' },
      { kind: 'media', media: 'photo', text: '📷 photo' },
    ]);
  }, 60_000);

  it('a photo from someone who has not agreed is never downloaded, and is dropped once handled', async () => {
    const phone = '+15550177002';
    const chat = consoleClient(app.baseUrl, session, EVENT_ID, phone);
    const [answer] = await chat.send(facePhoto('obama'), 'image/jpeg');
    expect(answer).toMatch(/^Thanks for the photo! I haven't looked at it/);
    const [photo] = await inboundRows(phone);
    await expectGone(photo?.payload.mediaUrl);
    expect(await heldUploads()).toEqual([]);
  });

  it('a voice note is transcribed and answered, and its audio is gone afterwards', async () => {
    const phone = '+15550177003';
    const chat = consoleClient(app.baseUrl, session, EVENT_ID, phone);
    const [heard, answer] = await chat.send(synthesiseNote("what's the wifi password"), 'audio/ogg', 2);
    expect(heard).toMatch(/^🎤 I heard: “what's the wi-?fi password”$/);
    expect(answer).toMatch(/DevSummit-Guest/);
    const [note] = await inboundRows(phone);
    expect(note).toMatchObject({ kind: 'audio', status: 'handled' });
    await expectGone(note?.payload.mediaUrl);
    expect(await heldUploads()).toEqual([]);
    const shown = (await chat.read()).find((m) => m.direction === 'in');
    expect(shown?.message).toEqual({ kind: 'media', media: 'voice', text: '🎤 voice note' });
  }, 30_000);

  it('refuses what is not a photo or voice note, too big or badly addressed, and stores nothing', async () => {
    const phone = '+15550177004';
    const chat = consoleClient(app.baseUrl, session, EVENT_ID, phone);
    const refused = async (res: Response) => ({
      status: res.status,
      error: ((await res.json()) as { error: string }).error,
    });

    expect(await refused(await chat.upload(Buffer.from('hello'), 'text/plain'))).toEqual({
      status: 415,
      error: "That file can't be sent here. Send a photo (JPEG, PNG or WebP) or a voice note (audio).",
    });
    expect(await refused(await chat.upload(Buffer.from('<svg/>'), 'image/svg+xml'))).toMatchObject({
      status: 415,
      error: expect.stringMatching(/^That kind of picture can't be sent here/),
    });
    expect(await refused(await chat.upload(Buffer.alloc(CONSOLE_MEDIA_MAX_BYTES + 1), 'image/jpeg'))).toEqual(
      { status: 413, error: 'That file is too big to send: the limit is 16 MB, as on WhatsApp.' },
    );
    expect(await refused(await chat.upload(Buffer.alloc(0), 'audio/ogg'))).toEqual({
      status: 400,
      error: 'That file is empty — nothing was sent.',
    });
    const noSender = await fetch(`${app.baseUrl}/console/api/media?event=${EVENT_ID}`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'image/jpeg' },
      body: new Uint8Array(facePhoto('obama')),
    });
    expect(await refused(noSender)).toEqual({
      status: 400,
      error: 'Choose who you are, or type a phone number ("from" is missing).',
    });
    const otherEvent = consoleClient(app.baseUrl, session, 'no-such-event', phone);
    expect(await refused(await otherEvent.upload(facePhoto('obama'), 'image/jpeg'))).toMatchObject({
      status: 404,
    });

    expect(await inboundRows(phone)).toEqual([]);
    expect(await heldUploads()).toEqual([]);
  });

  it('the same upload retried under one client id is stored and answered once', async () => {
    const phone = '+15550177005';
    const chat = consoleClient(app.baseUrl, session, EVENT_ID, phone);
    const note = synthesiseNote("what's the wifi password");
    const responses = await Promise.all([
      chat.upload(note, 'audio/ogg', 'retry-0001'),
      chat.upload(note, 'audio/ogg', 'retry-0001'),
    ]);
    expect(responses.map((r) => r.status)).toEqual([202, 202]);
    const replies = async () => (await chat.read()).filter((m) => m.direction === 'out');
    await expect.poll(async () => (await replies()).length, { timeout: 15_000 }).toBe(2);
    expect(await inboundRows(phone)).toHaveLength(1);
    // The repeat's own copy was dropped at once, not left to its TTL.
    expect(await heldUploads()).toEqual([]);
  }, 30_000);
});
