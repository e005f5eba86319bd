import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, DeliveryStatus, InboundMessage, OutboundMessage } from '../../core/messages.js';
import { recordInbound } from '../../core/pipeline/record-inbound.js';
import { resolveChoice } from '../../core/pipeline/resolve-choice.js';
import { ChannelSendError, type SendResult } from '../../core/ports/channel-sender.js';
import { applyDeliveryStatus } from '../../core/services/outbox/apply-delivery-status.js';
import { enqueueReplies } from '../../core/services/outbox/enqueue-replies.js';
import { type Db, initDb } from '../../db/orm.js';
import { createTestDatabase } from '../setup/test-database.js';

export type ParseResult = { ok: true; message: InboundMessage } | { ok: false; reason: string };
export type InboundKind = 'text' | 'voice' | 'photo' | 'location' | 'contact';

/** What the person received, as the provider got it: text, or an image (by URL or as bytes). */
export interface Delivered {
  to: string;
  text?: string;
  image?: { url?: string; bytes?: Buffer };
  caption?: string;
}

/** Shared test material: media bytes and an image server (a QR ticket PNG) every channel may fetch from. */
export interface ContractMedia {
  voiceNote: Buffer;
  photo: Buffer;
  ticketPng: Buffer;
  ticketUrl: string;
}

/** One channel adapter as the contract drives it: build its wire form of a message, then parse it. */
export interface ChannelUnderTest {
  channel: ChannelName;
  /** The provider's own form of an inbound message of this kind (webhook params, a library Message…). */
  wire(kind: InboundKind, opts: { from: string; text?: string }): unknown;
  parse(wire: unknown): Promise<ParseResult>;
  /** Reads a parsed voice note's or photo's media URL the way the worker does. */
  readMedia(url: string): Promise<{ data: Buffer; contentType: string }>;
  send(to: string, message: OutboundMessage): Promise<SendResult>;
  delivered(): Delivered[];
  failNextSend(kind: 'permanent' | 'transient'): void;
  /** The provider's status report for a sent message, parsed; null for reports we do not track. */
  status(
    providerMessageId: string,
    step: 'sent' | 'delivered' | 'read' | 'failed',
  ): {
    providerMessageId: string;
    status: DeliveryStatus;
  } | null;
  close(): Promise<void>;
}

