import type { NetworkingPreference } from '../../../db/entities/networking-preference.entity.js';

/** What a sentence about oneself says, ready to merge into the profile. */
export interface ProfileUpdate {
  role?: string;
  company?: string;
  interests: string[];
  goals: string[];
  visibility?: NetworkingPreference['visibility'];
}

const ACRONYMS = new Set([
  'cto',
  'ceo',
  'cfo',
  'coo',
  'cpo',
  'cmo',
  'vp',
  'sre',
  'pm',
  'ml',
  'ai',
  'ux',
  'qa',
  'hr',
]);
const ROLE_END = /\s+(?:at|into|in|from|and|who|with|for|looking|interested|working|based|,|\.|;|$)/i;

const tidyRole = (role: string) =>
  role
    .trim()
    .split(/\s+/)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

/** "looking to hire" → "hire"; "looking for investors" → "find investors"; "hoping to meet X" → "meet X". */
function goalsOf(text: string): string[] {
  const goals: string[] = [];
  const clause = (from: number) =>
    text
      .slice(from)
      .split(/[,.;!?]|\band\b(?= (?:i|looking|want|hoping))/i)[0]!
      .trim();
  for (const m of text.matchAll(/\blooking\s+(to|for)\s+/gi)) {
    const rest = clause(m.index + m[0].length);
    if (rest)
      goals.push(m[1]!.toLowerCase() === 'for' ? `find ${rest.replace(/^(a|an|some)\s+/i, 'a ')}` : rest);
  }
  for (const m of text.matchAll(/\b(?:want|wants|hoping|hope|trying|here)\s+to\s+/gi)) {
    const rest = clause(m.index + m[0].length);
    if (rest && /^(meet|find|learn|hire|raise|connect|talk|sell|buy|invest)/i.test(rest)) goals.push(rest);
  }
  if (/\b(we're|we are|i'm|i am)\s+hiring\b/i.test(text)) goals.push('hire');
  if (/\b(we're|we are|i'm|i am)\s+(raising|fundraising)\b/i.test(text)) goals.push('raise funding');
  return [...new Set(goals.map((g) => g.toLowerCase().replace(/\s+/g, ' ')))];
}

/**
 * Reads a self-description ("I'm a CTO into Kubernetes and Postgres, looking to hire") or a visibility
 * request ("hide my profile"). Interests come from the NLU's `interests` slot; role, company and goals from
 * plain patterns — the bot reads back what it understood, so a miss is visible and can be corrected.
 */
export function readProfileUpdate(text: string, interests: readonly string[] = []): ProfileUpdate {
  const update: ProfileUpdate = { interests: [...interests], goals: goalsOf(text) };
  if (/\b(hide|hidden|private|invisible|unlist)\b/i.test(text) && !/\bunhide\b/i.test(text))
    update.visibility = 'hidden';
  else if (
    /\b(unhide|show|public|visible)\b.*\b(me|profile|perfil)\b|\bprofile\b.*\b(public|visible)\b/i.test(text)
  )
    update.visibility = 'public';
  const role = /\b(?:i'?m|i am|im|i work as|working as|as)\s+(?:a|an|the)\s+(.+)/i.exec(text)?.[1];
  const roleText = role?.split(ROLE_END)[0];
  if (roleText && roleText.split(/\s+/).length <= 4) update.role = tidyRole(roleText);
  const company = /\b(?:at|for|founded|run|lead)\s+((?:[A-Z0-9][\w&.'-]*)(?:\s+[A-Z0-9][\w&.'-]*){0,3})/.exec(
    text,
  )?.[1];
  if (company && !/^(I|The)$/.test(company)) update.company = company;
  return update;
}

export const isEmptyUpdate = (u: ProfileUpdate) =>
  !u.role && !u.company && u.interests.length === 0 && u.goals.length === 0 && !u.visibility;
