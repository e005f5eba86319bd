import { describe, expect, it } from 'vitest';
import { catalogFromEventFile } from '../../../core/catalog/event-catalog.js';
import { parseEventFile } from '../../../core/catalog/event-file.js';
import { TICKET_TOPIC } from '../../../core/nlu/label-schema.js';
import { understandText } from '../../../core/nlu/local-understanding.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';

const catalog = loadDemoCatalog();
const now = evaluationNow(catalog);
const read = (text: string) => understandText(text, catalog, now);

describe('odd numbers are kept as said, never turned into another number', () => {
  it('reads vulgar fractions, decimals, exponents and zero before a ticket noun literally', () => {
    expect(read('book ⅓ vip ticket').slots.quantity).toBeCloseTo(1 / 3);
    expect(read('reserve ¾ of a general pass').slots.quantity).not.toBe(3);
    expect(read('i want 1.5 student tickets').slots.quantity).toBe(1.5);
    expect(read('buy 5e3 general tickets').slots.quantity).toBe(5000);
    expect(read('get me 3e12 seats').slots.quantity).toBe(3e12);
    expect(read('book 0 expo passes').slots.quantity).toBe(0);
  });

  it('reads a lone odd number as the answer to "how many?"', () => {
    expect(read('1e4').slots.quantity).toBe(10_000);
    expect(read('½').slots.quantity).toBe(0.5);
  });

  it('reads keycap emoji and full-width digits and letters as plain ones', () => {
    expect(read('4️⃣ general tickets').slots).toEqual({ quantity: 4, tier: 'general' });
    expect(read('ｂｏｏｋ ２ ｓｔｕｄｅｎｔ ｔｉｃｋｅｔｓ')).toMatchObject({
      intent: 'book_tickets',
      slots: { quantity: 2, tier: 'student' },
    });
  });

  it('does not take a year, a tram line or a price for a count', () => {
    expect(read('is it in 2026?').slots.quantity).toBeUndefined();
    expect(read('book general, is it 199.00 euros').slots.quantity).toBeUndefined();
  });

  it('reads "the premium one" as a tier choice, not as one ticket', () => {
    expect(read('the premium one').slots).toEqual({ tier: 'vip' });
  });
});

describe('questions about tickets are questions, not orders', () => {
  it.each([
    ['how much is a premium ticket', 'vip'],
    ['what do expo passes cost?', 'expo'],
    ['quanto custa a entrada premium', 'vip'],
    ['what benefits does the vip tier include', 'vip'],
    ['is the student pass sold out?', 'student'],
    ['what do i need for a student ticket', 'student'],
  ])('"%s" asks about the %s tier', (text, tier) => {
    expect(read(text)).toMatchObject({ intent: 'faq', slots: { faq: TICKET_TOPIC, tier } });
  });

  it('reads a question about all tickets without a tier', () => {
    expect(read('are any tickets still available?')).toMatchObject({
      intent: 'faq',
      slots: { faq: TICKET_TOPIC },
    });
    expect(read('are any tickets still available?').slots.tier).toBeUndefined();
  });

  it('keeps orders as orders, even when they mention the price', () => {
    expect(read('book 3 vip tickets, how much is that?')).toMatchObject({
      intent: 'book_tickets',
      slots: { quantity: 3, tier: 'vip' },
    });
    expect(read('how can i buy a ticket').intent).toBe('book_tickets');
    expect(read('VIP is sold out, tell me when a seat opens up').intent).toBe('join_waitlist');
  });
});

describe('FAQ paraphrases', () => {
  it('matches the FAQ by its own question text', () => {
    for (const faq of catalog.faqs) {
      expect(read(faq.question), faq.question).toMatchObject({ intent: 'faq', slots: { faq: faq.id } });
    }
  });

  it.each([
    ['wifi pw pls', 'faq-wifi'],
    ['hey whats the pwd for the internet', 'faq-wifi'],
    ['will i get my money back if i cant go', 'faq-refund'],
    ['my sister could come in my place right?', 'faq-transfer'],
    ['some dude is harassing people near the stage', 'faq-coc'],
    ['someone at the bar keeps bothering my friend', 'faq-coc'],
  ])('"%s" reaches %s', (text, faq) => {
    expect(read(text)).toMatchObject({ intent: 'faq', slots: { faq } });
  });

  it("ranks with the organizer's alternative phrasings", () => {
    const file = parseEventFile({
      event: {
        id: 'e',
        name: 'E',
        timezone: 'Europe/Lisbon',
        startsAt: '2026-12-10T09:00:00+00:00',
        endsAt: '2026-12-10T18:00:00+00:00',
        currency: 'EUR',
        venue: { id: 'v', name: 'Hall' },
      },
      faqs: [
        { id: 'faq-visa', question: 'Do I need a visa?', answer: 'Maybe.' },
        {
          id: 'faq-kids',
          question: 'Is there childcare?',
          answer: 'Yes.',
          alternatives: ['can I bring my toddler', 'is there a creche for babies'],
        },
      ],
    });
    const withAlternatives = catalogFromEventFile(file);
    expect(understandText('can I bring my toddler along?', withAlternatives, now).slots.faq).toBe('faq-kids');
    const without = catalogFromEventFile({
      ...file,
      faqs: file.faqs.map((f) => ({ ...f, alternatives: [] })),
    });
    expect(understandText('can I bring my toddler along?', without, now).slots.faq).toBeUndefined();
  });

  it('keeps a request for money back a cancellation', () => {
    expect(read('i want my money back for these tickets').intent).toBe('cancel_booking');
  });
});

describe('thanks in three languages', () => {
  it.each([
    'obrigado pela ajuda!',
    'vlw obrigado por tudo',
    'gracias por la ayuda',
    'thanks for all the help',
  ])('"%s" is thanks, not a request for help', (text) => {
    expect(read(text).intent).toBe('thanks');
  });
});
