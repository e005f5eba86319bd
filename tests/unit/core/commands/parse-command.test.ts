import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../support/parse-organizer-command.js';

describe('/eventos commands read from typed text', () => {
  it('reads each command and its arguments', () => {
    expect(parseCommand('stats')).toEqual({ name: 'stats' });
    expect(parseCommand('  WAITLIST  vip ')).toEqual({ name: 'waitlist', tier: 'vip' });
    expect(parseCommand('waitlist')).toEqual({ name: 'waitlist' });
    expect(parseCommand('find Alice Martins')).toEqual({ name: 'find', query: 'Alice Martins' });
    expect(parseCommand('handoffs')).toEqual({ name: 'handoffs' });
    expect(parseCommand('resolve +15550100101')).toEqual({ name: 'resolve', query: '+15550100101' });
  });

  it('tells a raise (+n) from a new capacity (n), with multi-word tier names', () => {
    expect(parseCommand('capacity vip +10')).toEqual({ name: 'capacity', tier: 'vip', change: { add: 10 } });
    expect(parseCommand('capacity Expo Pass 600')).toEqual({
      name: 'capacity',
      tier: 'Expo Pass',
      change: { set: 600 },
    });
  });

  it('reads faq subcommands and keeps a broadcast message as typed', () => {
    expect(parseCommand('faq')).toEqual({ name: 'faq' });
    expect(parseCommand('faq list')).toEqual({ name: 'faq' });
    expect(parseCommand('faq add')).toEqual({ name: 'faq add' });
    expect(parseCommand('faq edit faq-wifi')).toEqual({ name: 'faq edit', code: 'faq-wifi' });
    expect(parseCommand('faq dance')).toMatchObject({ name: 'invalid' });
    expect(parseCommand('faq remove')).toMatchObject({ name: 'invalid' });
    expect(parseCommand('broadcast Doors open\n  at 9:00')).toEqual({
      name: 'broadcast',
      message: 'Doors open\n  at 9:00',
    });
    expect(parseCommand('broadcast')).toMatchObject({ name: 'invalid' });
  });

  it('answers malformed capacity and find with a usage line, and anything else with help', () => {
    for (const text of ['capacity vip', 'capacity vip -3', 'capacity +5', 'capacity vip ten']) {
      expect(parseCommand(text)).toMatchObject({ name: 'invalid', usage: expect.stringMatching(/^Usage/) });
    }
    expect(parseCommand('find')).toMatchObject({ name: 'invalid' });
    expect(parseCommand('')).toEqual({ name: 'help' });
    expect(parseCommand('dance')).toEqual({ name: 'help' });
  });
});
