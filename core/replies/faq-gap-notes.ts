import type { OrganizerNote } from '../ports/organizer-chat.js';
import type { FaqGapsOutcome } from '../services/faq-gaps/list-faq-gaps.js';

/** Organizer (Slack) wording of `/eventos faq gaps`; English, outside the attendee catalogs. */

/** One "Add FAQ" button per listed gap: Slack wants action ids unique within a block, so each has its own. */
export const FAQ_GAP_ADD_PREFIX = 'faq_gap_add_';
export const FAQ_GAPS_SHOWN = 10;

const quote = (text: string) => `> ${text.length > 200 ? `${text.slice(0, 199)}…` : text}`;

/** The clusters of unanswered questions, biggest first, each with examples and an "Add FAQ" button. */
export function faqGapsNote(outcome: FaqGapsOutcome): OrganizerNote {
  if (outcome.gaps.length === 0)
    return {
      text: 'No FAQ gaps: every question people asked was answered from the FAQ library (or none was asked yet).',
    };
  const gaps = outcome.gaps.slice(0, FAQ_GAPS_SHOWN);
  return {
    text: `FAQ gaps: ${outcome.questions} unanswered question${outcome.questions === 1 ? '' : 's'} in ${outcome.gaps.length} group${outcome.gaps.length === 1 ? '' : 's'} by similarity. “Add FAQ” opens the form with the question filled in.`,
    sections: gaps.map((g, i) => ({
      title: `${i + 1}. Asked ${g.count} time${g.count === 1 ? '' : 's'}${g.handedOff > 0 ? ` · ${g.handedOff} went to a human` : ''}`,
      lines: g.examples.map(quote),
    })),
    buttons: gaps.map((g, i) => ({
      actionId: `${FAQ_GAP_ADD_PREFIX}${i + 1}`,
      label: `Add FAQ ${i + 1}`,
      value: g.missId,
    })),
  };
}

export function faqGapGoneNote(): OrganizerNote {
  return {
    text: 'That question is no longer available (its text was removed under the retention rules or at the person’s request). Run `/eventos faq gaps` again.',
  };
}
