import { z } from 'zod';
import type { SponsorTargets } from '../../../db/entities/sponsor.entity.js';
import type { LeadFactor, LeadTemperature } from '../../../db/entities/sponsor-lead.entity.js';

/** One scoring factor as stored and shown to the sponsor ("role matches: CTO", +30). */
export type { LeadFactor, SponsorTargets };

/** The stored factors as read back from the JSON column: checked, not trusted. */
export const leadFactorsSchema: z.ZodType<LeadFactor[]> = z.array(
  z.object({
    code: z.string(),
    label: z.string(),
    points: z.number(),
    role: z.string().optional(),
    interests: z.array(z.string()).optional(),
    sessions: z.number().optional(),
  }),
);

export type Temperature = LeadTemperature;

export interface LeadProfile {
  role: string;
  interests: string[];
}

export interface LeadEngagement {
  boothVisits: number;
  demoRequested: boolean;
  /** Sessions the person attended whose topics are the sponsor's interests. */
  sessionsOnTopic: number;
}

/**
 * Points per factor and the temperature thresholds. Fit (role, interests) can reach 60, engagement 60; a
 * lead is hot from 60 — a target role with two shared interests, or a fitting person who asked for a demo —
 * and warm from 35 (a target role and one shared interest). Below that it is cold and waits for the digest.
 */
export const SCORING = {
  roleMatch: 30,
  perInterest: 15,
  maxInterests: 30,
  demoRequest: 25,
  boothVisit: 15,
  perSession: 10,
  maxSessions: 20,
  hotFrom: 60,
  warmFrom: 35,
} as const;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const words = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** "Senior DevOps Engineer" fits the target "DevOps Engineer"; "CTO" fits "CTO"; "Director" does not fit "CTO". */
function matchingRole(role: string, targets: string[]): string | undefined {
  const mine = words(role);
  if (!mine.trim()) return undefined;
  return targets.find((t) => words(t).trim() && mine.includes(words(t)));
}

/**
 * The lead's score against one sponsor's targets, with every factor that counted (stored and shown): its code
 * and facts, which a sponsor's WhatsApp contact reads in their language (core/replies/lead-why.ts), and an
 * English label for organizers (Slack, the CSV export), whose text stays English.
 */
export function scoreLead(
  profile: LeadProfile,
  targets: SponsorTargets,
  engagement: LeadEngagement,
): { score: number; temperature: Temperature; factors: LeadFactor[] } {
  const factors: LeadFactor[] = [];
  const role = matchingRole(profile.role, targets.roles);
  if (role)
    factors.push({
      code: 'role_match',
      label: `role matches: ${profile.role}`,
      points: SCORING.roleMatch,
      role: profile.role,
    });
  const wanted = new Set(targets.interests.map(norm));
  const shared = [...new Set(profile.interests.map(norm))].filter((i) => wanted.has(i));
  if (shared.length > 0) {
    factors.push({
      code: 'interest_overlap',
      label: `shared interests: ${shared.join(', ')}`,
      points: Math.min(shared.length * SCORING.perInterest, SCORING.maxInterests),
      interests: shared,
    });
  }
  if (engagement.demoRequested)
    factors.push({ code: 'demo_request', label: 'asked for a demo', points: SCORING.demoRequest });
  if (engagement.boothVisits > 0)
    factors.push({ code: 'booth_visit', label: 'visited the booth', points: SCORING.boothVisit });
  if (engagement.sessionsOnTopic > 0) {
    factors.push({
      code: 'sessions_on_topic',
      label: `attended ${engagement.sessionsOnTopic} session${engagement.sessionsOnTopic === 1 ? '' : 's'} on their topics`,
      points: Math.min(engagement.sessionsOnTopic * SCORING.perSession, SCORING.maxSessions),
      sessions: engagement.sessionsOnTopic,
    });
  }
  const score = Math.min(
    100,
    factors.reduce((sum, f) => sum + f.points, 0),
  );
  return { score, temperature: temperatureOf(score), factors };
}

export function temperatureOf(score: number): Temperature {
  if (score >= SCORING.hotFrom) return 'hot';
  if (score >= SCORING.warmFrom) return 'warm';
  return 'cold';
}
