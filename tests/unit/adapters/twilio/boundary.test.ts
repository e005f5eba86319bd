import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folder = new URL('../../../../adapters/channels/twilio/', import.meta.url);
const allowed = [/^\.\/[\w/-]+\.js$/, /^\.\.\/\.\.\/\.\.\/core\//, /^twilio(\/|$)/, /^undici$/, /^node:/];

describe('the Twilio adapter', () => {
  it('imports only its own files, core/ types, the twilio SDK, the HTTP client carrying its requests and node built-ins', () => {
    const offending = readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...readFileSync(new URL(file, folder), 'utf8').matchAll(/from '([^']+)'/g)]
          .map((match) => match[1] ?? '')
          .filter((specifier) => !allowed.some((pattern) => pattern.test(specifier)))
          .map((specifier) => `${file} → ${specifier}`),
      );
    expect(offending).toEqual([]);
  });
});
