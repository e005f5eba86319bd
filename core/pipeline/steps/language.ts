import { detectLanguage, type LanguageReading } from '../../i18n/detect-language.js';
import { readLanguageRequest } from '../../i18n/language-request.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locale.js';
import { translate } from '../../i18n/translate.js';
import type { OutboundMessage } from '../../messages.js';
import type { ContactInfo } from '../../router/skill.js';
import type { Handled, InboundStep } from '../inbound-turn.js';

/** Languages close enough to one of ours that their speakers read it (the detector confuses them on chat). */
const CLOSE: Readonly<Record<string, Locale>> = { gl: 'pt', ca: 'es' };

/** How one message sets the language of its answer. */
export interface LanguageChoice {
  locale: Locale;
  /** Remember `locale` on the contact as read from what they wrote. */
  remember: boolean;
  /** They wrote in a language we do not speak: say which we do. */
  foreign: boolean;
}

/**
 * The reply language for a message: what it is written in when that is clear, else what we remember, else
 * English. A clear reading is remembered, unless the person asked for a language ("speak English"), which
 * stays until they ask again; a one- or two-word greeting or thanks never replaces a remembered language.
 */
export function chooseLanguage(reading: LanguageReading, contact: ContactInfo): LanguageChoice {
  const remembered = contact.language ?? DEFAULT_LOCALE;
  const read = reading.language ? (CLOSE[reading.language] ?? reading.language) : null;
  if (!read || !reading.reliable) return { locale: remembered, remember: false, foreign: false };
  if (!isLocale(read)) return { locale: remembered, remember: false, foreign: true };
  if (contact.languageSetBy === 'asked') return { locale: remembered, remember: false, foreign: false };
  if (reading.short && contact.language) return { locale: remembered, remember: false, foreign: false };
  return { locale: read, remember: read !== contact.language, foreign: false };
}

/**
 * After the handoff relay (a person answering reads any language): the language of the answer. "speak English" / "fala português" / "en español" switches at once
 * and is confirmed in the new language; any other text is read (`detectLanguage`) and the turn goes on with
 * `locale` set, which every reply builder takes from the context.
 */
export const language: InboundStep = async (turn, next) => {
  const text = turn.inbound.kind === 'text' || turn.voice ? turn.text : '';
  const asked = text ? readLanguageRequest(text) : null;
  if (asked) {
    return {
      kind: 'canned_reply',
      reply: { kind: 'text', text: translate(asked, 'language.switched') },
      remember: { language: asked, setBy: 'asked' },
    };
  }
  if (!text) return next();
  const choice = chooseLanguage(detectLanguage(text), turn.contact);
  const handled = await next({ ...turn, locale: choice.locale });
  const answered = choice.foreign
    ? withNote(handled, { kind: 'text', text: translate(choice.locale, 'language.unsupported') })
    : handled;
  return choice.remember
    ? { ...answered, remember: { language: choice.locale, setBy: 'detected' } }
    : answered;
};

/** The "we speak en/pt/es" note goes before the answer. */
function withNote(handled: Handled, note: OutboundMessage): Handled {
  switch (handled.kind) {
    case 'routed': {
      const { result } = handled.outcome;
      return {
        ...handled,
        outcome: { ...handled.outcome, result: { ...result, replies: [note, ...result.replies] } },
      };
    }
    default:
      return handled;
  }
}
