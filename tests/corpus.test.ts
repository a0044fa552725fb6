import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScreener } from '../src/index.js';
import { loadCorpus, ROOT } from '../scripts/corpus.js';
import { evaluate, ruleHitsTsv } from '../src/eval/metrics.js';

// Quality floors on the team's corpora (labels by a human analyst), the same for every language.
const screener = createScreener();

// The mixed corpus is smaller (the issue asks for 60+ ads); its hard-negative floor keeps the same
// share (about a quarter of the ads) as the other languages.
describe.each([
  ['en', 250, 60],
  ['ru', 250, 60],
  ['ky', 150, 36],
  ['mixed', 60, 17],
] as const)('%s corpus', (lang, minAds, minHardNegatives) => {
  const ads = loadCorpus(lang);
  const reported = screener.rules.filter((r) => r.kind !== 'signal').map((r) => r.id);
  const m = evaluate(ads.map((ad) => ({ label: ad, result: screener.screen(ad.text) })), reported);

  it('is large and balanced enough to measure', () => {
    expect(ads.length).toBeGreaterThanOrEqual(minAds);
    expect(ads.filter((a) => a.level === 'low').length / ads.length).toBeGreaterThanOrEqual(0.4);
    expect(ads.filter((a) => a.kind === 'hard-negative').length).toBeGreaterThanOrEqual(minHardNegatives);
    expect(ads.filter((a) => a.level === 'high').length).toBeGreaterThanOrEqual(Math.round(minAds * 0.24));
    expect(new Set(ads.map((a) => a.id)).size).toBe(ads.length);
  });

  it('finds high-risk ads with F1 >= 0.9', () => {
    expect(m.high.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('rates at most 3% of low-risk ads high', () => {
    expect(m.lowRatedHigh.rate).toBeLessThanOrEqual(0.03);
  });

  it('recalls every labelled taxonomy category', () => {
    const weak = Object.entries(m.categories).filter(([, e]) => e.support >= 4 && e.recall < 0.6);
    expect(weak).toEqual([]);
  });

  it('writes the per-rule hit report', () => {
    const dir = join(ROOT, 'reports');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `rule-hits-${lang}.tsv`), ruleHitsTsv(m));
    writeFileSync(join(dir, `metrics-${lang}.json`), JSON.stringify(m, null, 2) + '\n');
    expect(m.n).toBe(ads.length);
  });
});
