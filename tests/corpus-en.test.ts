import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScreener } from '../src/index.js';
import { loadCorpus, ROOT } from '../scripts/corpus.js';
import { metrics, ruleHits } from '../scripts/metrics.js';

// Quality floors on the English corpus (written by the team; labels by a human analyst).
const ads = loadCorpus('en');
const screener = createScreener();
const rows = ads.map((ad) => ({ ad, result: screener.screen(ad.text) }));
const m = metrics(rows);

describe('English corpus', () => {
  it('is large and balanced enough to measure', () => {
    expect(ads.length).toBeGreaterThanOrEqual(250);
    expect(ads.filter((a) => a.level === 'low').length / ads.length).toBeGreaterThanOrEqual(0.4);
    expect(ads.filter((a) => a.kind === 'hard-negative').length).toBeGreaterThanOrEqual(60);
    expect(ads.filter((a) => a.level === 'high').length).toBeGreaterThanOrEqual(60);
    expect(new Set(ads.map((a) => a.id)).size).toBe(ads.length);
  });

  it('finds high-risk ads with F1 >= 0.9', () => {
    expect(m.high.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('rates at most 3% of low-risk ads high', () => {
    expect(m.lowRatedHigh.rate).toBeLessThanOrEqual(0.03);
  });

  it('recalls every labelled taxonomy category', () => {
    const weak = Object.entries(m.categoryRecall).filter(([, e]) => e.of >= 4 && e.recall < 0.6);
    expect(weak).toEqual([]);
  });

  it('writes the per-rule hit report', () => {
    const dir = join(ROOT, 'reports');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'rule-hits-en.tsv'), ruleHits(rows, screener.rules.filter((r) => r.kind !== 'signal').map((r) => r.id)));
    writeFileSync(join(dir, 'metrics-en.json'), JSON.stringify(m, null, 2) + '\n');
    expect(m.n).toBe(ads.length);
  });
});
