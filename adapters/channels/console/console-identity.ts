import { normalizePhone } from '../../../core/normalize-phone.js';

/**
 * Who the console may speak as. `demo-people`: any phone number, so the demo can chat as its own attendees.
 * `test-contacts`: only `console:` addresses, contacts of the console's own that are never a WhatsApp
 * number — so a console login can neither act as a real attendee nor divert their messages.
 */
export type ConsoleIdentities = 'demo-people' | 'test-contacts';

export const TEST_CONTACT_PREFIX = 'console:';
/** The test contact offered first, so the picker is never empty. */
export const DEFAULT_TEST_CONTACT = `${TEST_CONTACT_PREFIX}tester`;

export type AddressResult = { ok: true; address: string } | { ok: false; error: string };

/** The channel address for what was typed or picked; errors are written for the person at the keyboard. */
export function consoleAddress(raw: string, identities: ConsoleIdentities): AddressResult {
  if (identities === 'demo-people') {
    const phone = normalizePhone(raw);
    return phone
      ? { ok: true, address: phone }
      : {
          ok: false,
          error: `"${raw.slice(0, 40)}" is not a phone number. Use international format, e.g. +15550100101.`,
        };
  }
  if (normalizePhone(raw)) {
    return {
      ok: false,
      error:
        'This console speaks only as test contacts, never as a phone number. Type a name instead, e.g. "tester".',
    };
  }
  const name = raw.trim().toLowerCase().startsWith(TEST_CONTACT_PREFIX)
    ? raw.trim().slice(TEST_CONTACT_PREFIX.length)
    : raw;
  const slug = testContactSlug(name);
  return slug
    ? { ok: true, address: `${TEST_CONTACT_PREFIX}${slug}` }
    : { ok: false, error: 'Type a name for the test contact (letters or digits), e.g. "tester".' };
}

/** Mirrored by the page (app.js), so it polls the same address the server stores. */
function testContactSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
