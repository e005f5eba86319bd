import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bots/logger.js';
import { ChannelSendError } from '../../core/ports/channel-sender.js';

/**
 * Issue 15, "Also": logs must not hold what people wrote or their phone numbers — neither as fields nor
 * inside a provider's error, which quotes the number it refused.
 */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', stream), text: () => lines.join('') };
}

describe('the process logger', () => {
  it('redacts phone numbers inside errors, including their stack', () => {
    const { logger, text } = capture();
    const error = new ChannelSendError(
      'http_400',
      "Twilio 21211: The 'To' number whatsapp:+351 912 345 678 is not a valid phone number.",
      true,
    );
    logger.warn({ err: error, messageId: 'm1' }, 'delivery failed');
    const out = text();
    expect(out).toContain('[phone]');
    expect(out).toContain('21211');
    expect(out).not.toMatch(/912.?345.?678/);
    expect(out).toContain('"messageId":"m1"');
  });

  it('redacts message text and addresses logged as fields', () => {
    const { logger, text } = capture();
    logger.info(
      { message: { from: '+15550100101', text: 'my card is 4111 1111', body: 'secret' }, to: '+15550100102' },
      'inbound',
    );
    const out = text();
    expect(out).not.toContain('+15550100101');
    expect(out).not.toContain('+15550100102');
    expect(out).not.toContain('4111');
    expect(out).not.toContain('secret');
    expect(out).toContain('[redacted]');
  });
});
