import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, localImportsOf, sourceFiles } from '../support/import-graph.js';

const files = ['core', 'adapters', 'db', 'jobs', 'bots'].flatMap(sourceFiles);

function graphOf(nodeOf: (file: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = nodeOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    for (const target of localImportsOf(file)) if (nodeOf(target) !== from) edges.add(nodeOf(target));
    graph.set(from, edges);
  }
  return graph;
}

/** A core folder is `core/<area>` or, under services/skills/replies, `core/<area>/<feature>`. */
const coreFolderOf = (file: string) => {
  const parts = dirname(file).split('/');
  return parts.slice(0, ['services', 'skills', 'replies'].includes(parts[1] ?? '') ? 3 : 2).join('/');
};

describe('dependency graph', () => {
  it('has no import cycle between files (type imports included)', () => {
    expect(cyclesOf(graphOf((file) => file))).toEqual([]);
  });

  it('has no cycle between the folders of core/', () => {
    const graph = graphOf((file) => (file.startsWith('core/') ? coreFolderOf(file) : file));
    const coreCycles = cyclesOf(graph).filter((cycle) => cycle.some((node) => node.startsWith('core/')));
    expect(coreCycles).toEqual([]);
  });

  it('adapters never import another adapter', () => {
    const adapterOf = (file: string) => file.split('/').slice(0, 3).join('/');
    const crossings = sourceFiles('adapters').flatMap((file) =>
      localImportsOf(file)
        .filter((target) => target.startsWith('adapters/') && adapterOf(target) !== adapterOf(file))
        .map((target) => `${file} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });
});
