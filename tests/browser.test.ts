import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/corpus.js';
import { buildPlayground } from '../scripts/playground.js';
import { highlightRanges, screen, summarize } from '../src/index.js';
import { buildBrowserBundles } from './helpers/browser-bundles.js';
import { browserSuiteName, launchChromium, serve, SKIP_BROWSER } from './helpers/chromium.js';

// The ES module build and the playground, in headless Chromium (Debian's package, driven by
// playwright-core), served from http://127.0.0.1. Results must equal the library's in Node.
const root = new URL('..', import.meta.url).pathname;
const RISKY = 'Girls 18-25 wanted as hostesses in Dubai! Salary five thousand dollars per month. Your passport will be kept by the agency. Ticket is deducted from your salary. WhatsApp only +971 50 123 4567 <b>now</b>';
const ads = ['en', 'ru', 'ky', 'mixed'].flatMap((l) => loadCorpus(l));
const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let dir = '';
const pageErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${path}: console.error ${m.text()}`);
  });
  await page.goto(server.url + path);
  return page;
}

describe.skipIf(SKIP_BROWSER)(browserSuiteName('in headless Chromium'), () => {
  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'sakbol-browser-test-'));
    const [bundles] = await Promise.all([buildBrowserBundles(), buildPlayground(join(dir, 'playground.html'))]);
    const esmPage = `<!doctype html><meta charset="utf-8"><title>sakbol ESM</title><pre id="out"></pre>
<script type="module">
  import { screen, highlight } from './browser.js';
  const ad = ${JSON.stringify(RISKY).replace(/</g, '\\u003c')};
  const r = screen(ad);
  document.getElementById('out').textContent = JSON.stringify({ result: r, html: highlight(ad, r) });
</script>`;
    server = await serve({
      '/': { type: 'text/html; charset=utf-8', body: esmPage },
      '/browser.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(join(bundles, 'browser.js')) },
      '/playground.html': { type: 'text/html; charset=utf-8', body: readFileSync(join(dir, 'playground.html')) },
    });
    rmSync(bundles, { recursive: true, force: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads the ES module from a page and screens an ad exactly as Node does (number words included)', async () => {
    const page = await open('/');
    await page.waitForFunction(() => document.getElementById('out')?.textContent !== '');
    const got = JSON.parse((await page.textContent('#out'))!) as { result: unknown; html: string };
    const r = screen(RISKY);
    expect(r.facts.salary.map((s) => [s.text, s.min])).toEqual([['five thousand dollars per month', 5000]]);
    expect(got.result).toEqual(json(r));
    expect(got.html).toContain('&lt;b&gt;now&lt;/b&gt;');
    expect(pageErrors).toEqual([]);
  });

  it(`gives the library's result on all ${ads.length} corpus ads`, async () => {
    const page = await open('/');
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const results = (await page.evaluate(`import('/browser.js').then((m) => ${JSON.stringify(ads.map((a) => a.text))}.map((t) => JSON.stringify(m.screen(t))))`)) as string[];
    const differ = ads.filter((a, i) => results[i] !== JSON.stringify(screen(a.text))).map((a) => a.id);
    expect(differ).toEqual([]);
  });

  it('playground: paste an ad, see level, score, one mark per highlighted range, explanations; switch locale; screenshot', async () => {
    const page = await open('/playground.html');
    expect(await page.isHidden('#result')).toBe(true);
    await page.fill('#ad', RISKY);
    await page.waitForFunction(() => document.querySelectorAll('#highlighted mark').length > 0);
    const r = screen(RISKY, { locale: 'en' });
    expect(await page.locator('#highlighted mark').count()).toBe(highlightRanges(RISKY, r).length);
    expect(await page.getAttribute('#level', 'class')).toBe(`level ${r.level}`);
    expect(await page.textContent('#level')).toBe('high risk');
    expect(await page.textContent('#score')).toBe(String(r.score));
    expect(await page.locator('#indicators > li > b').allTextContents()).toEqual(r.indicators.map((i) => i.title));
    expect(await page.textContent('#highlighted')).toBe(RISKY);
    expect(await page.textContent('#message')).toBe(summarize(r, { audience: 'jobseeker', locale: 'en' }));

    await page.selectOption('#locale', 'ru');
    const ru = screen(RISKY, { locale: 'ru' });
    await page.waitForFunction((t) => document.querySelector('#indicators > li > b')?.textContent === t, ru.indicators[0]!.title);
    expect(await page.textContent('#level')).toBe('высокий риск');
    expect(await page.locator('#indicators > li > b').allTextContents()).toEqual(ru.indicators.map((i) => i.title));
    expect(await page.textContent('#message')).toBe(summarize(ru, { audience: 'jobseeker', locale: 'ru' }));
    expect(await page.locator('#highlighted mark').count()).toBe(highlightRanges(RISKY, ru).length);

    mkdirSync(join(root, 'reports'), { recursive: true });
    const png = await page.screenshot({ path: join(root, 'reports', 'playground.png'), fullPage: true });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    expect(pageErrors).toEqual([]);
  });

  it('playground: the example buttons fill the box and screen the example', async () => {
    const page = await open('/playground.html');
    const buttons = page.locator('#example-buttons button');
    expect(await buttons.allTextContents()).toEqual(['English', 'Русский', 'Кыргызча']);
    for (let i = 0; i < 3; i++) {
      await buttons.nth(i).click();
      const text = await page.inputValue('#ad');
      const r = screen(text, { locale: 'en' });
      expect(await page.textContent('#score')).toBe(String(r.score));
      expect(await page.locator('#highlighted mark').count()).toBe(highlightRanges(text, r).length);
    }
    expect(pageErrors).toEqual([]);
  });
});
