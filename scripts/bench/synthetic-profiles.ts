/** Deterministic pseudo-random numbers (mulberry32), so every bench run sees the same attendees. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES =
  'Founder|Co-founder|CTO|CEO|Investor|Angel Investor|Staff Engineer|Data Scientist|ML Engineer|Product Manager|SRE|Platform Engineer|Designer|Student|Recruiter|Sales Lead|Developer Advocate|Security Engineer|CFO|Marketing Lead|Backend Engineer|Frontend Engineer|Engineering Manager|Consultant|Researcher'.split(
    '|',
  );
const INDUSTRIES =
  'fintech|developer tools|databases|cloud infrastructure|machine learning|healthtech|edtech|climate|ecommerce|gaming|security|events|legal tech|logistics|media|venture capital|consulting|robotics|biotech|mobility|insurance|retail|telecom|public sector'.split(
    '|',
  );
const TOPICS =
  'kubernetes|postgres|pgvector|vector search|typescript|rust|python|golang|react|llms|computer vision|mlops|observability|terraform|serverless|payments|open banking|fraud detection|privacy|gdpr|recommendation systems|data engineering|analytics|devops|platform engineering|edge computing|webassembly|graphql|kafka|event streaming|design systems|accessibility|mobile apps|chatbots|whatsapp|ux research|growth|pricing|compliance|cybersecurity|zero trust|iot|robotics|carbon accounting|supply chain|ticketing|open source|developer experience|api design'.split(
    '|',
  );
const FIRST =
  'Ana|Ben|Chloe|Diego|Eva|Farid|Gita|Hugo|Ivy|Jamal|Kai|Lucia|Mateo|Nina|Omar|Pia|Quinn|Rui|Sara|Tomas|Uma|Viktor|Wen|Ximena|Yusuf|Zoe'.split(
    '|',
  );
const LAST =
  'Silva|Novak|Okafor|Tanaka|Schmidt|Garcia|Kowalski|Haddad|Lindqvist|Moreau|Rossi|Singh|Park|Adeyemi|Costa|Dubois'.split(
    '|',
  );

/** Goal templates in the words people use; {t} a topic, {i} an industry, {r} a role. */
const GOALS = [
  'meet investors',
  'raise a seed round',
  'find seed-stage founders',
  'hire {t} engineers',
  'find an internship',
  'find a new job in {i}',
  'find customers in {i}',
  'find {t} vendors',
  'learn about {t}',
  'learn more about {t}',
  'meet {t} users',
  'meet {r}s',
  'find design partners',
  'meet open source maintainers',
];

export interface SyntheticProfile {
  code: string;
  name: string;
  company: string;
  role: string;
  industry: string;
  interests: string[];
  goals: string[];
}

/**
 * Varied, realistic-looking attendee profiles: roles, industries and 2–5 interests drawn with a skew (some
 * topics are popular), and 1–3 goals from the kinds people write (raising, investing, hiring, job seeking,
 * selling, buying, learning, meeting). Investors are likelier to look for founders, founders for investors.
 */
export function syntheticProfiles(count: number, seed = 42): SyntheticProfile[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[], skew = 1): T => xs[Math.floor(rnd() ** skew * xs.length)]!;
  const out: SyntheticProfile[] = [];
  for (let i = 0; i < count; i++) {
    const role = pick(ROLES);
    const industry = role.includes('Investor') ? 'venture capital' : pick(INDUSTRIES, 1.3);
    const interests = [
      ...new Set(Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(TOPICS, 1.5))),
    ];
    const goals = new Set<string>();
    if (role.includes('Investor')) goals.add('find seed-stage founders');
    if (role.includes('ounder') && rnd() < 0.6) goals.add('meet investors');
    while (goals.size < 1 + Math.floor(rnd() * 3)) {
      goals.add(
        pick(GOALS)
          .replace('{t}', pick(TOPICS, 1.5))
          .replace('{i}', pick(INDUSTRIES))
          .replace('{r}', pick(ROLES).toLowerCase()),
      );
    }
    out.push({
      code: `bench-${i}`,
      name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
      company: `${pick(LAST)} ${pick(['Labs', 'Systems', 'Cloud', 'AI', 'Capital', 'Health', 'Works'])}`,
      role,
      industry,
      interests,
      goals: [...goals],
    });
  }
  return out;
}
