import { describe, expect, it } from 'vitest';
import { createConsoleSender } from '../../../../adapters/channels/console/console-sender.js';

describe('createConsoleSender', () => {
  it('marks every message delivered at once under a fresh console id', async () => {
    const sender = createConsoleSender();
    const request = { to: '+15550100101', message: { kind: 'text' as const, text: 'hi' } };
    const [first, second] = [await sender.send(request), await sender.send(request)];
    expect(sender.name).toBe('console');
    expect(first).toEqual({
      providerMessageId: expect.stringMatching(/^console-[0-9a-f-]{36}$/),
      status: 'delivered',
    });
    expect(second.providerMessageId).not.toBe(first.providerMessageId);
  });
});
