/** `npx tsx scripts/corpus-report.ts [lang]`: corpus metrics and the misclassified ads, for tuning. */
import { createScreener } from '../src/index.js';
import { loadCorpus } from './corpus.js';
import { evaluate } from '../src/eval/metrics.js';

const lang = process.argv[2] ?? 'en';
const s = createScreener();
const rows = loadCorpus(lang).map((ad) => ({ ad, result: s.screen(ad.text) }));
for (const { ad, result } of rows) {
  if (ad.level === result.level) continue;
  const serious = (ad.level === 'high') !== (result.level === 'high');
  if (!serious && process.argv[3] !== 'all') continue;
  console.log(`${ad.id} want ${ad.level} got ${result.level} ${result.score} [${ad.categories.join(',')}|${ad.mitigations.join(',')}] fired: ${[...result.indicators, ...result.mitigations].map((i) => `${i.ruleId}(${i.contribution})`).join(' ')}`);
  console.log(`    ${ad.text.replace(/\n/g, ' ').slice(0, 300)}`);
}
const m = evaluate(rows.map(({ ad, result }) => ({ label: ad, result })), []);
console.log(JSON.stringify({ n: m.n, high: m.high, lowRatedHigh: m.lowRatedHigh, exactLevel: m.exactLevel, confusion: m.confusion }, null, 0));
console.log(Object.entries(m.categories).map(([c, e]) => `${c}:${e.tp}/${e.support}`).join(' '));
