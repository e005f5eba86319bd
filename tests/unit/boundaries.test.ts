import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localImportsOf, projectRoot, sourceFiles, specifiersOf } from '../support/import-graph.js';

/**
 * What each layer must not import (docs/architecture.md): core knows no channel, SDK, queue or entry point;
 * db is the model only, below core.
 */
const forbidden: Record<string, { folders: string[]; packages?: RegExp }> = {
  core: {
    folders: ['adapters', 'bots', 'jobs'],
    packages:
      /^(twilio|@slack\/|whatsapp-web\.js|openai|stripe|bullmq|ioredis|express|microsoft-cognitiveservices)/,
  },
  adapters: { folders: ['bots', 'jobs', 'db'] },
  db: { folders: ['core', 'adapters', 'bots', 'jobs'] },
  jobs: { folders: ['adapters', 'bots'] },
};

const topFolderOf = (file: string) => file.split('/')[0]!;

describe('import boundaries', () => {
  for (const [layer, rule] of Object.entries(forbidden)) {
    const what = [...rule.folders.map((folder) => `${folder}/`), ...(rule.packages ? ['an SDK'] : [])];
    it(`${layer}/ imports nothing from ${what.join(', ')}`, () => {
      const violations = sourceFiles(layer).flatMap((file) => [
        ...localImportsOf(file)
          .filter((target) => rule.folders.includes(topFolderOf(target)))
          .map((target) => `${file} → ${target}`),
        ...specifiersOf(file)
          .filter((spec) => rule.packages?.test(spec))
          .map((spec) => `${file} → ${spec}`),
      ]);
      expect(violations).toEqual([]);
    });
  }

  it('only bots/config.ts reads process.env', () => {
    const readers = ['core', 'adapters', 'db', 'jobs', 'bots']
      .flatMap(sourceFiles)
      .filter((file) => /process\.env\b/.test(readFileSync(join(projectRoot, file), 'utf8')));
    expect(readers).toEqual(['bots/config.ts']);
  });
});
