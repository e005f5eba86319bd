/**
 * The second half of `npm run build`: tsc emits the JavaScript into dist/, and this copies what the code reads
 * at run time beside its own file (`new URL('./x', import.meta.url)`): the console page, the intent model and
 * corpus, the speech dictionary and corpus, and fixtures/ for `demo`. Everything that is not TypeScript or a
 * README is copied, so an asset added later cannot be forgotten. Run from the compiled tree:
 *
 *   node dist/scripts/build/copy-assets.js
 */
import { cpSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Source folders compiled into dist/ (tsconfig.build.json), plus fixtures/ which `demo` reads. */
export const ASSET_ROOTS = ['bots', 'core', 'adapters', 'db', 'jobs', 'scripts', 'fixtures'];

const isAsset = (file: string) => !/\.(ts|md)$/.test(file) && !file.endsWith('.sh');

function* assetsUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* assetsUnder(path);
    else if (isAsset(name)) yield path;
  }
}

export function copyAssets(repoRoot: string, outDir: string): number {
  let copied = 0;
  for (const root of ASSET_ROOTS) {
    for (const file of assetsUnder(join(repoRoot, root))) {
      cpSync(file, join(outDir, relative(repoRoot, file)));
      copied++;
    }
  }
  return copied;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  // dist/scripts/build/copy-assets.js → the repository is three levels up from dist/scripts/build.
  const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const repoRoot = resolve(outDir, '..');
  console.log(`copied ${copyAssets(repoRoot, outDir)} run-time files into ${relative(repoRoot, outDir)}/`);
}
