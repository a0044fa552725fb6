/**
 * Per-code corpus check for rule authors:
 *   npx tsx scripts/rule-report.ts CODE [LANG]
 * lists corpus ads labelled with CODE where no rule of that code fired (misses), and ads NOT labelled
 * with CODE where one fired (extra fires), low-level ads marked.
 */
import { traceRules } from '../src/screen.js';
import { loadCorpus } from './corpus.js';

const [code, lang] = process.argv.slice(2);
if (!code) {
  console.error('usage: npx tsx scripts/rule-report.ts CODE [en|ru|ky|mixed]');
  process.exit(2);
}
const langs = lang ? [lang] : ['en', 'ru', 'ky', 'mixed'];
let tp = 0, fn = 0, fp = 0, fpLow = 0;
for (const l of langs) {
  for (const ad of loadCorpus(l)) {
    const fired = [...traceRules(ad.text).values()].filter((f) => f.rule.category === code && f.rule.kind !== 'signal');
    const labelled = ad.categories.includes(code) || ad.mitigations.includes(code);
    const show = (tag: string) =>
      console.log(`${tag} ${ad.id} [${ad.level}] ${fired.map((f) => `${f.rule.id}:${JSON.stringify(f.spans.map((s) => ad.text.slice(s.start, s.end)))}`).join(' ')}\n    ${ad.text.replace(/\n/g, ' ').slice(0, 400)}`);
    if (labelled && fired.length > 0) tp++;
    else if (labelled) { fn++; show('MISS '); }
    else if (fired.length > 0) { fp++; if (ad.level === 'low') fpLow++; show(ad.level === 'low' ? 'EXTRA-LOW' : 'EXTRA'); }
  }
}
console.log(`\n${code}: hits ${tp}, misses ${fn}, recall ${(tp / Math.max(1, tp + fn)).toFixed(2)}, extra fires ${fp} (on low ads ${fpLow})`);
