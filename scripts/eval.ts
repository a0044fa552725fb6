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

for (const lang of ['en', 'ru', 'ky', 'mixed', 'adversarial', 'hard-negatives']) {
  const ads = loadCorpus(lang);
  if (ads.length === 0) continue;
  const rows = ads.map((ad) => ({ label: ad, result: s.screen(ad.text) }));
  const m = evaluate(rows, []);
  console.log(`corpus ${lang}: ${m.n} ads, high F1 ${m.high.f1.toFixed(3)} (P ${m.high.precision.toFixed(3)} R ${m.high.recall.toFixed(3)}), low rated high ${pct(m.lowRatedHigh.count, m.lowRatedHigh.of)}, exact level ${(m.exactLevel * 100).toFixed(1)}%`);
  // The hard negatives are for job boards: how many legitimate look-alikes reach a moderator at all.
  if (lang === 'hard-negatives') {
    const low = rows.filter((r) => r.label.level === 'low');
    console.log(`    low rated medium or high ${pct(low.filter((r) => r.result.level !== 'low').length, low.length)}`);
  }
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

// 50 EMSCAD ads with eight red flags marked by people (generic job scams and ordinary ads, not
// trafficking). Four of the flags have a nearest check in sakbol; how often they agree, per flag.
if (existsSync(file('emscad_manual_flags_50.jsonl'))) {
  interface FlaggedAd extends ExtAd { manual_flags: Record<string, number> }
  const ads = readJsonl<FlaggedAd>(file('emscad_manual_flags_50.jsonl'));
  const results = ads.map((a) => ({ a, r: s.screen(a.text) as ScreenResult }));
  const category = (r: ScreenResult, c: string): boolean => r.indicators.some((i) => i.category === c);
  const notStated = (r: ScreenResult, id: string): boolean => r.notStated.some((n) => n.id === id);
  const nearest: Array<[flag: string, label: string, check: (r: ScreenResult) => boolean]> = [
    ['flag2_unrealistic_comp', 'unrealistic pay / A1 (pay far above the usual)', (r) => category(r, 'A1')],
    ['flag3_pressure_tactics', 'pressure tactics / F3 (urgency, imminent departure)', (r) => category(r, 'F3')],
    ['flag4_anon_employer', 'anonymous employer / employer not stated, or only described (A3)', (r) => notStated(r, 'employer') || r.indicators.some((i) => i.ruleId === 'A3.employer-described-not-named')],
    ['flag7_vague_info', 'vague information / duties not stated, or kept vague (A3)', (r) => notStated(r, 'duties') || r.indicators.some((i) => i.ruleId === 'A3.job-kept-vague')],
  ];
  console.log(`EMSCAD, 50 ads with red flags marked by people (${ads.filter((a) => a.label === 1).length} fraudulent): the nearest sakbol check`);
  for (const [flag, label, check] of nearest) {
    const flagged = results.filter((x) => x.a.manual_flags[flag] === 1);
    const others = results.filter((x) => x.a.manual_flags[flag] !== 1);
    console.log(`    ${label}: flagged by people ${flagged.length}, of which sakbol's check ${flagged.filter((x) => check(x.r)).length}; not flagged ${others.length}, of which sakbol's check ${others.filter((x) => check(x.r)).length}`);
  }
}
