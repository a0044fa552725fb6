/**
 * Build step: print the size of each bundle, raw and gzipped, and fail the build when a browser
 * bundle is over its budget (200 KB gzipped, all rules for all three languages included).
 * Usage: tsx scripts/bundle-size.ts [dist-dir]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ROOT } from './corpus.js';

export const BROWSER_BUDGET_GZIP = 200 * 1024;
export const BROWSER_BUNDLES = ['browser.js', 'sakbol.global.js'];
const NODE_BUNDLES = ['index.js', 'index.cjs'];

export function bundleSizes(dir: string, files = [...BROWSER_BUNDLES, ...NODE_BUNDLES]): Array<{ file: string; bytes: number; gzip: number; budget: number | null }> {
  return files.map((file) => {
    const code = readFileSync(join(dir, file));
    return { file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, budget: BROWSER_BUNDLES.includes(file) ? BROWSER_BUDGET_GZIP : null };
  });
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? join(ROOT, 'dist');
  let over = false;
  for (const s of bundleSizes(dir)) {
    const verdict = s.budget === null ? '' : s.gzip <= s.budget ? `  (budget ${kb(s.budget)}: ok)` : `  (budget ${kb(s.budget)}: OVER)`;
    if (s.budget !== null && s.gzip > s.budget) over = true;
    process.stdout.write(`${s.file.padEnd(18)} ${kb(s.bytes).padStart(10)}  gzip ${kb(s.gzip).padStart(9)}${verdict}\n`);
  }
  if (over) {
    process.stderr.write('A browser bundle is over its gzipped-size budget.\n');
    process.exit(1);
  }
}
