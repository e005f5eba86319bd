import { describe, expect, it } from 'vitest';
import {
  isCodeOf,
  readAttendanceCode,
  sessionAttendanceCode,
  whatsappLink,
} from '../../../core/catalog/session-code.js';
import { isOnTopic } from '../../../core/services/attendance/sessions-on-topic.js';

describe('session attendance codes', () => {
  it('is HERE- and the session id, read back however it is typed or scanned', () => {
    expect(sessionAttendanceCode({ code: 's-pgvector' })).toBe('HERE-S-PGVECTOR');
    for (const typed of ['HERE-S-PGVECTOR', 'here s pgvector', ' here-s-pgvector. ', 'HERE_S_PGVECTOR'])
      expect(isCodeOf({ code: 's-pgvector' }, readAttendanceCode(typed) ?? '')).toBe(true);
    expect(readAttendanceCode("where's the pgvector talk?")).toBeNull();
    expect(readAttendanceCode('I am here')).toBeNull();
  });

  it('links to WhatsApp with the code as the message', () => {
    expect(whatsappLink('+1 555 010 0000', 'HERE-S-PGVECTOR')).toBe(
      'https://wa.me/15550100000?text=HERE-S-PGVECTOR',
    );
  });

  it('a session is on a sponsor’s topic when a target interest is a word or phrase of its title or aliases', () => {
    const pgvector = { title: 'Scaling Postgres with pgvector', aliases: ['vector search talk'] };
    expect(isOnTopic(pgvector, ['kubernetes', 'postgres'])).toBe(true);
    expect(isOnTopic(pgvector, ['vector search'])).toBe(true);
    expect(isOnTopic(pgvector, ['post'])).toBe(false);
    expect(isOnTopic(pgvector, ['payments'])).toBe(false);
  });
});
