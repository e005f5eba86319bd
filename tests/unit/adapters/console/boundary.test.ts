import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folder = new URL('../../../../adapters/channels/console/', import.meta.url);
const allowed = [
  /^\.\/[\w-]+\.js$/,
  /^\.\.\/\.\.\/\.\.\/core\//,
  /^express$/,
  /^cookie-parser$/,
  /^qrcode$/,
  /^node:/,
];

describe('the console adapter', () => {
  it('imports only its own files, core/, express (and its cookie parser), qrcode (the WhatsApp Web login page) and node built-ins', () => {
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
