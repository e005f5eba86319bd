import { createHash } from 'node:crypto';

export interface ProfileSource {
  role: string;
  company: string;
  industry: string;
  interests: readonly string[];
  goals: readonly string[];
  talks: readonly string[];
}

/**
 * The text an attendee's embedding is made from. Role and interests come first and goals are written as
 * sentences, so the hashed embedder's word and phrase features and a cloud model both see the same facts.
 */
export function profileText(p: ProfileSource): string {
  return [
    [p.role, p.company && `at ${p.company}`, p.industry && `in ${p.industry}`].filter(Boolean).join(' '),
    p.interests.length > 0 ? `Interests: ${p.interests.join(', ')}.` : '',
    p.goals.length > 0 ? `Goals: ${p.goals.join('; ')}.` : '',
    p.talks.length > 0 ? `Speaks on: ${p.talks.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Hash of the text and the model: an unchanged profile under the same model is not embedded again. */
export const profileHash = (text: string, model: string) =>
  createHash('sha256').update(`${model}\n${text}`).digest('hex').slice(0, 32);
