/** Words that say nothing about a topic ("meet pgvector users" is about pgvector). */
const FILLER = new Set(
  (
    'a an the and or of in on at for to with about more some other new good great interesting potential fellow ' +
    'people person folks someone anyone users user seed stage early senior junior my our their your who that ' +
    'meet find learn get know talk connect ai-'
  ) // "ai-" never matches: keeps the list one string
    .split(' '),
);

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('es') && !word.endsWith('ses')) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Lower-case, accent-free, stemmed content words: "Vector Databases" → ["vector", "database"]. */
export function profileWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w.length > 1 && !FILLER.has(w))
    .map(stem);
}

/** Share of the topic's words found among `words` (0 when the topic has none). */
export function topicOverlap(topic: string, words: ReadonlySet<string>): number {
  const wanted = [...new Set(profileWords(topic))];
  if (wanted.length === 0) return 0;
  return wanted.filter((w) => words.has(w)).length / wanted.length;
}
