import { createTwilioApiClient } from '../../adapters/channels/twilio/api-client.js';
import { WHATSAPP_TEMPLATES } from '../../adapters/channels/twilio/templates/index.js';
import {
  syncTemplates,
  type TemplateState,
  templateStatus,
} from '../../adapters/channels/twilio/templates/sync-templates.js';
import { loadConfig, processEnv } from '../config.js';
import type { CommandIo } from './command-io.js';

const USAGE = 'Usage: npm run -s eventos -- twilio templates sync|status [--json]\n';

/**
 * `eventos twilio templates sync`: creates the WhatsApp templates (adapters/channels/twilio/templates) in
 * Twilio's Content API and submits them for approval; `status` shows each one's approval. Both end with the
 * `.env` lines that point the config at the English Content SIDs.
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
  const config = loadConfig(env);
  const client = createTwilioApiClient(config.twilio);
  const states =
    action === 'sync'
      ? await syncTemplates(client, WHATSAPP_TEMPLATES)
      : await templateStatus(client, WHATSAPP_TEMPLATES);
  if (rest.includes('--json'))
    io.stdout.write(`${JSON.stringify({ templates: states, env: envLines(states) }, null, 2)}\n`);
  else io.stdout.write(formatStates(states));
  return states.every((s) => s.sid && s.approval !== 'rejected') ? 0 : 1;
}

/**
 * The config lines: the English version of each template, plus the Portuguese and Spanish ones of templates
 * whose config takes them (`<variable>_PT`, `_ES`: sent to people answered in that language).
 */
function envLines(states: TemplateState[]): Record<string, string> {
  const lines: Record<string, string> = {};
  for (const t of WHATSAPP_TEMPLATES) {
    const sidOf = (language: string) => states.find((s) => s.name === t.name && s.language === language)?.sid;
    const en = sidOf('en');
    if (en) lines[t.configVariable] = en;
    if (!t.perLanguageConfig) continue;
    for (const language of ['pt', 'es']) {
      const sid = sidOf(language);
      if (sid) lines[`${t.configVariable}_${language.toUpperCase()}`] = sid;
    }
  }
  return lines;
}

function formatStates(states: TemplateState[]): string {
  const rows = states.map((s) => {
    const change = s.created ? ' (created)' : s.submitted ? ' (submitted)' : '';
    const why = s.rejectionReason ? ` — ${s.rejectionReason}` : '';
    return `${s.friendlyName.padEnd(42)} ${(s.sid ?? '-').padEnd(34)} ${s.approval}${change}${why}`;
  });
  const env = Object.entries(envLines(states)).map(([k, v]) => `${k}=${v}`);
  return `${rows.join('\n')}\n\n# .env\n${env.join('\n')}\n`;
}
