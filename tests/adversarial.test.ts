import { describe, expect, it } from 'vitest';
import { createScreener } from '../src/index.js';
import { loadCorpus } from '../scripts/corpus.js';
import { evaluate } from '../src/eval/metrics.js';

// Floors on the adversarial corpus: ads written around keyword filters (look-alike letters, split
// letters, leetspeak, emoji, invisible characters, amounts in words, full-width digits) and ordinary
// ads whose surface looks like evasion (spaced headings, brand names, initials, ООО, emoji).
const screener = createScreener();
const ads = loadCorpus('adversarial');
const rows = ads.map((ad) => ({ ad, result: screener.screen(ad.text) }));
const m = evaluate(rows.map((r) => ({ label: r.ad, result: r.result })), screener.rules.filter((r) => r.kind !== 'signal').map((r) => r.id));

describe('adversarial corpus', () => {
  it('has at least 100 ads across English, Russian and Kyrgyz, with unique ids', () => {
    expect(ads.length).toBeGreaterThanOrEqual(100);
    for (const lang of ['en', 'ru', 'ky']) expect(ads.filter((a) => a.lang === lang).length).toBeGreaterThanOrEqual(30);
    expect(ads.filter((a) => a.level === 'low').length / ads.length).toBeGreaterThanOrEqual(0.4);
    expect(ads.filter((a) => a.level === 'high').length).toBeGreaterThanOrEqual(40);
    const others = new Set(['en', 'ru', 'ky', 'mixed'].flatMap((l) => loadCorpus(l)).map((a) => a.id));
    expect(new Set(ads.map((a) => a.id)).size).toBe(ads.length);
    expect(ads.filter((a) => others.has(a.id))).toEqual([]);
  });

  it('finds high-risk ads with recall >= 0.95 and F1 >= 0.95', () => {
    expect(m.high.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.high.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('rates no low-risk ad high', () => {
    expect(rows.filter((r) => r.ad.level === 'low' && r.result.level === 'high').map((r) => r.ad.id)).toEqual([]);
  });

  it('reports look-alike letters exactly where the ads use them', () => {
    const fired = (r: (typeof rows)[number]): boolean => r.result.indicators.some((i) => i.ruleId === 'G4.lookalike-letters');
    const labelled = rows.filter((r) => r.ad.categories.includes('G4'));
    expect(labelled.length).toBeGreaterThanOrEqual(10);
    expect(labelled.filter((r) => !fired(r)).map((r) => r.ad.id)).toEqual([]);
    expect(rows.filter((r) => !r.ad.categories.includes('G4') && fired(r)).map((r) => r.ad.id)).toEqual([]);
  });
});
