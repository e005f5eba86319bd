import type { EntityManager } from '@mikro-orm/postgresql';
import { WhatsappTemplate } from '../../../db/entities/whatsapp-template.entity.js';

export interface StoredTemplate {
  name: string;
  language: string;
  version: number;
  contentSid: string;
  approval: string;
}

/** Records what `eventos twilio templates sync` or `status` learned from Twilio (one row per version). */
export async function saveTemplateSids(em: EntityManager, templates: StoredTemplate[]): Promise<void> {
  if (templates.length === 0) return;
  const syncedAt = new Date();
  await em.upsertMany(
    WhatsappTemplate,
    templates.map((t) => ({ ...t, syncedAt })),
  );
}

export async function loadTemplateSids(em: EntityManager): Promise<StoredTemplate[]> {
  const rows = await em.find(
    WhatsappTemplate,
    {},
    { orderBy: { name: 'asc', language: 'asc', version: 'asc' } },
  );
  return rows.map(({ name, language, version, contentSid, approval }) => ({
    name,
    language,
    version,
    contentSid,
    approval,
  }));
}
