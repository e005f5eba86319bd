import { describe, expect, it } from 'vitest';
import { understandText } from '../../../core/nlu/local-understanding.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';

const catalog = loadDemoCatalog();
const now = evaluationNow(catalog);
const quantityOf = (text: string) => understandText(text, catalog, now).slots.quantity;

describe('ticket quantities', () => {
  it('reads digits, "2x" and "x2"', () => {
    expect(quantityOf('I want to buy 2 tickets')).toBe(2);
    expect(quantityOf('2x VIP')).toBe(2);
    expect(quantityOf('vip x3 please')).toBe(3);
    expect(quantityOf('purchase 10 general tickets')).toBe(10);
  });

  it('reads English number words, couples, pairs and dozens', () => {
    expect(quantityOf('can I get three general admission passes')).toBe(3);
    expect(quantityOf('i wanna buy a couple of vip passes')).toBe(2);
    expect(quantityOf('a pair of student tickets please')).toBe(2);
    expect(quantityOf('i need a dozen tickets for my company')).toBe(12);
    expect(quantityOf('book half a dozen expo passes')).toBe(6);
  });

  it('reads Portuguese and Spanish number words', () => {
    expect(quantityOf('quero comprar dois ingressos')).toBe(2);
    expect(quantityOf('quero duas entradas')).toBe(2);
    expect(quantityOf('quiero comprar tres entradas')).toBe(3);
    expect(quantityOf('reservar cuatro entradas de estudiante')).toBe(4);
    expect(quantityOf('quiero una entrada premium')).toBe(1);
  });

  it('counts "a"/"an" before a ticket noun as one, but not in general questions', () => {
    expect(quantityOf('book me a VIP ticket please')).toBe(1);
    expect(quantityOf('I would like a student pass')).toBe(1);
    expect(quantityOf('how do i get a ticket')).toBeUndefined();
    expect(quantityOf('VIP is sold out, can you let me know if a seat frees up?')).toBeUndefined();
    expect(quantityOf('I want to register')).toBeUndefined();
  });

  it('takes the part, not the whole, in "one of my two tickets"', () => {
    expect(quantityOf('cancel one of my two tickets')).toBe(1);
  });

  it('reports what was said, even when the booking rules will refuse it', () => {
    expect(quantityOf('I need 250 tickets')).toBe(250);
  });

  it('does not read times, dates, prices or meeting names as quantities', () => {
    const meeting = understandText('book a 1:1 with Dmitri at 3 on Dec 10', catalog, now);
    expect(meeting.slots).toEqual({ person: 'a-dmitri', time: '15:00', date: '2026-12-10' });
    expect(quantityOf('buy vip tickets for 499 euros')).toBeUndefined();
    expect(quantityOf('buy tickets for €50')).toBeUndefined();
    expect(quantityOf('book tickets for day 2')).toBeUndefined();
  });
});
