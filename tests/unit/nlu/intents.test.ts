import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../core/nlu/label-schema.js';
import { analyseText, LocalUnderstanding, understandText } from '../../../core/nlu/local-understanding.js';
import type { Understanding } from '../../../core/ports/understanding.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';

const catalog = loadDemoCatalog();
const now = evaluationNow(catalog);

/** Per intent family: English, chat/voice style, Portuguese, Spanish. */
const families: Record<string, [string, Intent][]> = {
  'greetings, thanks, yes and no': [
    ['hey hey', 'greeting'],
    ['boa noite', 'greeting'],
    ['hola que tal', 'greeting'],
    ['thanks a bunch', 'thanks'],
    ['obrigado!', 'thanks'],
    ['muchas gracias', 'thanks'],
    ['yes do it', 'confirm'],
    ['sim', 'confirm'],
    ['claro', 'confirm'],
    ['nah', 'deny'],
    ['não obrigado', 'deny'],
    ['no gracias', 'deny'],
  ],
  'help and people': [
    ['wat can u do', 'help'],
    ['ajuda por favor', 'help'],
    ['need to speak to a person', 'talk_to_human'],
    ['quiero hablar con alguien', 'talk_to_human'],
    ['this bot is useless', 'talk_to_human'],
  ],
  tickets: [
    ['i wanna get 2 tikets', 'book_tickets'],
    ['quero comprar um ingresso vip', 'book_tickets'],
    ['quiero 2 entradas generales', 'book_tickets'],
    ['have i booked already', 'my_tickets'],
    ['where can i find my ticket', 'my_tickets'],
    ['plz cancel my booking i cant come', 'cancel_booking'],
    ['quero cancelar meu ingresso', 'cancel_booking'],
    ['cancelar mi reserva', 'cancel_booking'],
  ],
  'waiting list': [
    ['can u add me to the waitlist', 'join_waitlist'],
    ['me apunta en la lista de espera', 'join_waitlist'],
    ['what number am i on the waiting list', 'waitlist_status'],
    ['i dont need the waitlist anymore', 'leave_waitlist'],
    ['sácame de la lista de espera', 'leave_waitlist'],
  ],
  'arrival and privacy': [
    ['im here at the venue', 'checkin'],
    ['cheguei no evento', 'checkin'],
    ['forget everything about me', 'forget_me'],
    ['borra mis datos', 'forget_me'],
    ['dont text me anymore', 'opt_out'],
    ['PARE', 'opt_out'],
  ],
  networking: [
    ['i want to network with investors', 'find_matches'],
    ['quem devo conhecer', 'find_matches'],
    ['i would like to meet bob chen tomorrow at 2', 'request_meeting'],
    ['reunion con nadia a las 3', 'request_meeting'],
    ['show my upcoming meetings', 'my_meetings'],
    ['delete my 1:1 with dmitri', 'cancel_meeting'],
    ['im a product manager interested in ux', 'update_profile'],
  ],
  'programme, venue, sponsors': [
    ['what time does the keynote start', 'agenda'],
    ['programa del evento', 'agenda'],
    ['wifi password pls', 'faq'],
    ['is there a bus to the venue', 'faq'],
    ['what does dataforge do', 'sponsor_interest'],
  ],
  'out of scope': [
    ['sing me a song', 'out_of_scope'],
    ['who is the president of france', 'out_of_scope'],
    ['asdfgh', 'out_of_scope'],
  ],
};

describe('intent families', () => {
  for (const [family, cases] of Object.entries(families)) {
    it(`recognises ${family}`, () => {
      const got = cases.map(([text]) => [text, understandText(text, catalog, now).intent]);
      expect(got).toEqual(cases);
    });
  }
});

describe('confidence', () => {
  it('is high for a clear request and low when nothing matched', () => {
    expect(understandText('book me a VIP ticket please', catalog, now).confidence).toBeGreaterThan(0.7);
    const nonsense = understandText('asdfgh qwerty', catalog, now);
    expect(nonsense.intent).toBe('out_of_scope');
    expect(nonsense.confidence).toBeLessThan(0.45);
  });

  it("is lower in the rules' reading when two readings compete", () => {
    // The rules' own confidence (the learned model then settles "refund pls" as a refund request, which the
    // cancellation flow still confirms before doing anything).
    const clear = analyseText('what is the refund policy', catalog, now).rules.confidence;
    const torn = analyseText('refund pls', catalog, now).rules.confidence;
    expect(torn).toBeLessThan(clear);
  });

  it('keeps slots on a bare answer so a pending question can be resumed', () => {
    expect(understandText('3', catalog, now).slots).toEqual({ quantity: 3 });
    expect(understandText('at 3pm', catalog, now).slots).toEqual({ time: '15:00' });
  });
});

describe('LocalUnderstanding', () => {
  it('answers through the Understanding port', async () => {
    const provider: Understanding = new LocalUnderstanding();
    const understood = await provider.understand('join the waitlist for VIP', {
      catalog,
      now,
    });
    expect(understood).toMatchObject({ intent: 'join_waitlist', slots: { tier: 'vip' } });
  });
});
