import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBuild as cli, nodeBuild as library } from '../tsup.config.js';
import { CsvParser } from '../src/cli/input/csv.js';
import { loadCorpus } from '../scripts/corpus.js';

// Builds the library and the CLI into a scratch folder (not dist/, which tests/package.test.ts
// rebuilds at the same time; inside the project, so that node_modules/natural resolves) and runs
// `sakbol` as a user would, through files, stdin and stdout.
const root = new URL('..', import.meta.url).pathname;
let dir = '';
let bin = '';

beforeAll(async () => {
  mkdirSync(join(root, 'scratch'), { recursive: true });
  dir = mkdtempSync(join(root, 'scratch', 'cli-'));
  const out = join(dir, 'dist');
  await build({ ...library, config: false, outDir: out, format: ['esm'], dts: false, clean: false, silent: true });
  await build({ ...cli, config: false, outDir: out, silent: true });
  bin = join(out, 'cli.js');
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}
const sakbol = (args: string[], input?: string): Ran => {
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? '', encoding: 'utf8', cwd: dir, maxBuffer: 256 * 2 ** 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const jsonl = (s: string): Array<Record<string, unknown>> => s.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

const RISKY = 'Girls 18-25 wanted as hostesses in Dubai! Salary $5000 per month. Your passport will be kept by the agency. Ticket is deducted from your salary. WhatsApp only +971 50 123 4567';
const MEDIUM = 'Work abroad! Easy work, big money, all conditions provided. No experience needed, departure this week. Write on WhatsApp for details.';
const PLAIN = 'Cook for a cafe in Bishkek, 30 000 som a month, official employment, address: 12 Chui Ave.';

// Seven input lines: three ads, then malformed JSON, a blank line, an object without text, an array.
const MIXED = [
  JSON.stringify({ id: 'a', text: RISKY }),
  JSON.stringify({ id: 'b', text: PLAIN }),
  JSON.stringify({ id: 3, text: MEDIUM }),
  '{"id": "broken", "text": ',
  '',
  JSON.stringify({ id: 'no-text', body: 'x' }),
  '[1, 2]',
].join('\n') + '\n';

describe('sakbol (command line)', () => {
  it('prints help for itself and for every command, and exits 2 on wrong usage', () => {
    const top = sakbol(['--help']);
    expect(top.status).toBe(0);
    for (const c of ['screen', 'eval', 'report', 'link']) {
      expect(top.stdout).toContain(`  ${c} `);
      const r = sakbol([c, '--help']);
      expect([r.status, r.stdout.startsWith(`Usage: sakbol ${c} `), r.stderr]).toEqual([0, true, '']);
    }
    expect(sakbol([]).status).toBe(2);
    expect(sakbol(['--version']).stdout).toMatch(/^sakbol \d+\.\d+\.\d+ \(rules /);
    for (const args of [['frobnicate'], ['screen', '--no-such-option'], ['screen', '--workers', 'many'], ['screen', '--min-level', 'severe'], ['screen', '--columns', 'id,colour'], ['link', '--similarity', '2']]) {
      const r = sakbol(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^sakbol: /);
    }
  });

  it('exits 3 when an input file cannot be read (before writing anything) or the output cannot be written', () => {
    const r = sakbol(['screen', join(dir, 'missing.jsonl')]);
    expect([r.status, r.stdout]).toEqual([3, '']);
    expect(r.stderr).toContain('missing.jsonl: cannot read (ENOENT)');
    const w = sakbol(['screen', '--workers', '0', '-o', join(dir, 'no-such-folder', 'out.jsonl')], MIXED);
    expect(w.status).toBe(3);
    expect(w.stderr).toContain('out.jsonl: cannot write (ENOENT)');
  });

  describe.each([['0'], ['1'], ['2']])('stdin to stdout with --workers %s', (workers) => {
    it('writes exactly one line per input line, in order, malformed lines included (the RDD.pipe / Streaming / UDF contract)', () => {
      const r = sakbol(['screen', '--workers', workers, '--quiet'], MIXED);
      expect(r.status).toBe(0);
      const out = r.stdout.split('\n');
      expect(out.pop()).toBe('');
      expect(out).toHaveLength(7);
      const recs = out.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(recs.map((x) => [x.id, x.line, x.level])).toEqual([
        ['a', 1, 'high'],
        ['b', 2, 'low'],
        [3, 3, 'medium'],
        [null, 4, null],
        [null, 5, null],
        [null, 6, null],
        [null, 7, null],
      ]);
      expect(recs.slice(3).map((x) => x.error)).toEqual([expect.stringMatching(/^not valid JSON/), 'blank line', 'no "text" field', 'expected a JSON object, got an array']);
      expect(recs[0]).toMatchObject({ categories: expect.arrayContaining(['C1', 'E1']), explanation: expect.stringContaining('Ticket is deducted') });
      // Malformed lines are listed on stderr with their line numbers, even with --quiet.
      expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
        expect.stringMatching(/^sakbol: stdin:4: not valid JSON .*\(skipped\)$/),
        'sakbol: stdin:5: blank line (skipped)',
        'sakbol: stdin:6: no "text" field (skipped)',
        'sakbol: stdin:7: expected a JSON object, got an array (skipped)',
      ]);
    });
  });

  it('answers each line as it arrives, before stdin closes (a long-running ClickHouse executable_pool UDF)', async () => {
    const child = spawn(process.execPath, [bin, 'screen', '--workers', '1', '--quiet', '--columns', 'level'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines: string[] = [];
    let buffered = '';
    const nextLine = (): Promise<string> =>
      new Promise((resolve) => {
        const check = (): void => {
          const nl = buffered.indexOf('\n');
          if (nl === -1) return;
          child.stdout.off('data', onData);
          const line = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          resolve(line);
        };
        const onData = (b: Buffer): void => {
          buffered += b.toString('utf8');
          check();
        };
        child.stdout.on('data', onData);
        check();
      });
    child.stdin.write(JSON.stringify({ text: RISKY }) + '\n');
    lines.push(await nextLine());
    child.stdin.write(JSON.stringify({ text: PLAIN }) + '\n');
    lines.push(await nextLine());
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect([lines, code]).toEqual([['{"level":"high"}', '{"level":"low"}'], 0]);
  });

  it('stops at the first malformed record with --strict (exit 4)', () => {
    const r = sakbol(['screen', '--strict', '--workers', '2'], MIXED);
    expect(r.status).toBe(4);
    expect(r.stderr).toMatch(/sakbol: stdin:4: not valid JSON .*\(--strict: stopped\)/);
    expect(jsonl(r.stdout).map((x) => x.id)).toEqual(['a', 'b', 3]);
  });

  it('prints a summary on stderr: counts per level, malformed, top indicators; no progress bar when stderr is not a terminal', () => {
    const r = sakbol(['screen', '--workers', '1'], MIXED);
    expect(r.stderr).toMatch(/sakbol screen: 7 records in [\d.]+ s \([\d,]+\/s, 1 worker\); malformed 4 \(skipped\)/);
    expect(r.stderr).toContain('levels: high 1 (33.3%), medium 1 (33.3%), low 1 (33.3%)');
    expect(r.stderr).toMatch(/top indicators:\n +\d+ {2}[A-H]\d\./);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('ETA');
  });

  // `script` (util-linux) runs the command on a pseudo-terminal, so stderr is a TTY there.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.runIf(hasScript)('shows a progress line with a bar and the time left when stderr is a terminal', () => {
    const input = file('tty.jsonl', MIXED);
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" screen --workers 1 "${input}" > /dev/null`, '/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\r\[#*-*\] +\d+% {2}\d+ ads {2}\d+ ads\/s {2}ETA \d+:\d\d/);
    expect(r.stdout).toContain('sakbol screen: 7 records');
  });

  it('gives the same output with 2 workers as with 1 and with none, on the English corpus with malformed lines mixed in', () => {
    const lines = loadCorpus('en').map((a) => JSON.stringify({ id: a.id, text: a.text }));
    lines.splice(100, 0, 'oops');
    lines.splice(200, 0, '');
    const input = file('corpus.jsonl', lines.join('\n') + '\n');
    const outs = ['0', '1', '2'].map((w) => sakbol(['screen', '--workers', w, '--full', '--quiet', input]));
    expect(outs.map((o) => o.status)).toEqual([0, 0, 0]);
    expect(outs[0]!.stdout.split('\n')).toHaveLength(lines.length + 1);
    expect(outs[1]!.stdout).toBe(outs[0]!.stdout);
    expect(outs[2]!.stdout).toBe(outs[0]!.stdout);
    expect(JSON.parse(outs[2]!.stdout.split('\n')[0]!).result.versions.library).toMatch(/^\d/);
  });

  it('writes only ads at or above --min-level, and counts the rest in the summary', () => {
    const r = sakbol(['screen', '--min-level', 'medium', '--columns', 'id,level'], MIXED);
    expect(jsonl(r.stdout)).toEqual([
      { id: 'a', level: 'high' },
      { id: 3, level: 'medium' },
      ...[null, null, null, null].map(() => ({ id: null, level: null, error: expect.any(String) })),
    ]);
    expect(r.stderr).toContain('below --min-level medium: 1 (not written)');
  });

  it('reads CSV with quoted fields, "" escapes and line breaks in fields, and writes CSV', () => {
    const csv = file('ads.csv', [
      'ref,body',
      `r1,"${RISKY.replace(/"/g, '""')}"`,
      `r2,"Line one of the ad,\nline two: ""cook"" wanted. ${PLAIN}"`,
      'r3,"unterminated" junk',
      `r4,${MEDIUM.replace(/,/g, ';')}`,
    ].join('\r\n') + '\r\n');
    const r = sakbol(['screen', '--text-field', 'body', '--id-field', 'ref', '--output-format', 'csv', '--columns', 'id,line,level,categories', csv]);
    expect(r.status).toBe(0);
    const p = new CsvParser(1e6);
    const rows = [...p.push(r.stdout), ...p.end()].map((e) => (e.kind === 'record' ? e.fields : e));
    expect(rows).toEqual([
      ['id', 'line', 'level', 'categories', 'error'],
      ['r1', '2', 'high', expect.stringMatching(/^[A-L]\d(;[A-L]\d)*$/), ''],
      ['r2', '3', 'low', expect.any(String), ''],
      ['', '5', '', '', 'text after a closing quote'],
      ['r4', '6', 'medium', expect.any(String), ''],
    ]);
    expect(r.stderr).toContain('ads.csv:5: text after a closing quote (skipped)');
  });

  it('exits 3 on a CSV whose header lacks the text column', () => {
    const r = sakbol(['screen', file('bad.csv', 'id,body\n1,hello\n')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('the CSV header has no "text" column (columns: id, body)');
  });

  it('reads plain text, one ad per blank-line-separated block, and gzip files', () => {
    const text = `${RISKY}\n\n\n${PLAIN}\nsecond line of the cook ad\n\n${MEDIUM}`;
    for (const f of [file('ads.txt', text), file('ads.txt.gz', gzipSync(text))]) {
      const r = sakbol(['screen', '--columns', 'line,level', f]);
      expect(r.status).toBe(0);
      expect(jsonl(r.stdout)).toEqual([
        { line: 1, level: 'high' },
        { line: 4, level: 'low' },
        { line: 7, level: 'medium' },
      ]);
    }
  });

  it('stops quietly (exit 0) when the reader of its output goes away', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: PLAIN }));
    const input = file('many.jsonl', lines.join('\n'));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" screen --full --quiet "${input}" | head -n 1 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr).toBe('');
  });

  it('eval: measures a tiny labelled corpus', () => {
    const corpus = file('labelled.jsonl', [
      { text: RISKY, level: 'high', categories: ['C1', 'E1'] },
      { text: RISKY, level: 'low' },
      { text: PLAIN, level: 'high', categories: ['C1'] },
      { text: PLAIN, level: 'low', categories: [] },
      { text: MEDIUM, level: 'medium', categories: ['A2'] },
      { text: PLAIN, level: 'severe' },
    ].map((x) => JSON.stringify(x)).join('\n'));
    const r = sakbol(['eval', '--json', corpus]);
    expect(r.status).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.n).toBe(5);
    expect(e.levels.high).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1, support: 2 });
    expect(e.levels.medium).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(e.confusion).toEqual({ low: { low: 1, medium: 0, high: 1 }, medium: { low: 0, medium: 1, high: 0 }, high: { low: 1, medium: 0, high: 1 } });
    expect(e.categories.C1).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(e.rules.find((x: { id: string }) => x.id === 'C1.passport-held-by-employer')).toMatchObject({ hitsRisky: 1, hitsLow: 1, precision: 0.5 });
    expect(e.neverFired).toContain('H1.marriage-offer');
    expect(e.neverFired).not.toContain('C1.passport-held-by-employer');
    expect(r.stderr).toContain('labelled.jsonl:6: "level" must be low, medium or high, got "severe" (skipped)');

    const text = sakbol(['eval', corpus]).stdout;
    expect(text).toContain('Confusion matrix (rows: labelled, columns: predicted)');
    expect(text).toMatch(/\nhigh +0\.500 +0\.500 +0\.500 +2\n/);
    expect(text).toMatch(/Rules that never fired \(\d+\)\n {2}A/);
    expect(sakbol(['eval', '--strict', corpus]).status).toBe(4);
  });

  it('link: one campaign from three spellings of one phone number, and a near-duplicate template with G3', () => {
    const phones = ['+996 700 12 34 56', '0700123456', '996700123456'];
    const cities = ['Dubai', 'Istanbul', 'Antalya', 'Seoul', 'Doha'];
    const ads = [
      ...phones.map((p, i) => ({ id: `p${i}`, text: `${['Driver', 'Loader', 'Guard'][i]} needed. Call ${p}` })),
      ...cities.map((c, i) => ({ id: `t${i}`, text: `Girls wanted for hostess work in ${c}, salary ${2000 + i * 500} dollars a month, free flight and housing, passport handed to the manager on arrival, write today to @recruit_${i}` })),
      { id: 'x', text: PLAIN },
    ];
    const input = file('link.jsonl', ads.map((a) => JSON.stringify(a)).join('\n'));
    const r = sakbol(['link', input]);
    expect(r.status).toBe(0);
    const clusters = jsonl(r.stdout);
    expect(clusters.map((c) => [c.cluster, c.ads, c.g3, c.evidence])).toEqual([
      [1, 5, true, 'text'],
      [2, 3, false, 'contact'],
    ]);
    const [t, p] = clusters as Array<Record<string, never>>;
    expect((p!.members as Array<{ id: string }>).map((m) => m.id)).toEqual(['p0', 'p1', 'p2']);
    expect(p!.sharedContacts).toEqual([{ contact: 'phone:996700123456', ads: 3 }]);
    expect(t!.template).toBe('Girls wanted for hostess work in {1} salary {2} dollars a month, free flight and housing, passport handed to the manager on arrival, write today to {3}');
    expect(t!.slots).toEqual([['Antalya,', 'Doha,', 'Dubai,', 'Istanbul,', 'Seoul,'], ['2000', '2500', '3000', '3500', '4000'], ['@recruit_0', '@recruit_1', '@recruit_2', '@recruit_3', '@recruit_4']]);
    expect(t!.nearDuplicates).toBe(5);
    expect(t!.indicator).toMatchObject({ category: 'G3', title: 'Same text or contact reused across many ads', explanation: expect.stringMatching(/^5 ads share a near-identical text\./) });
    expect(t!.levels).toEqual({ high: 5, medium: 0, low: 0 });
    expect(r.stderr).toContain('clusters of 2+ ads: 2 (8 ads); G3 (5+ ads): 1 clusters (5 ads)');

    // Per ad, in input order, from stdin; and G3 from 3 ads on with --g3-min 3.
    const byAd = jsonl(sakbol(['link', '--by', 'ad', '--g3-min', '3', '--locale', 'ru'], readFileSync(input, 'utf8')).stdout);
    expect(byAd.map((a) => [a.id, a.cluster, a.clusterAds, a.g3])).toEqual([
      ['p0', 2, 3, true], ['p1', 2, 3, true], ['p2', 2, 3, true],
      ['t0', 1, 5, true], ['t1', 1, 5, true], ['t2', 1, 5, true], ['t3', 1, 5, true], ['t4', 1, 5, true],
      ['x', null, 1, false],
    ]);
    const ru = jsonl(sakbol(['link', '--g3-min', '3', '--locale', 'ru', input]).stdout);
    expect((ru[1]!.indicator as { explanation: string }).explanation).toMatch(/^3 объявлений имеют общее: номер телефона/);
  });

  it('report: writes one self-contained HTML page with every section', () => {
    const lines = [...loadCorpus('en').slice(0, 60), ...loadCorpus('ru').slice(0, 40)].map((a) => JSON.stringify({ id: a.id, text: a.text }));
    const input = file('report.jsonl', [...lines, 'not json'].join('\n'));
    const out = join(dir, 'report.html');
    const r = sakbol(['report', input, '-o', out, '--title', 'Test <batch>']);
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const id of ['summary', 'levels', 'indicators', 'categories', 'languages', 'examples']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<title>sakbol report: Test &#60;batch&#62;</title>');
    expect(html).toMatch(/<div class="card total"><div class="l">Ads<\/div><div class="n">100<\/div>/);
    expect(html).toMatch(/<div class="card bad"><div class="l">Malformed<\/div><div class="n">1<\/div>/);
    expect(html).toMatch(/<td>Russian<\/td><td class="num">\d+<\/td>/);
    expect(html).toMatch(/<td>English<\/td><td class="num">\d+<\/td>/);
    expect(html).toMatch(/<mark>[^<]+<\/mark>/);
    expect(html).toContain('<svg class="chart"');
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import|url\(/);
  });

  it('rules check: validates a pack and runs its examples (exit 0), lists every problem of a bad pack (exit 5)', () => {
    const good = join(root, 'tests', 'fixtures', 'example-board.pack.json');
    const ok = sakbol(['rules', 'check', good]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`ok   ${good}: pack "example-board": 3 rules, 15 examples passed, 0 failed\n`);
    const pack = JSON.parse(readFileSync(good, 'utf8')) as { rules: Array<{ examples: { noMatch: Array<{ text: string }> }; weight: number }> };
    pack.rules[0]!.examples.noMatch[0]!.text = 'Send a deposit to the bank card 4400 1234 5678 9012 today.';
    const failing = sakbol(['rules', 'check', file('failing.pack.json', JSON.stringify(pack))]);
    expect(failing.status).toBe(5);
    expect(failing.stdout).toMatch(/^FAIL .*failing\.pack\.json: pack "example-board": 3 rules, 14 examples passed, 1 failed\n  example-board\/B1\.deposit-to-card noMatch\[0\] \(en\): /);
    pack.rules[0]!.weight = 99;
    const invalid = sakbol(['rules', 'check', file('invalid.pack.json', JSON.stringify(pack)), file('not-json.pack.json', '{')]);
    expect(invalid.status).toBe(5);
    expect(invalid.stdout).toContain('example-board/B1.deposit-to-card weight: ');
    expect(invalid.stdout).toContain('not-json.pack.json: not JSON');
    expect(invalid.stderr).toBe('sakbol: 2 of 2 packs failed the check\n');
    expect(sakbol(['rules', 'check']).status).toBe(2);
    expect(sakbol(['rules', 'check', join(dir, 'missing.json')]).status).toBe(3);
  });

  it('screen --rules PACK: the rules of the pack fire in every worker; a bad pack stops the run before any ad (exit 5)', () => {
    const good = join(root, 'tests', 'fixtures', 'example-board.pack.json');
    const ad = JSON.stringify({ id: 'card', text: 'Hostess work in Dubai. Send a deposit to the bank card 4400 1234 5678 9012 to book your place.' }) + '\n';
    for (const workers of ['0', '2']) {
      const r = sakbol(['screen', '--rules', good, '--workers', workers, '-q', '--columns', 'id,level,rules'], ad);
      expect(r.status).toBe(0);
      expect(jsonl(r.stdout)[0]!.rules).toContain('example-board/B1.deposit-to-card');
    }
    expect(jsonl(sakbol(['screen', '--workers', '0', '-q', '--columns', 'id,level,rules'], ad).stdout)[0]!.rules).not.toContain('example-board/B1.deposit-to-card');
    const bad = sakbol(['screen', '--rules', file('bad.pack.json', '{"id":"Bad Pack"}'), '-q'], ad);
    expect(bad.status).toBe(5);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('(pack) id: ');
  });
});

