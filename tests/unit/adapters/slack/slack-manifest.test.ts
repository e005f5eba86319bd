import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  BOT_EVENTS,
  CLIENT_HELPERS,
  SLASH_COMMANDS,
  WEB_API_SCOPES,
} from '../../../../adapters/channels/slack/slack-app-spec.js';
import { run } from '../../../../bots/commands/slack.js';

const SLACK_DIR = join(import.meta.dirname, '../../../../adapters/channels/slack');

async function manifest(env: Record<string, string>, args = ['manifest']) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += c;
  });
  stderr.on('data', (c) => {
    err += c;
  });
  const code = await run(args, { stdin: new PassThrough(), stdout, stderr }, env);
  return { code, out, err };
}

interface Manifest {
  features: { slash_commands: { command: string; url: string; usage_hint: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
}

/** The adapter's source files, tests' own helpers excluded. */
function adapterSources(): { file: string; text: string }[] {
  return readdirSync(SLACK_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((file) => ({ file, text: readFileSync(join(SLACK_DIR, file), 'utf8') }));
}

describe('eventos slack manifest', () => {
  it('prints YAML with every slash command, scope and URL built from PUBLIC_BASE_URL', async () => {
    const { code, out, err } = await manifest({ PUBLIC_BASE_URL: 'https://events.example.org/' });
    expect(code).toBe(0);
    expect(err).toBe('');
    const m = parse(out) as Manifest;
    const url = 'https://events.example.org/slack/events';
    expect(m.features.slash_commands.map((c) => c.command).sort()).toEqual(['/eventos', '/leads']);
    for (const c of m.features.slash_commands) expect(c.url).toBe(url);
    expect(m.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(m.settings.event_subscriptions.request_url).toBe(url);
    expect(m.settings.event_subscriptions.bot_events).toEqual(['message.channels', 'message.groups']);
    expect(m.oauth_config.scopes.bot).toEqual([
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'groups:read',
    ]);
  });

  it('warns when PUBLIC_BASE_URL is unset or not https, and refuses an unknown subcommand', async () => {
    const unset = await manifest({});
    expect(unset.code).toBe(0);
    expect(unset.err).toMatch(/PUBLIC_BASE_URL is not set/);
    const http = await manifest({ PUBLIC_BASE_URL: 'http://events.example.org' });
    expect(http.err).toMatch(/https/);
    const wrong = await manifest({}, ['manifesto']);
    expect(wrong.code).toBe(2);
    expect(wrong.out).toBe('');
  });

  it('lists the scope of every Web API method the Slack adapter calls', async () => {
    const m = parse((await manifest({ PUBLIC_BASE_URL: 'https://x.test' })).out) as Manifest;
    const granted = new Set(m.oauth_config.scopes.bot);
    const called = new Set<string>();
    for (const { text } of adapterSources()) {
      for (const [, ns, method] of text.matchAll(/\bclient\.(\w+)\.(\w+)\(/g)) called.add(`${ns}.${method}`);
      for (const [, helper] of text.matchAll(/\bclient\.(\w+)\(/g))
        for (const method of CLIENT_HELPERS[helper as string] ?? [`(unknown helper ${helper})`])
          called.add(method);
    }
    // The grep must see the calls we know of, or it proves nothing.
    expect(called).toContain('chat.postMessage');
    expect(called).toContain('views.open');
    expect(called).toContain('files.completeUploadExternal');
    for (const method of called) {
      expect(WEB_API_SCOPES, `${method} has no entry in WEB_API_SCOPES`).toHaveProperty([method]);
      for (const scope of WEB_API_SCOPES[method] ?? [])
        expect(granted, `${method} needs ${scope}`).toContain(scope);
    }
  });

  it('subscribes to every event and registers every slash command the listeners use', async () => {
    const m = parse((await manifest({ PUBLIC_BASE_URL: 'https://x.test' })).out) as Manifest;
    const sources = adapterSources();
    const events = sources.flatMap(({ text }) =>
      [...text.matchAll(/\bapp\.event\(\s*'([\w.]+)'/g)].map((x) => x[1]),
    );
    expect(events).toContain('message');
    for (const event of events) {
      const subscriptions = BOT_EVENTS[event as string];
      expect(subscriptions, `app.event('${event}') has no entry in BOT_EVENTS`).toBeDefined();
      for (const name of Object.keys(subscriptions ?? {}))
        expect(m.settings.event_subscriptions.bot_events).toContain(name);
    }
    // Commands are registered from the spec, never typed as strings, so the manifest cannot miss one.
    const literal = sources.filter(({ text }) => /\bapp\.command\(\s*['"`]/.test(text)).map((s) => s.file);
    expect(literal).toEqual([]);
    const registered = sources.flatMap(({ text }) => [...text.matchAll(/\bapp\.command\(/g)]).length;
    expect(registered).toBe(SLASH_COMMANDS.length);
  });
});
