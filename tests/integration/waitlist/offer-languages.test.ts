import { describe, expect, it } from 'vitest';
import { expireOffer } from '../../../core/services/waitlist/expire-offers.js';
import { BEFORE_EVENT, minutesAfter, TEMPLATE_ID } from './waitlist-database.js';
import { useWaitlistDatabase } from './waitlist-suite.js';

const s = useWaitlistDatabase();

const speaks = (contactId: string, language: 'en' | 'pt' | 'es') =>
  s.t.sql("update contacts set language = ?, language_set_by = 'detected' where id = ?", [
    language,
    contactId,
  ]);

describe('waiting-list offers in the language the person is answered in', () => {
  it('offers freed seats in Portuguese, with Portuguese buttons and money, to someone answered in Portuguese', async () => {
    const tierId = await s.t.setTier('vip', { capacity: 20, sold: 20 });
    const [person] = await s.t.people(1);
    await speaks(person!.id, 'pt');
    await s.w.join(person!.id, 'vip', 2);
    await s.w.free(tierId, 2);
    const [offer] = await s.w.offer(tierId);

    const [message] = await s.t.sent(person!.id);
    expect(message?.payload).toMatchObject({
      kind: 'buttons',
      buttons: [
        { id: `act:claim-offer:${offer!.promotionId}`, title: 'Reservar' },
        { id: `act:pass-offer:${offer!.promotionId}`, title: 'Passar' },
      ],
    });
    const text = message?.payload.kind === 'buttons' ? message.payload.text : '';
    expect(text).toMatch(/^Boas notícias! Abriram 2 lugares em VIP no DevSummit Lisbon 2026/);
    expect(text).toMatch(/998,00\s€ no total \(499,00\s€ cada\)/);
    expect(text).toMatch(/até 12:30 \S+, segunda-feira, 23 de novembro\./);
  });

  it('names the offer template in Spanish outside the 24-hour window, with Spanish variables', async () => {
    const tierId = await s.t.setTier('expo', { capacity: 500, sold: 500 });
    const [quiet] = await s.t.people(1, { lastInboundMinutesAgo: 25 * 60 });
    await speaks(quiet!.id, 'es');
    await s.w.join(quiet!.id, 'expo', 1);
    await s.w.free(tierId, 1);
    await s.w.offer(tierId);
    const [message] = await s.t.sent(quiet!.id);
    expect(message?.payload).toMatchObject({
      kind: 'template',
      templateId: TEMPLATE_ID,
      language: 'es',
      variables: { '2': '1', '3': 'Expo Pass', '6': 'gratis' },
    });
    expect(message?.payload.kind === 'template' && message.payload.fallbackText).toMatch(
      /Responde 1 para reservar o 2 para pasar\.$/,
    );
  });

  it('says an offer expired in their language', async () => {
    const tierId = await s.t.setTier('vip', { capacity: 20, sold: 20 });
    const [person] = await s.t.people(1);
    await speaks(person!.id, 'es');
    await s.w.join(person!.id, 'vip', 1);
    await s.w.free(tierId, 1);
    const [offer] = await s.w.offer(tierId);
    await expireOffer(s.t.db.em.fork(), {
      promotionId: offer!.promotionId,
      now: minutesAfter(BEFORE_EVENT, 31),
    });
    const expired = (await s.t.sent(person!.id)).at(-1);
    expect(expired?.payload).toMatchObject({ kind: 'buttons', buttons: [{ title: 'Apuntarme otra vez' }] });
    expect(expired?.payload.kind === 'buttons' && expired.payload.text).toMatch(
      /^Tu oferta de 1 plaza de VIP ha caducado/,
    );
  });
});
