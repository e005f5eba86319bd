import type { ConnectionGoal } from '../../../db/entities/connection-goal.entity.js';
import { profileWords } from './profile-words.js';

/** A normalised connection goal (table connection_goals). */
export interface DerivedGoal {
  kind: ConnectionGoal['kind'];
  /** For learning / meeting / buying: what about; '' otherwise. */
  topic: string;
  /** The words it came from, quoted in reasons ("meet investors"). */
  source: string;
}

export interface ProfileFacts {
  role: string;
  industry: string;
  interests: readonly string[];
  goals: readonly string[];
}

const INVESTOR_ROLE = /\b(investor|vc|venture|angel|fund|partner at)\b/i;

/**
 * Reads what someone is after from their free-text goals, role and interests. Deliberately plain rules: the
 * goals come from an import form or a chat sentence, and the kinds only need to be right often enough to
 * pair the obvious complements (investor ↔ founder raising, hiring ↔ job seeker, vendor ↔ buyer); the
 * embedding carries the rest.
 */
export function deriveGoals(p: ProfileFacts): DerivedGoal[] {
  const out: DerivedGoal[] = [];
  const add = (kind: DerivedGoal['kind'], topic: string, source: string) => {
    if (
      out.some(
        (g) => g.kind === kind && (g.topic === topic.trim() || !['learning', 'meeting'].includes(kind)),
      )
    )
      return;
    out.push({ kind, topic: topic.trim(), source });
  };
  const investor = INVESTOR_ROLE.test(p.role) || /venture capital|investment/i.test(p.industry);

  for (const raw of p.goals) {
    const goal = raw.trim().toLowerCase();
    if (!goal) continue;
    if (
      /\b(raise|raising|fundrais\w*|funding|(meet|find|pitch)( \w+)? (investors?|vcs?|angels?))\b/.test(goal)
    ) {
      add('raising', '', raw);
      continue;
    }
    if (/\b(invest\w*|deal ?flow)\b/.test(goal) || (investor && /\b(founders?|startups?)\b/.test(goal))) {
      add('investing', '', raw);
      // "meet fintech startups" also says which startups; "find seed-stage founders" says nothing more.
      const topic = /\b(?:meet|find)\s+(.+)/.exec(goal)?.[1];
      if (topic && profileWords(topic).some((w) => w !== 'founder' && w !== 'startup'))
        add('meeting', topic, raw);
      continue;
    }
    if (
      /\b(hire|hiring|recruit\w*|talent)\b/.test(goal) ||
      /\bfind\b.*\b(engineers?|developers?|designers?|people for)\b/.test(goal)
    ) {
      add('hiring', /\b(?:hire|find|recruit)\s+(.+)/.exec(goal)?.[1] ?? '', raw);
      continue;
    }
    if (/\b(internship|job|new role|open to work|work as|career)\b/.test(goal)) {
      add('job_seeking', '', raw);
      continue;
    }
    if (/\b(customers?|clients?|design partners?|buyers?|leads)\b/.test(goal)) {
      add('selling', /\b(?:in|from)\s+(?:the\s+)?(.+)/.exec(goal)?.[1] ?? '', raw);
      continue;
    }
    const vendor = /\b(?:meet|find|looking for)\s+(.*?)\s*\b(vendors?|providers?|suppliers?|tools)\b/.exec(
      goal,
    );
    if (vendor) {
      add('buying', vendor[1] ?? '', raw);
      continue;
    }
    const learn = /\blearn(?:ing)?\s+(?:more\s+)?(?:about\s+)?(.+)/.exec(goal);
    if (learn?.[1]) {
      add('learning', learn[1], raw);
      continue;
    }
    const meet = /\b(?:meet|find|connect with|talk to)\s+(.+)/.exec(goal);
    add('meeting', meet?.[1] ?? goal, raw);
  }
  // The role and interests count when the goals did not already say it (the goal's words make a better reason).
  if (investor) add('investing', '', `invest (${p.role || p.industry})`);
  if (p.interests.some((i) => /^(hiring|recruiting)$/i.test(i))) add('hiring', '', 'hire');
  if (p.interests.some((i) => /^fundrais/i.test(i))) add('raising', '', 'fundraising');
  return out;
}
