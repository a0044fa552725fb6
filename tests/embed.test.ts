import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/corpus.js';
import { BROWSER_BUDGET_GZIP, bundleSizes } from '../scripts/bundle-size.js';
import { OptionsError, screen, type ScreenOptions } from '../src/index.js';
import { buildBrowserBundles } from './helpers/browser-bundles.js';

// The browser bundles must behave exactly like the library: same results on every corpus ad, in a
// bare V8 context with no Node globals (as in a JavaScript UDF or an edge worker).
let dir = '';
let ctx: vm.Context;
const ads = ['en', 'ru', 'ky', 'mixed'].flatMap((l) => loadCorpus(l));
const ROOT_DIR = new URL('..', import.meta.url).pathname;
const inVm = (code: string): unknown => vm.runInContext(code, ctx);
const vmScreen = (text: string, options?: ScreenOptions): unknown =>
  JSON.parse(inVm(`JSON.stringify(sakbol.screen(${JSON.stringify(text)}, ${JSON.stringify(options ?? {})}))`) as string);
const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

beforeAll(async () => {
  dir = await buildBrowserBundles();
  ctx = vm.createContext({});
  vm.runInContext(readFileSync(join(dir, 'sakbol.global.js'), 'utf8'), ctx);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('IIFE bundle in an empty V8 context', () => {
  it('runs where there are no Node globals and defines only the global sakbol (and zod\'s shared config)', () => {
    expect(inVm('[typeof process, typeof require, typeof Buffer, typeof self, typeof window, typeof TextEncoder, typeof URL].join()')).toBe('undefined,undefined,undefined,undefined,undefined,undefined,undefined');
    const globals = Object.keys(ctx).sort();
    expect(globals).toContain('sakbol');
    expect(globals.filter((k) => k !== 'sakbol' && !k.startsWith('__zod'))).toEqual([]);
    expect(inVm('typeof sakbol.screen + typeof sakbol.highlight + typeof sakbol.summarize')).toBe('functionfunctionfunction');
  });

  it(`gives the same result as the library on all ${ads.length} corpus ads`, () => {
    expect(ads.length).toBeGreaterThan(600);
    const differ = ads.filter((ad) => JSON.stringify(vmScreen(ad.text)) !== JSON.stringify(screen(ad.text))).map((ad) => ad.id);
    expect(differ).toEqual([]);
  });

  it('reads English number words (compromise/one is in the bundle)', () => {
    const ad = 'Waitress job in Dubai, five thousand dollars per month, three and a half thousand after tax.';
    const r = vmScreen(ad) as ReturnType<typeof screen>;
    expect(r.facts.salary.map((s) => [s.text, s.min, s.currency, s.period])).toEqual([['five thousand dollars per month', 5000, 'USD', 'month']]);
    expect(r).toEqual(json(screen(ad)));
  });

  it('gives the same results with options, in every locale', () => {
    const ad = ads.find((a) => a.level === 'high' && a.lang === 'ru')!;
    for (const options of [{ locale: 'ru' }, { locale: 'ky', detail: 'short' }, { detail: 'none', thresholds: { medium: 20, high: 40 } }, { homeCountry: 'RU', rules: { 'F1.messenger-only-contact': { enabled: false } } }] as ScreenOptions[]) {
      expect(vmScreen(ad.text, options)).toEqual(json(screen(ad.text, options)));
    }
  });

  it('throws the same typed errors with the same messages (zod/mini with English messages)', () => {
    const bad = { thresholds: { medium: 0, high: 400 }, locale: 'fr', colour: 'red' };
    let expected: OptionsError | undefined;
    try {
      screen('ad', bad as never);
    } catch (e) {
      expected = e as OptionsError;
    }
    expect(expected?.issues).toEqual(['thresholds.medium: Too small: expected number to be >=1', 'thresholds.high: Too big: expected number to be <=100', 'locale: Invalid option: expected one of "en"|"ru"|"ky"', '(options): Unrecognized key: "colour"']);
    const got = inVm(`(() => { try { sakbol.screen('ad', ${JSON.stringify(bad)}); return null; } catch (e) { return JSON.stringify([e instanceof sakbol.OptionsError, e instanceof sakbol.SakbolError, e.code, e.issues]); } })()`);
    expect(JSON.parse(got as string)).toEqual([true, true, 'INVALID_OPTIONS', expected?.issues]);
    expect(inVm(`(() => { try { sakbol.screen(42); } catch (e) { return e.code; } })()`)).toBe('INVALID_INPUT');
  });

  it('loads rule packs; refuses a custom regex it cannot check for backtracking, with a RuleError naming rule and path', () => {
    const pack = readFileSync(join(ROOT_DIR, 'tests', 'fixtures', 'example-board.pack.json'), 'utf8');
    const phrasesOnly = JSON.parse(pack) as { rules: Array<{ patterns: Array<{ kind: string }> }> };
    for (const r of phrasesOnly.rules) r.patterns = r.patterns.filter((p) => p.kind !== 'regex');
    const script = (p: string) => `(() => { try { return sakbol.createScreener({ packs: [${p}] }).rules.length > 100 ? 'loaded' : 'few'; } catch (e) { return [e.name, e.code, e.ruleId, e.problems.map((x) => x.path).join(' '), /provideRegexAnalyser/.test(e.message)].join('|'); } })()`;
    expect(inVm(script(JSON.stringify(phrasesOnly)))).toBe('loaded');
    expect(inVm(script(pack))).toBe('RuleError|INVALID_RULE|example-board/B1.deposit-to-card|patterns.2.regex|true');
  });

  it('carries the rules without their examples, false-positive notes and the texts of internal signals', () => {
    expect(inVm(`(() => { const r = sakbol.createScreener().rules; return [r.length > 100, r.some((x) => 'examples' in x || 'falsePositives' in x), r.every((x) => (x.kind === 'signal' ? !('advice' in x) && !('title' in x) : x.title.ru && x.advice.ky))].join(); })()`)).toBe('true,false,true');
  });
});

describe('ES module bundle', () => {
  it('imports nothing (loads from a directory with no node_modules) and screens like the library', async () => {
    const mod = (await import(pathToFileURL(join(dir, 'browser.js')).href)) as typeof import('../src/index.js');
    const ad = ads.find((a) => a.level === 'high' && a.lang === 'ky')!;
    expect(json(mod.screen(ad.text, { locale: 'ky' }))).toEqual(json(screen(ad.text, { locale: 'ky' })));
    expect(Object.keys(mod).sort()).toEqual(Object.keys(await import('../src/index.js')).sort());
  });

  it('puts back what it carries apart or leaves out (texts, default values): its rules are the source rules, keys in order', async () => {
    const mod = (await import(pathToFileURL(join(dir, 'browser.js')).href)) as typeof import('../src/index.js');
    const authoring = (r: Record<string, unknown>): Record<string, unknown> => {
      const { examples: _e, falsePositives: _f, ...rest } = r;
      if (r.kind !== 'signal') return rest;
      const { title: _t, explanation: _x, advice: _a, ...signal } = rest;
      return signal;
    };
    const source = (await import('../src/rules.js')).defaultRules.map((r) => authoring(r as unknown as Record<string, unknown>));
    expect(JSON.stringify(mod.defaultRules)).toBe(JSON.stringify(source));
  });
});

describe('bundle size', () => {
  it('keeps both browser bundles under the gzipped budget of 200 KB, rules for all three languages included', () => {
    const sizes = bundleSizes(dir, ['browser.js', 'sakbol.global.js']);
    expect(sizes.map((s) => s.file)).toEqual(['browser.js', 'sakbol.global.js']);
    for (const s of sizes) expect(s.gzip, s.file).toBeLessThanOrEqual(BROWSER_BUDGET_GZIP);
    // minified: far fewer lines than the ~20,000 of the readable Node build
    for (const s of sizes) expect(readFileSync(join(dir, s.file), 'utf8').split('\n').length, s.file).toBeLessThan(200);
  });

  it("leaves out natural's stop-word lists and tokenizers, which the stemmers' stem() never reads", () => {
    for (const file of ['browser.js', 'sakbol.global.js']) {
      const code = readFileSync(join(dir, file), 'utf8');
      // A run of natural's Russian stop-word list, and its tokenizer's pattern.
      expect(code, file).not.toContain('"подойди","мог","делал"');
      expect(code, file).not.toContain('a-zа-яё0-9');
      expect(code, file).toContain("natural's tokenizers are not in this bundle");
    }
  });
});
