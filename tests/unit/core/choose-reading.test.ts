import { describe, expect, it } from 'vitest';
import { catalogFromEventFile } from '../../../core/catalog/event-catalog.js';
import { understandText } from '../../../core/nlu/local-understanding.js';
import { chooseReading } from '../../../core/services/voice/choose-reading.js';
import { VOICE_MIN_CONFIDENCE } from '../../../core/services/voice/voice-transcript.js';
import { demoEventFile } from '../../support/start-test-app.js';

const catalog = catalogFromEventFile(demoEventFile());
const now = new Date('2026-05-01T10:00:00Z');
const understand = (text: string) => understandText(text, catalog, now);

describe('choosing the reading of a voice note', () => {
  it('acts when the n-best list and the grammar agree on the request', () => {
    const chosen = chooseReading(
      {
        text: 'book two vip tickets',
        confidence: 0.6,
        alternatives: [{ text: 'book two v i p tickets', share: 0.3 }],
        check: { text: 'book two vip tickets', confidence: 0.9 },
      },
      understand,
    );
    expect(chosen.text).toBe('book two vip tickets');
    expect(chosen.confidence).toBeGreaterThanOrEqual(VOICE_MIN_CONFIDENCE);
  });

  it('reads back a reading the grammar heard as a different request', () => {
    const chosen = chooseReading(
      {
        text: 'show me the agenda',
        confidence: 0.55,
        alternatives: [{ text: 'show me my tickets', share: 0.4 }],
        check: { text: 'book a ticket', confidence: 0.9 },
      },
      understand,
    );
    expect(chosen.confidence).toBeLessThan(VOICE_MIN_CONFIDENCE);
  });

  it('pools readings that mean the same request and skips ones that mean nothing', () => {
    const chosen = chooseReading(
      {
        text: 'the whether football',
        confidence: 0.4,
        alternatives: [
          { text: 'cancel my booking', share: 0.3 },
          { text: 'cancel my bookings', share: 0.25 },
          { text: 'show me the agenda', share: 0.05 },
        ],
        check: { text: '', confidence: 0.1 },
      },
      understand,
    );
    expect(understand(chosen.text).intent).toBe('cancel_booking');
    // Pooled share 0.55 of the 0.6 an unchecked reading can reach; understanding's doubt only lowers it.
    expect(chosen.confidence).toBeGreaterThan(0.2);
    expect(chosen.confidence).toBeLessThanOrEqual(0.55 * 0.6 + 1e-9);
  });

  it('a pending yes/no question makes "yes" the likelier reading', () => {
    const heard = {
      text: 'book two vip tickets',
      confidence: 0.5,
      alternatives: [{ text: 'yes', share: 0.4 }],
    };
    expect(understand(chooseReading(heard, understand).text).intent).toBe('book_tickets');
    expect(understand(chooseReading(heard, understand, 'yes_no').text).intent).toBe('confirm');
  });

  it('passes a cloud transcript (no alternatives, no check) through unchanged, with what it asks for', () => {
    expect(chooseReading({ text: 'hello', confidence: 0.8 }, understand)).toMatchObject({
      text: 'hello',
      confidence: 0.8,
      meaning: { intent: 'greeting' },
    });
  });

  it("answering a pending question, the grammar's different reading does not pull the answer down", () => {
    const heard = {
      text: 'two please',
      confidence: 0.7,
      alternatives: [{ text: 'two please', share: 0.3 }],
      check: { text: 'talk to a human', confidence: 0.9 },
    };
    const asked = chooseReading(heard, understand, 'number');
    expect(asked.text).toBe('two please');
    expect(asked.confidence).toBeGreaterThan(chooseReading(heard, understand).confidence);
  });
});
