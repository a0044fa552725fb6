import type { ScreenResult } from '../src/index.js';
import type { CorpusAd } from './corpus.js';

/** Corpus metrics shared by the quality tests, `npm run eval` and the per-rule report. */
export interface Screened {
  ad: CorpusAd;
  result: ScreenResult;
}

export interface Metrics {
  n: number;
  high: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  lowRatedHigh: { count: number; of: number; rate: number };
  exactLevel: number;
  categoryRecall: Record<string, { hit: number; of: number; recall: number }>;
  confusion: Record<string, Record<string, number>>;
}

export function metrics(rows: readonly Screened[]): Metrics {
  let tp = 0, fp = 0, fn = 0, exact = 0, low = 0, lowHigh = 0;
  const confusion: Metrics['confusion'] = {};
  const cat: Metrics['categoryRecall'] = {};
  for (const { ad, result } of rows) {
    const predictedHigh = result.level === 'high';
    const labelledHigh = ad.level === 'high';
    if (predictedHigh && labelledHigh) tp++;
    else if (predictedHigh) fp++;
    else if (labelledHigh) fn++;
    if (ad.level === result.level) exact++;
    if (ad.level === 'low') {
      low++;
      if (predictedHigh) lowHigh++;
    }
    ((confusion[ad.level] ??= {})[result.level] ??= 0);
    confusion[ad.level]![result.level]!++;
    const fired = new Set([...result.indicators, ...result.mitigations].map((i) => i.category));
    for (const c of [...ad.categories, ...ad.mitigations]) {
      const e = (cat[c] ??= { hit: 0, of: 0, recall: 0 });
      e.of++;
      if (fired.has(c as never)) e.hit++;
    }
  }
  for (const e of Object.values(cat)) e.recall = e.hit / e.of;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    n: rows.length,
    high: { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), tp, fp, fn },
    lowRatedHigh: { count: lowHigh, of: low, rate: lowHigh / Math.max(1, low) },
    exactLevel: exact / Math.max(1, rows.length),
    categoryRecall: Object.fromEntries(Object.entries(cat).sort(([a], [b]) => a.localeCompare(b))),
    confusion,
  };
}

/** SpamAssassin-style mass-check: per rule, hits on risky (medium/high) versus low ads, and precision. */
export function ruleHits(rows: readonly Screened[], ruleIds: readonly string[]): string {
  const risky = rows.filter((r) => r.ad.level !== 'low').length;
  const low = rows.length - risky;
  const lines = ['rule\thits_risky\thits_low\trisky_rate\tlow_rate\tprecision'];
  for (const id of ruleIds) {
    let hr = 0, hl = 0;
    for (const { ad, result } of rows) {
      const fired = result.indicators.some((i) => i.ruleId === id) || result.mitigations.some((i) => i.ruleId === id);
      if (!fired) continue;
      if (ad.level === 'low') hl++;
      else hr++;
    }
    const p = hr + hl === 0 ? '' : (hr / (hr + hl)).toFixed(2);
    lines.push(`${id}\t${hr}\t${hl}\t${(hr / Math.max(1, risky)).toFixed(3)}\t${(hl / Math.max(1, low)).toFixed(3)}\t${p}`);
  }
  return lines.join('\n') + '\n';
}
