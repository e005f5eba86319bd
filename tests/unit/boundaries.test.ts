import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );

/** What each layer must not import (docs/conventions.md): core knows no channel, SDK, queue or entry point. */
const forbidden: Record<string, RegExp> = {
  core: /(^|\/)(adapters|bots|jobs)\/|^(twilio|@slack\/|whatsapp-web\.js|openai|bullmq|ioredis|express|microsoft-cognitiveservices)/,
  adapters: /(^|\/)(bots|jobs|db)\//,
  db: /(^|\/)(adapters|bots|jobs)\//,
  jobs: /(^|\/)(adapters|bots)\//,
};

describe('import boundaries', () => {
  for (const [layer, pattern] of Object.entries(forbidden)) {
    it(`${layer}/ imports nothing it must not`, () => {
      const violations = sourceFiles(layer).flatMap((file) =>
        importsOf(file)
          .filter((spec) => pattern.test(spec))
          .map((spec) => `${file} → ${spec}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it('only bots/config.ts reads process.env', () => {
    const readers = ['core', 'adapters', 'db', 'jobs', 'bots']
      .flatMap(sourceFiles)
      .filter((file) => /process\.env\b/.test(readFileSync(join(root, file), 'utf8')));
    expect(readers).toEqual(['bots/config.ts']);
  });
});
