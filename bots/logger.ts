import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Phone numbers in free text: `+` and 7–15 digits, or 9+ digits in a row, optionally split by spaces, dots
 * or dashes (WhatsApp addresses, Twilio's "The 'To' number +351… is not a valid…" errors, SQL values).
 */
const PHONE = /(?:whatsapp:)?\+?\d(?:[\s.-]?\d){8,15}/g;

/** A log line's text with every phone-like number replaced. */
export function redactPhones(text: string): string {
  return text.replace(PHONE, '[phone]');
}

/** Fields that carry what people wrote or who they are; logged as "[redacted]" wherever they appear. */
const PERSONAL_FIELDS = [
  'text',
  'body',
  'Body',
  'phone',
  'from',
  'From',
  'to',
  'To',
  'address',
  'recipient',
  'caption',
  'profileName',
];

/**
 * The process logger (issue 15, "Also"): message text and phone numbers never reach the logs — not as fields
 * (pino's redaction, one level deep and at the top) and not inside errors, whose message and stack are
 * scrubbed of phone numbers (provider errors quote the number they refused).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const paths = PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`]);
  const options: pino.LoggerOptions = {
    level,
    redact: { paths, censor: '[redacted]' },
    serializers: {
      err: (error: unknown) => {
        const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
        for (const key of ['message', 'stack']) {
          if (typeof serialized[key] === 'string') serialized[key] = redactPhones(serialized[key] as string);
        }
        return serialized;
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
