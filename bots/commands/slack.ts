import { stringify } from 'yaml';
import { slackAppManifest } from '../../adapters/channels/slack/slack-manifest.js';
import { loadConfig, processEnv } from '../config.js';
import type { CommandIo } from './command-io.js';

const USAGE = 'Usage: npm run -s eventos -- slack manifest [--name "App name"]\n';

/** `eventos slack manifest`: the Slack app manifest (YAML) for "Create an app from a manifest". */
export async function run(args: string[], io: CommandIo, env = processEnv()): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'manifest') {
    io.stderr.write(USAGE);
    return 2;
  }
  const nameAt = rest.indexOf('--name');
  const appName = nameAt >= 0 ? rest[nameAt + 1] : undefined;
  if (nameAt >= 0 && !appName) {
    io.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig(env);
  if (!env.PUBLIC_BASE_URL?.trim())
    io.stderr.write(
      `PUBLIC_BASE_URL is not set: the manifest points Slack at ${config.publicBaseUrl}, which Slack cannot reach.\n`,
    );
  else if (!config.publicBaseUrl.startsWith('https://'))
    io.stderr.write('Slack only posts to https URLs: set PUBLIC_BASE_URL to your https origin.\n');
  const manifest = slackAppManifest({ publicBaseUrl: config.publicBaseUrl, ...(appName ? { appName } : {}) });
  io.stdout.write(stringify(manifest, { lineWidth: 0 }));
  return 0;
}
