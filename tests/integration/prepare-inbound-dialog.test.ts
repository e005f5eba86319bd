import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitInbound } from '../../bots/submit-inbound.js';
import { checkInboundJob } from '../../core/pipeline/inbound-job-check.js';
import { prepareInbound } from '../../core/pipeline/prepare-inbound.js';
import { readStoredInbound } from '../../core/pipeline/stored-inbound.js';
import type { Understanding, UnderstandingContext } from '../../core/ports/understanding.js';
import { loadSenderEventInfo } from '../../core/services/events/load-event.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { storeWhatsAppText } from '../support/stored-inbound.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ workers: false });
});
afterAll(async () => {
  await app?.close();
});

/** An understanding that records what it was handed. */
function recording(readsDialog: boolean): Understanding & { seen: UnderstandingContext[] } {
  const seen: UnderstandingContext[] = [];
  return {
    readsDialog,
    seen,
    async understand(_text, context) {
      seen.push(context);
      return { intent: 'out_of_scope', slots: {}, confidence: 0 };
    },
  };
}

describe('prepareInbound: the dialog is read for providers that use it, and only for them', () => {
  it('hands the pending question to a provider that reads the dialog; a local one gets none', async () => {
    const phone = `+1555017${String(Date.now() % 10_000).padStart(4, '0')}`;
    const sql = (query: string, params: unknown[]) => app.deps.db.em.fork().execute(query, params);
    const contactId = randomUUID();
    await sql(`insert into contacts (id, phone, opted_out, created_at) values (?, ?, false, now())`, [
      contactId,
      phone,
    ]);
    const state = {
      misunderstood: 0,
      pending: {
        intent: 'book_tickets',
        awaiting: 'confirm',
        slots: { tier: 'vip' },
        askedAt: new Date().toISOString(),
      },
    };
    await sql(
      `insert into conversations (id, event_id, contact_id, state, created_at, updated_at)
       values (?, 'devsummit-2026', ?, ?, now(), now())`,
      [randomUUID(), contactId, JSON.stringify(state)],
    );
    const { messageId } = await submitInbound(app.deps, {
      kind: 'text',
      channel: 'whatsapp',
      providerMessageId: `SM${randomUUID().replaceAll('-', '')}`,
      from: phone,
      text: 'yes please',
      receivedAt: new Date(),
      raw: {},
      eventId: 'devsummit-2026',
    });
    const em = app.deps.db.em.fork();
    const stored = (await readStoredInbound(em, messageId))!;

    const provider = recording(true);
    await prepareInbound(em, { ...app.deps.pipeline, understanding: provider }, stored);
    expect(provider.seen[0]?.dialog).toEqual({
      pending: { intent: 'book_tickets', awaiting: 'confirm', slots: { tier: 'vip' } },
    });

    const local = recording(false);
    const prepared = await prepareInbound(em, { ...app.deps.pipeline, understanding: local }, stored);
    expect(local.seen).toHaveLength(1);
    expect(local.seen[0]?.dialog).toBeUndefined();
    expect(prepared.event?.info.id).toBe('devsummit-2026');
  });
});

describe("loadSenderEventInfo: the sender's event and its venue in one statement", () => {
  it("takes the message's own event, else the default, else the next one; an unknown id is no event", async () => {
    const em = app.deps.db.em.fork();
    const now = new Date();
    const base = { address: 'whatsapp:+15550170000', now };
    expect((await loadSenderEventInfo(em, { ...base, eventId: 'devsummit-2026' }))?.venueName).toBeTruthy();
    expect(await loadSenderEventInfo(em, { ...base, eventId: 'no-such-event' })).toBeNull();
    // The configured default wins over "the next event", even when it names nothing.
    expect(await loadSenderEventInfo(em, { ...base, eventId: null, defaultEventId: 'gone' })).toBeNull();
    expect((await loadSenderEventInfo(em, { ...base, eventId: null }))?.id).toBe('devsummit-2026');
    const info = await loadSenderEventInfo(em, { ...base, eventId: null });
    expect(info?.startsAt).toBeInstanceOf(Date);
    expect(info?.updatedAt).toBeInstanceOf(Date);
  });
});

describe("checkInboundJob: the inbound job's first look reads the same event as loadSenderEventInfo", () => {
  it('returns the message with its event, and no event when the configured default names none', async () => {
    const { messageId } = await storeWhatsAppText(app, '+15550171234', 'hi');
    const now = new Date();
    const em = app.deps.db.em.fork();
    const check = await checkInboundJob(em, messageId, { now });
    const expected = await loadSenderEventInfo(em, { address: 'whatsapp:+15550171234', eventId: null, now });
    expect(check.row?.body).toBe('hi');
    expect(check.event?.id).toBe('devsummit-2026');
    expect(check.event).toEqual(expected);
    expect((await checkInboundJob(em, messageId, { now, defaultEventId: 'gone' })).event).toBeNull();
  });
});
