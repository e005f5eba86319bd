import type { StoredTemplate } from '../../../../core/services/templates/template-sids.js';

/** Where a send finds a template's Content SID by name and language (stored by `twilio templates sync`). */
export interface TemplateDirectory {
  sidFor(name: string, language?: string): Promise<string | undefined>;
}

/** How long a read of the stored SIDs serves sends; a miss reads again sooner (a sync may have just run). */
const TTL_MS = 60_000;
const MISS_RELOAD_MS = 5_000;

/**
 * Picks the Content SID to send: the person's language, else English; among its versions the newest one
 * WhatsApp approved (a reworded template awaiting approval does not stop sends), else the newest.
 */
export function pickTemplateSid(
  templates: readonly StoredTemplate[],
  name: string,
  language = 'en',
): string | undefined {
  for (const lang of language === 'en' ? ['en'] : [language, 'en']) {
    const versions = templates
      .filter((t) => t.name === name && t.language === lang)
      .sort((a, b) => b.version - a.version);
    const chosen = versions.find((t) => t.approval === 'approved') ?? versions[0];
    if (chosen) return chosen.contentSid;
  }
  return undefined;
}

export function createTemplateDirectory(
  load: () => Promise<StoredTemplate[]>,
  clock: () => number = Date.now,
): TemplateDirectory {
  let cached: { at: number; templates: StoredTemplate[] } | undefined;
  let loading: Promise<StoredTemplate[]> | undefined;
  const read = async (maxAgeMs: number) => {
    if (cached && clock() - cached.at < maxAgeMs) return cached.templates;
    loading ??= load()
      .then((templates) => {
        cached = { at: clock(), templates };
        return templates;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };
  return {
    async sidFor(name, language) {
      const sid = pickTemplateSid(await read(TTL_MS), name, language);
      return sid ?? pickTemplateSid(await read(MISS_RELOAD_MS), name, language);
    },
  };
}
