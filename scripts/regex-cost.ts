/**
 * `npx tsx scripts/regex-cost.ts`: time every rule regex over the corpora and list the most expensive.
 * A regex that opens with a quantified class re-runs it at every position of the ad; anchor on a literal.
 */
import { compileRegex } from '../src/engine/compile.js';
import { bundledRules } from '../src/rules.js';
import { Rule } from '../src/schema/rule.js';
import { normalize } from '../src/text/normalize.js';
import { loadCorpus } from './corpus.js';

const ads = ['en', 'ru', 'ky', 'mixed'].flatMap((l) => loadCorpus(l)).map((a) => normalize(a.text));
const rows: Array<[number, string, string]> = [];
for (const raw of bundledRules) {
  const rule = Rule.parse(raw);
  for (const p of [...rule.patterns, ...(rule.exclude ?? [])]) {
    if (p.kind !== 'regex') continue;
    const { re, view } = compileRegex(p.regex);
    // Each regex reads what the screen gives it: the ad's view (src/text/regex-view.ts) or its text.
    const texts = ads.map((n) => (view ? n.view : n.text));
    const t = process.hrtime.bigint();
    for (let k = 0; k < 3; k++) for (const x of texts) for (const _ of x.matchAll(re));
    rows.push([Number(process.hrtime.bigint() - t) / 1e6 / 3, `${rule.id}#${p.id}`, p.regex.slice(0, 90)]);
  }
}
rows.sort((a, b) => b[0] - a[0]);
const total = rows.reduce((s, r) => s + r[0], 0);
console.log(`${rows.length} regexes, ${total.toFixed(1)} ms per pass over ${ads.length} ads (${((1000 * total) / ads.length).toFixed(0)} µs/ad)`);
for (const r of rows.slice(0, Number(process.argv[2] ?? 25))) console.log(`${r[0].toFixed(2).padStart(7)} ms  ${r[1]}  ${r[2]}`);
