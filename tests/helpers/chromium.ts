import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's chromium (installed by .ci/run), driven by playwright-core. In CI a missing browser is a
 * failure; on a developer's machine the browser tests are skipped, and the skip names the reason.
 */
export const CHROMIUM_PATH = process.env.SAKBOL_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const IN_CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';
export const CHROMIUM_MISSING = CHROMIUM_PATH === undefined || !existsSync(CHROMIUM_PATH) ? `no Chromium at ${CHROMIUM_PATH ?? '/usr/bin/chromium'} (apt-get install chromium, or set SAKBOL_CHROMIUM)` : null;
/** Skip only outside CI; in CI the tests run and fail with CHROMIUM_MISSING. */
export const SKIP_BROWSER = CHROMIUM_MISSING !== null && !IN_CI;
export const browserSuiteName = (name: string): string => (SKIP_BROWSER ? `${name} (skipped: ${CHROMIUM_MISSING})` : name);

export async function launchChromium(): Promise<Browser> {
  if (CHROMIUM_MISSING !== null) throw new Error(`Browser tests need Chromium: ${CHROMIUM_MISSING}`);
  // --no-sandbox: CI and this machine run as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM_PATH!, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** Serves fixed files over http://127.0.0.1 on an ephemeral port. */
export async function serve(files: Record<string, { type: string; body: string | Buffer }>): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files[path];
    if (path === '/favicon.ico' && !file) {
      res.writeHead(204).end(); // browsers ask for it; answering 404 would log a console error
      return;
    }
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
