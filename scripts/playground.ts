/**
 * `npm run playground`: builds one self-contained HTML file (playground/page.html with the IIFE
 * bundle and playground/app.ts inlined) where a person pastes an ad and sees the level, the score,
 * the highlighted words, the explanations and a message for a job seeker, in en / ru / ky.
 * Usage: tsx scripts/playground.ts [out.html]   (default playground/out/index.html)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'tsup';
import { browserBuilds } from '../tsup.config.js';
import { ROOT } from './corpus.js';

// Inline scripts end at the first "</script" and change parsing state at "<!--"; both can appear in
// string or regex literals, where the escaped forms mean the same.
const inlineSafe = (code: string): string => code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');

export async function buildPlayground(out: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'sakbol-playground-'));
  try {
    const iife = browserBuilds.find((o) => o.format?.includes('iife'))!;
    await Promise.all([
      build({ ...iife, outDir: tmp, silent: true, config: false }),
      build({ entry: { app: join(ROOT, 'playground/app.ts') }, format: ['iife'], target: 'es2022', platform: 'browser', outDir: tmp, silent: true, config: false }),
    ]);
    const page = readFileSync(join(ROOT, 'playground/page.html'), 'utf8');
    const html = page
      .replace('<script>/*SAKBOL_IIFE*/</script>', () => `<script>${inlineSafe(readFileSync(join(tmp, 'sakbol.global.js'), 'utf8'))}</script>`)
      .replace('<script>/*PLAYGROUND_APP*/</script>', () => `<script>${inlineSafe(readFileSync(join(tmp, 'app.global.js'), 'utf8'))}</script>`);
    if (html === page || html.includes('/*SAKBOL_IIFE*/') || html.includes('/*PLAYGROUND_APP*/')) throw new Error('playground/page.html lost its script placeholders');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = resolve(process.argv[2] ?? join(ROOT, 'playground/out/index.html'));
  await buildPlayground(out);
  process.stdout.write(`Playground: ${out} (${(readFileSync(out).length / 1024).toFixed(0)} KB, one file; open it in a browser)\n`);
}
