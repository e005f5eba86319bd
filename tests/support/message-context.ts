import type { EntityManager } from '@mikro-orm/postgresql';
import type { InboundMessage } from '../../core/messages.js';
import type { Handled, InboundTurn } from '../../core/pipeline/inbound-turn.js';
import { emptyDialogState } from '../../core/router/dialog-state.js';
import type { MessageContext } from '../../core/router/skill.js';

export const NOW = new Date('2026-12-10T10:00:00Z');

/** For unit tests of code that must not touch the database: any use of it fails the test loudly. */
export const noDatabase = new Proxy(
  {},
  {
    get(_target, property) {
      throw new Error(`this unit test has no database (em.${String(property)} was used)`);
    },
  },
) as EntityManager;

export const inboundText = (text: string): InboundMessage => ({
  kind: 'text',
  channel: 'console',
  providerMessageId: 'p',
  from: '+15550100101',
  text,
  receivedAt: NOW,
  raw: {},
});

/** A skill's view of one message, with no database behind it. */
export function messageContext(overrides: Partial<MessageContext> = {}): MessageContext {
  return {
    em: noDatabase,
    event: {
      id: 'e',
      name: 'DevSummit',
      timezone: 'Europe/Lisbon',
      startsAt: NOW,
      endsAt: NOW,
      currency: 'EUR',
      venueName: '',
      venueAddress: '',
      updatedAt: NOW,
    },
    catalog: {
      eventId: 'e',
      name: 'DevSummit',
      timezone: 'Europe/Lisbon',
      startsAt: '',
      endsAt: '',
      tiers: [],
      sessions: [],
      people: [],
      sponsors: [],
      faqs: [],
    },
    contact: {
      id: 'c',
      address: '+15550100101',
      displayName: null,
      optedOut: false,
      language: null,
      languageSetBy: null,
      isNew: false,
    },
    attendee: null,
    conversationId: 'conv',
    inbound: inboundText('x'),
    text: 'x',
    understood: { intent: 'out_of_scope', slots: {}, confidence: 0 },
    locale: 'en',
    state: emptyDialogState(),
    now: NOW,
    ...overrides,
  };
}

/** An inbound message's turn as the pipeline's steps see it, with no database behind it. */
export function inboundTurn(overrides: Partial<InboundTurn> = {}): InboundTurn {
  return { ...messageContext(), messageId: 'm1', truncated: false, voice: null, ...overrides };
}

/** A `next` for one step's test of `turn`: answers "(rest of the chain)" and records the turn it was handed. */
export function restOfChain(turn: InboundTurn, answer?: Handled) {
  const seen: InboundTurn[] = [];
  const next = async (changed?: InboundTurn): Promise<Handled> => {
    seen.push(changed ?? turn);
    return answer ?? { kind: 'canned_reply', reply: { kind: 'text', text: '(rest of the chain)' } };
  };
  return { next, seen };
}
