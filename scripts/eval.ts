/**
 * `npm run eval`: screens the team's corpora and, when ../shared/external exists, real third-party ads
 * (read in place, never copied). Reports how many ordinary ads are rated high (target under 1%).
 * Not a test: a fresh clone has no ../shared.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createScreener, type ScreenResult } from '../src/index.js';
import { loadCorpus, readJsonl, ROOT } from './corpus.js';
import { evaluate } from '../src/eval/metrics.js';

const s = createScreener();
const pct = (n: number, d: number): string => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(2)}%)`;

for (const lang of ['en', 'ru', 'ky', 'mixed', 'adversarial']) {
  const ads = loadCorpus(lang);
  if (ads.length === 0) continue;
  const m = evaluate(ads.map((ad) => ({ label: ad, result: s.screen(ad.text) })), []);
  console.log(`corpus ${lang}: ${m.n} ads, high F1 ${m.high.f1.toFixed(3)} (P ${m.high.precision.toFixed(3)} R ${m.high.recall.toFixed(3)}), low rated high ${pct(m.lowRatedHigh.count, m.lowRatedHigh.of)}, exact level ${(m.exactLevel * 100).toFixed(1)}%`);
}

const ext = join(ROOT, '..', 'shared', 'external');
if (!existsSync(ext)) {
  console.log(`\n${ext} not found: external evaluation skipped.`);
  process.exit(0);
}
interface ExtAd { id: string; title?: string; text: string; label?: number }
const report = (name: string, ads: ExtAd[], legit: (a: ExtAd) => boolean): void => {
  const results = ads.map((a) => ({ a, r: s.screen(a.text) as ScreenResult }));
  const ordinary = results.filter((x) => legit(x.a));
  const high = ordinary.filter((x) => x.r.level === 'high');
  const medium = ordinary.filter((x) => x.r.level === 'medium');
  console.log(`${name}: ordinary ads rated high ${pct(high.length, ordinary.length)}, medium ${pct(medium.length, ordinary.length)}`);
  for (const x of high) console.log(`    high ${x.a.id} ${x.r.score}: ${x.r.indicators.map((i) => i.ruleId).join(', ')}`);
  const fraud = results.filter((x) => !legit(x.a));
  if (fraud.length > 0) console.log(`    labelled fraudulent (generic job scams, not trafficking): medium or high ${pct(fraud.filter((x) => x.r.level !== 'low').length, fraud.length)}`);
};
const file = (f: string): string => join(ext, f);
if (existsSync(file('emscad_subset.jsonl'))) report('EMSCAD subset (English)', readJsonl<ExtAd>(file('emscad_subset.jsonl')), (a) => a.label !== 1);
if (existsSync(file('ru_vacancies.jsonl'))) {
  const ru = readJsonl<ExtAd>(file('ru_vacancies.jsonl'));
  const isEnglish = (a: ExtAd): boolean => s.screen(a.text, { detail: 'none' }).language === 'en';
  report('ru_vacancies, English ads', ru.filter(isEnglish), () => true);
  report('ru_vacancies, Russian and mixed ads', ru.filter((a) => !isEnglish(a)), () => true);
}
if (existsSync(file('hh_titles_2025.jsonl'))) report('hh.ru titles 2025', readJsonl<ExtAd>(file('hh_titles_2025.jsonl')), () => true);