export async function startContractMedia(): Promise<ContractMedia & { close(): Promise<void> }> {
  // A real PNG (1×1) so anything that sniffs the bytes is satisfied.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/tickets/')) {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.byteLength }).end(png);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    voiceNote: Buffer.concat([Buffer.from('OggS'), Buffer.alloc(2000, 7)]),
    photo: readFileSync(new URL('../fixtures/faces/obama.jpg', import.meta.url)),
    ticketPng: png,
    ticketUrl: `http://127.0.0.1:${port}/tickets/T-1234.png`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const PERSON = '+15550100101';

/**
 * The contract every channel adapter passes. A new channel adds one `describeChannelContract(...)` line in
 * channels.test.ts. Storage and status moves run on real Postgres: dedupe and forward-only are the
 * database's job, and the contract proves each channel feeds it ids and statuses it can use.
 */
export function describeChannelContract(
  name: string,
  start: (media: ContractMedia) => Promise<ChannelUnderTest>,
): void {
  describe(`channel contract: ${name}`, () => {
    let subject: ChannelUnderTest;
    let media: Awaited<ReturnType<typeof startContractMedia>>;
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let db: Db;

    beforeAll(async () => {
      media = await startContractMedia();
      database = await createTestDatabase();
      db = await initDb(database.url, { poolMax: 2 });
      subject = await start(media);
    });
    afterAll(async () => {
      await subject?.close();
      await db?.close(true);
      await database?.drop();
      await media?.close();
    });

    const parsed = async (kind: InboundKind, text?: string) => {
      const result = await subject.parse(subject.wire(kind, { from: PERSON, ...(text ? { text } : {}) }));
      if (!result.ok) throw new Error(`${kind} did not parse: ${result.reason}`);
      expect(result.message.channel).toBe(subject.channel);
      expect(result.message.from).toBe(PERSON);
      return result.message;
    };

    it('parses a text', async () => {
      const message = await parsed('text', 'Hi, two tickets please');
      expect(message).toMatchObject({ kind: 'text', text: 'Hi, two tickets please' });
    });

    it('parses a voice note into audio the worker can fetch', async () => {
      const message = await parsed('voice');
      if (message.kind !== 'audio') throw new Error(`expected audio, got ${message.kind}`);
      expect(message.contentType).toMatch(/^audio\/ogg/);
      const fetched = await subject.readMedia(message.mediaUrl);
      expect(fetched.data.equals(media.voiceNote)).toBe(true);
    });

    it('parses a photo into an image the selfie check-in can read', async () => {
      const message = await parsed('photo');
      if (message.kind !== 'image') throw new Error(`expected image, got ${message.kind}`);
      expect(message.contentType).toBe('image/jpeg');
      expect((await subject.readMedia(message.mediaUrl)).data.equals(media.photo)).toBe(true);
    });

    it('turns a shared location and a contact card into unsupported messages (a friendly reply)', async () => {
      expect(await parsed('location')).toMatchObject({
        kind: 'unsupported',
        description: 'a shared location',
      });
      expect(await parsed('contact')).toMatchObject({ kind: 'unsupported', description: 'a contact card' });
    });

    it('resolves a reply to a numbered choice by number or by title, as on every channel', async () => {
      const buttons = [
        { id: 'intent:book_tickets', title: 'Book tickets' },
        { id: 'intent:join_waitlist', title: 'Join waitlist' },
      ];
      expect(resolveChoice(await parsed('text', '2'), buttons)?.understood.intent).toBe('join_waitlist');
      expect(resolveChoice(await parsed('text', 'book tickets'), buttons)?.understood.intent).toBe(
        'book_tickets',
      );
    });

    it('stores a repeated delivery of the same message once', async () => {
      const wire = subject.wire('text', { from: PERSON, text: 'once' });
      const first = await subject.parse(wire);
      const again = await subject.parse(wire);
      if (!first.ok || !again.ok) throw new Error('did not parse');
      const a = await recordInbound(db.em.fork(), first.message);
      const b = await recordInbound(db.em.fork(), again.message);
      expect(a.duplicate).toBe(false);
      expect(b).toEqual({ messageId: a.messageId, duplicate: true });
      const other = await subject.parse(subject.wire('text', { from: PERSON, text: 'once' }));
      if (!other.ok) throw new Error('did not parse');
      expect((await recordInbound(db.em.fork(), other.message)).duplicate).toBe(false);
    });

    it('sends text, numbered buttons and lists, and templates as their fallback where needed', async () => {
      await subject.send(PERSON, { kind: 'text', text: 'Welcome to *DevSummit*' });
      await subject.send(PERSON, {
        kind: 'buttons',
        text: 'What would you like?',
        buttons: [
          { id: 'intent:book_tickets', title: 'Book tickets' },
          { id: 'intent:faq', title: 'Ask a question' },
        ],
      });
      await subject.send(PERSON, {
        kind: 'list',
        text: 'Pick a session',
        buttonText: 'Sessions',
        items: [
          { id: 'faq:a', title: 'Keynote', description: '9:00' },
          { id: 'faq:b', title: 'Workshop' },
        ],
      });
      const [text, buttons, list] = subject.delivered().slice(-3);
      expect(text).toMatchObject({ to: PERSON, text: 'Welcome to *DevSummit*' });
      expect(buttons?.text).toBe('What would you like?\n\n1. Book tickets\n2. Ask a question');
      expect(list?.text).toBe('Pick a session\n\n1. Keynote — 9:00\n2. Workshop');
    });

    it('sends an image (a QR ticket) with its caption', async () => {
      await subject.send(PERSON, { kind: 'image', url: media.ticketUrl, caption: 'Your ticket T-1234' });
      const sent = subject.delivered().at(-1);
      expect(sent?.caption).toBe('Your ticket T-1234');
      const image = sent?.image;
      expect(image?.url === media.ticketUrl || image?.bytes?.equals(media.ticketPng)).toBe(true);
    });

    it('maps provider errors to permanent or transient', async () => {
      subject.failNextSend('permanent');
      const permanent = await subject.send(PERSON, { kind: 'text', text: 'x' }).catch((e: unknown) => e);
      expect(permanent).toBeInstanceOf(ChannelSendError);
      expect((permanent as ChannelSendError).permanent).toBe(true);
      subject.failNextSend('transient');
      const transient = await subject.send(PERSON, { kind: 'text', text: 'x' }).catch((e: unknown) => e);
      expect(transient).toBeInstanceOf(ChannelSendError);
      expect((transient as ChannelSendError).permanent).toBe(false);
    });

    it('moves a sent message’s status forward only, whatever order the reports arrive in', async () => {
      const em = db.em.fork();
      const target = { contactId: null, channel: subject.channel, address: PERSON, eventId: null };
      const [outboxId] = await enqueueReplies(em, target, [{ kind: 'text', text: 'status me' }]);
      const sent = await subject.send(PERSON, { kind: 'text', text: 'status me' });
      await em.execute(
        'update messages set provider_message_id = ? where id = (select message_id from outbox where id = ?)',
        [sent.providerMessageId, outboxId],
      );
      const statusNow = async () =>
        (
          await em
            .fork()
            .execute<{ status: string }[]>('select status from messages where provider_message_id = ?', [
              sent.providerMessageId,
            ])
        )[0]?.status;
      const apply = async (step: 'sent' | 'delivered' | 'read' | 'failed') => {
        const update = subject.status(sent.providerMessageId, step);
        if (!update) throw new Error(`${step} not mapped`);
        expect(update.status).toBe(step);
        return applyDeliveryStatus(em.fork(), update);
      };
      expect((await apply('delivered')).updated).toBe(true);
      expect((await apply('sent')).updated).toBe(false);
      expect(await statusNow()).toBe('delivered');
      await apply('read');
      expect((await apply('delivered')).updated).toBe(false);
      expect(await statusNow()).toBe('read');
    });
  });
}
