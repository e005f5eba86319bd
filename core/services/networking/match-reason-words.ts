import type { MatchReasonFact, ReasonRole } from '../../../db/entities/match.entity.js';
import { INTL_TAG, type Locale } from '../../i18n/locale.js';
import { type Translate, translator } from '../../i18n/translate.js';

/*
 * A suggestion's reason in the reader's language (catalog ids `net.reason.*`). It lives beside the meeting
 * messages rather than in core/replies because the invitation, a proactive notice built here once the
 * recipient's language is known (notifyAttendee), says it too. People's own words (goals, topics, talks,
 * interests, roles) are never translated: they are quoted as written.
 */

/** Goal words that read as an action ("meet investors" → "wants to meet investors"); others as a topic. */
const ACTION_FIRST = /^(meet|find|learn|hire|raise|get|connect|talk|look|invest|sell|buy)/i;

/** Their words mid-sentence: no final full stop, and "Meet investors" → "meet investors" (but "AI" stays). */
function inline(words: string): string {
  const s = words.trim().replace(/\.$/, '');
  return /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** "Founder at Calmware", else whichever they gave (role, company, industry), else "here". */
function roleWords(r: ReasonRole, t: Translate): string {
  if (r.role && r.company) return t('net.reason.roleAt', { role: r.role, company: r.company });
  return r.role || r.company || r.industry || t('net.reason.here');
}

/** One fact about `name` (the other person's first name), as seen by the reader. */
export function factWords(fact: MatchReasonFact, name: string, locale: Locale): string {
  const t = translator(locale);
  switch (fact.kind) {
    case 'they_want':
      return t(ACTION_FIRST.test(fact.words.trim()) ? 'net.reason.wants' : 'net.reason.into', {
        name,
        words: inline(fact.words),
      });
    case 'they_are':
      return t('net.reason.theyAre', { name, goal: fact.goal });
    case 'you_learn': {
      const { topic, via } = fact;
      if ('talk' in via) return t('net.reason.learnTalk', { topic, name, talk: via.talk });
      if ('interest' in via) return t('net.reason.learnInterest', { topic, name, interest: via.interest });
      return t('net.reason.learnRole', { topic, name, role: roleWords(via.role, t) });
    }
    case 'you_meet':
      return t('net.reason.meet', { topic: fact.topic, name, role: roleWords(fact.role, t) });
    case 'shared':
      return t('net.reason.shared', {
        interests: new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(fact.interests),
      });
    case 'similar':
      return t('net.reason.similar', { name, role: roleWords(fact.role, t) });
    case 'met':
      return t('net.reason.met');
  }
}

/**
 * The whole reason, facts joined: "Bob wants to meet investors; you both work on fintech". Capitalised to
 * start a line; `{ midSentence: true }` leaves the first letter as the catalog has it.
 */
export function matchReasonWords(
  facts: readonly MatchReasonFact[],
  name: string,
  locale: Locale,
  options: { midSentence?: boolean } = {},
): string {
  const text = facts.map((f) => factWords(f, name, locale)).join('; ');
  return options.midSentence ? text : text.charAt(0).toLocaleUpperCase(INTL_TAG[locale]) + text.slice(1);
}
