import { DEFAULT_LOCALE, isLocale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { OutboundMessage } from '../messages.js';

/**
 * Answers of the safety nets rather than of a skill (issue 15): a sender over the rate limit, and a message
 * that could not be handled after every retry — in the contact's language when we know it.
 */
const localeOf = (language: string | null | undefined) => (isLocale(language) ? language : DEFAULT_LOCALE);

export const slowDownReply = (language?: string | null): OutboundMessage => ({
  kind: 'text',
  text: translate(localeOf(language), 'safety.slowDown'),
});

export const notHandledReply = (language?: string | null): OutboundMessage => ({
  kind: 'text',
  text: translate(localeOf(language), 'safety.notHandled'),
});
