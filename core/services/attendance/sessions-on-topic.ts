/** Lower-case words padded with spaces, for whole-word matching: " scaling postgres with pgvector ". */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * Whether a session is on one of a sponsor's topics: one of its target interests ("postgres") is a word or
 * phrase of the session's title or aliases ("Scaling Postgres with pgvector"). Sessions carry no topic list
 * in the event file, so the organizer's own words for the session are its topics.
 */
export function isOnTopic(session: { title: string; aliases: string[] }, interests: string[]): boolean {
  const said = words([session.title, ...session.aliases].join(' | '));
  return interests.some((interest) => {
    const wanted = words(interest).trim();
    return wanted.length > 0 && said.includes(` ${wanted} `);
  });
}
