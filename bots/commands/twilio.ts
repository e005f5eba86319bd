import { createTwilioApiClient } from '../../adapters/channels/twilio/api-client.js';
import { WHATSAPP_TEMPLATES } from '../../adapters/channels/twilio/templates/index.js';
import {
  syncTemplates,
  type TemplateState,
  templateStatus,
  toStoredTemplates,
} from '../../adapters/channels/twilio/templates/sync-templates.js';
import { saveTemplateSids } from '../../core/services/templates/template-sids.js';
import { migrateDatabase } from '../../db/migrate.js';
import { initDb } from '../../db/orm.js';
import { loadConfig, processEnv } from '../config.js';
import type { CommandIo } from './command-io.js';
import { withServices } from './with-services.js';

const USAGE = 'Usage: npm run -s eventos -- twilio templates sync|status [--json]\n';

/**
 * `eventos twilio templates sync`: creates the WhatsApp templates (adapters/channels/twilio/templates) in
 * Twilio's Content API and submits them for approval; `status` shows each one's approval. Both store the
 * Content SIDs and approvals in the database, where sends look them up by template name and language.
 */
export async function run(args: string[], io: CommandIo, env = processEnv()): Promise<number> {
  const [what, action, ...rest] = args;
  if (
    what !== 'templates' ||
    (action !== 'sync' && action !== 'status') ||
    rest.some((a) => a !== '--json')
  ) {
    io.stderr.write(USAGE);
    return 2;
  }
  const config = await withServices(loadConfig(env), (l) => io.stderr.write(`${l}\n`));
  const client = createTwilioApiClient(config.twilio);
  const states =
    action === 'sync'
      ? await syncTemplates(client, WHATSAPP_TEMPLATES)
      : await templateStatus(client, WHATSAPP_TEMPLATES);
  await storeSids(config.databaseUrl, states);
  if (rest.includes('--json')) io.stdout.write(`${JSON.stringify({ templates: states }, null, 2)}\n`);
  else io.stdout.write(formatStates(states));
  return states.every((s) => s.sid && s.approval !== 'rejected') ? 0 : 1;
}

/** What Twilio returned, where sends find it (by template name, language and version). */
export async function storeSids(databaseUrl: string, states: TemplateState[]): Promise<void> {
  await migrateDatabase(databaseUrl);
  const db = await initDb(databaseUrl, { poolMax: 2 });
  try {
    await saveTemplateSids(db.em.fork(), toStoredTemplates(states));
  } finally {
    await db.close(true);
  }
}

function formatStates(states: TemplateState[]): string {
  const rows = states.map((s) => {
    const change = s.created ? ' (created)' : s.submitted ? ' (submitted)' : '';
    const why = s.rejectionReason ? ` — ${s.rejectionReason}` : '';
    return `${s.friendlyName.padEnd(42)} ${(s.sid ?? '-').padEnd(34)} ${s.approval}${change}${why}`;
  });
  return `${rows.join('\n')}\n\nStored: sends use these Content SIDs by template name and the person's language.\n`;
}
