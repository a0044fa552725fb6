import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { browserBuilds } from '../../tsup.config.js';

/**
 * Builds the browser bundles (browser.js, sakbol.global.js) exactly as `npm run build` does, but into a
 * scratch directory: tests/package.test.ts rebuilds dist/ (npm pack) at the same time in another worker.
 */
export async function buildBrowserBundles(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sakbol-browser-'));
  await Promise.all(browserBuilds.map((o) => build({ ...o, outDir: dir, silent: true, config: false })));
  return dir;
}
