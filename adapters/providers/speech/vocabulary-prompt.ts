import type { EventCatalog } from '../../../core/catalog/event-catalog.js';

/**
 * The event's own words (tiers, sessions, speakers, sponsors) as a hint for cloud recognisers: Whisper's
 * `prompt`, Azure's phrase list. Bounded, since providers cap hint sizes.
 */
export function vocabularyPhrases(catalog: EventCatalog, max = 60): string[] {
  const phrases = new Set<string>();
  for (const t of catalog.tiers) phrases.add(t.name);
  for (const s of catalog.sessions) {
    phrases.add(s.title.split(':').pop()?.trim() ?? s.title);
    for (const sp of s.speakers) phrases.add(sp);
  }
  for (const s of catalog.sponsors) phrases.add(s.name);
  for (const p of catalog.people) phrases.add(p.name);
  return [...phrases].slice(0, max);
}
