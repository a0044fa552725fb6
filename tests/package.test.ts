import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs the library as npm would publish it, installs the tarball into a scratch project and uses it
// both ways (ESM import and CommonJS require), as a consumer would.
const root = new URL('..', import.meta.url).pathname;
let scratch = '';

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sakbol-pack-'));
  const out = run('npm', ['pack', '--pack-destination', scratch, '--silent'], root);
  const tgz = out.trim().split('\n').pop()!;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, tgz)], scratch);
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('published package', () => {
  it('works through ESM import, printing nothing', () => {
    const out = run('node', ['--input-type=module', '-e', "import { screen } from 'sakbol'; const r = screen('Hostess job in Dubai for girls 18-25, $5000 a month, passport kept by the agency'); process.stdout.write(JSON.stringify([r.level, typeof r.score]));"], scratch);
    expect(JSON.parse(out)).toEqual(['high', 'number']);
  });

  it('works through CommonJS require, printing nothing', () => {
    const out = run('node', ['-e', "const s = require('sakbol'); const r = s.screen('Cook for a cafe in Bishkek, 30 000 som a month'); process.stdout.write(JSON.stringify([r.level, s.InputError.name]));"], scratch);
    expect(JSON.parse(out)).toEqual(['low', 'InputError']);
  });

  // The Node bundles carry what compiling the bundled rules derives from their regexes and phrases,
  // worked out at build time (src/engine/regex-derived.ts, src/match/phrase-derived.ts); the source,
  // as the tests run it, derives it when it compiles the rules. Both must screen alike.
  it('carries the regexes and phrases derived at build time, and screens every corpus ad as the source does', async () => {
    const { loadCorpus } = await import('../scripts/corpus.js');
    const { screen } = await import('../src/index.js');
    const texts = ['en', 'ru', 'ky', 'mixed', 'adversarial'].flatMap((l) => loadCorpus(l)).map((ad) => ad.text);
    writeFileSync(join(scratch, 'texts.json'), JSON.stringify(texts));
    const script = "const { screen } = require('sakbol'); const bundle = require('fs').readFileSync(require.resolve('sakbol'), 'utf8'); const texts = require('./texts.json'); process.stdout.write(JSON.stringify({ baked: [/numberStart\\\\*\":true/.test(bundle), bundle.includes('outsid the countri')], results: texts.map((t) => screen(t)) }));";
    const out = JSON.parse(execFileSync('node', ['-e', script], { cwd: scratch, encoding: 'utf8', maxBuffer: 256 << 20 })) as { baked: boolean[]; results: unknown[] };
    // A regex derivation ("numberStart":true) and a phrase's stemmed steps ("outside the country").
    expect(out.baked).toEqual([true, true]);
    expect(out.results).toEqual(texts.map((t) => screen(t)));
  }, 120_000);

  it('ships the JSON Schemas, type declarations and browser bundles', () => {
    const out = run('node', ['-e', "process.stdout.write(JSON.stringify([require('sakbol/rule.schema.json').title, require('sakbol/result.schema.json').title, require('sakbol/options.schema.json').title, require('sakbol/pack.schema.json').title, require.resolve('sakbol/package.json') !== '']))"], scratch);
    expect(JSON.parse(out)).toEqual(['sakbol rule file', 'sakbol screen() result', 'sakbol screen() options', 'sakbol rule pack', true]);
    const files = readdirSync(join(scratch, 'node_modules', 'sakbol', 'dist')).sort();
    expect(files).toEqual(['browser.js', 'cli.js', 'index.cjs', 'index.d.cts', 'index.d.ts', 'index.js', 'options.schema.json', 'pack.schema.json', 'result.schema.json', 'rule.schema.json', 'sakbol.global.js', 'testing.cjs', 'testing.d.cts', 'testing.d.ts', 'testing.js']);
  });

  it('exports the browser ES module as sakbol/browser and the IIFE as sakbol/global', () => {
    const out = run('node', ['--input-type=module', '-e', "import { screen, highlight } from 'sakbol/browser'; import { createRequire } from 'node:module'; const r = screen('Hostess job in Dubai for girls 18-25, $5000 a month, passport kept by the agency'); process.stdout.write(JSON.stringify([r.level, highlight('a', screen('a')), createRequire(import.meta.url).resolve('sakbol/global').endsWith('dist/sakbol.global.js')]));"], scratch);
    expect(JSON.parse(out)).toEqual(['high', 'a', true]);
  });

  // A custom regex loads the bundled safety analyser on first use (a lazy require inside the bundle);
  // sakbol/testing shares the main entry's classes.
  const packScript = (imports: string): string => `${imports}
    const rule = (regex) => ({ id: 'acme/B1.card', kind: 'indicator', category: 'B1', status: 'stable', severity: 'medium', confidence: 0.8, weight: 20,
      title: { en: 'Card deposit' }, explanation: { en: 'x' }, advice: { en: 'x' }, references: [], falsePositives: [],
      patterns: [{ id: 'card', kind: 'regex', lang: 'en', regex }],
      examples: { match: [{ lang: 'en', text: 'Deposit to card 4400 1234 5678 9012.', span: 'card 4400 1234 5678 9012' }], noMatch: [{ lang: 'en', text: 'Paid to your card.' }] } });
    const ok = createScreener({ extraRules: [rule('{{<}}card\\\\s{1,2}\\\\d{4}(?:\\\\s?\\\\d{4}){3}')] }).screen('Deposit to card 4400 1234 5678 9012.').indicators.map((i) => i.ruleId);
    let refused = '';
    try { createScreener({ extraRules: [rule('(\\\\w+\\\\s?)*$')] }); } catch (e) { refused = [e instanceof RuleError, e.ruleId, e.problems[0].path].join(' '); }
    const tested = new RuleTester({ id: 'acme', rules: [rule('{{<}}card\\\\s{1,2}\\\\d{4}(?:\\\\s?\\\\d{4}){3}')] }).run();
    process.stdout.write(JSON.stringify([ok.includes('acme/B1.card'), refused, tested.ok, tested.passed]));`;

  it('loads custom rules, checks their regexes and runs RuleTester, through ESM import', () => {
    const out = run('node', ['--input-type=module', '-e', packScript("import { createScreener, RuleError } from 'sakbol'; import { RuleTester } from 'sakbol/testing';")], scratch);
    expect(JSON.parse(out)).toEqual([true, 'true acme/B1.card patterns.0.regex', true, 3]);
  });

  it('loads custom rules, checks their regexes and runs RuleTester, through CommonJS require', () => {
    const out = run('node', ['-e', packScript("const { createScreener, RuleError } = require('sakbol'); const { RuleTester } = require('sakbol/testing');")], scratch);
    expect(JSON.parse(out)).toEqual([true, 'true acme/B1.card patterns.0.regex', true, 3]);
  });

  it('prints nothing on import, to stdout or stderr', () => {
    for (const args of [['--input-type=module', '-e', "import 'sakbol'"], ['-e', "require('sakbol')"]]) {
      const r = spawnSync('node', args, { cwd: scratch, encoding: 'utf8' });
      expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    }
  });

  it('core bundle imports no Node built-ins and reads no files', () => {
    const dist = join(scratch, 'node_modules', 'sakbol', 'dist');
    for (const f of ['index.js', 'index.cjs', 'testing.js', 'testing.cjs']) {
      const code = readFileSync(join(dist, f), 'utf8');
      expect(code).not.toMatch(/from ['"](?:node:)?(?:fs|path|os|child_process|worker_threads|module|url)['"]/);
      expect(code).not.toMatch(/require\(['"](?:node:)?(?:fs|path|os|child_process|worker_threads|module|url)['"]\)/);
      expect(code).not.toMatch(/readFileSync|readFile\(|fetch\(/);
      if (f.startsWith('testing')) continue; // the testing entry uses the main one, by package name
      // natural only through its stemmer modules
      const natural = [...code.matchAll(/['"](natural[^'"]*)['"]/g)].map((m) => m[1]);
      expect(new Set(natural)).toEqual(new Set(['natural/lib/natural/stemmers/porter_stemmer.js', 'natural/lib/natural/stemmers/porter_stemmer_ru.js']));
    }
    // the browser bundles are self-contained: no imports or requires at all
    for (const f of ['browser.js', 'sakbol.global.js']) {
      const code = readFileSync(join(dist, f), 'utf8');
      const imports = /\bimport\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*from\s*["']|\bimport\s*\(|\bimport\s*["']|\brequire\(\s*["']/;
      expect(imports.exec(code)?.[0] ?? null, f).toBe(null);
    }
  });

  it('installs the sakbol command, which screens stdin to stdout', () => {
    const bin = join(scratch, 'node_modules', '.bin', 'sakbol');
    expect(run(bin, ['--version'], scratch)).toMatch(/^sakbol \d+\.\d+\.\d+ /);
    const r = spawnSync(bin, ['screen', '--workers', '1', '--quiet', '--columns', 'id,level'], { cwd: scratch, encoding: 'utf8', input: '{"id":1,"text":"Hostess job in Dubai for girls 18-25, $5000 a month, passport kept by the agency"}\n' });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '{"id":1,"level":"high"}\n', '']);
  });

  it('installs no database drivers', () => {
    for (const pkg of ['pg', 'mongoose', 'redis', 'memjs', 'dotenv']) expect(existsSync(join(scratch, 'node_modules', pkg)), pkg).toBe(false);
  });
});
