import { describe, expect, it } from 'vitest';
import { createScreener } from '../src/index.js';
import { loadCorpus } from '../scripts/corpus.js';

// Floors on the hard negatives: legitimate ads that look risky on their surface (licensed agencies
// placing abroad, live-in nannies through registered agencies, rotation work at named companies, official
// programmes, warnings that describe lures), as a job board sees them, and a few risky ads written in
// the same ordinary style. Written by helper sessions that had not read the rules (corpora/README.md).
const screener = createScreener();
const ads = loadCorpus('hard-negatives');
const rows = ads.map((ad) => ({ ad, level: screener.screen(ad.text, { detail: 'none' }).level }));
const low = rows.filter((r) => r.ad.level === 'low');
const risky = rows.filter((r) => r.ad.level !== 'low');
const share = (part: unknown[], whole: unknown[]): number => part.length / whole.length;

describe('hard negatives', () => {
  it('has at least 100 legitimate ads in English, Russian and Kyrgyz, with ids of their own', () => {
    expect(low.length).toBeGreaterThanOrEqual(100);
    for (const lang of ['en', 'ru', 'ky']) expect(low.filter((r) => r.ad.lang === lang).length).toBeGreaterThanOrEqual(30);
    const others = new Set(['en', 'ru', 'ky', 'mixed', 'adversarial'].flatMap((l) => loadCorpus(l)).map((a) => a.id));
    expect(new Set(ads.map((a) => a.id)).size).toBe(ads.length);
    expect(ads.filter((a) => others.has(a.id))).toEqual([]);
  });

  it('rates at most 1% of the legitimate ads high and at most 5% above low', () => {
    expect(share(low.filter((r) => r.level === 'high'), low)).toBeLessThanOrEqual(0.01);
    expect(share(low.filter((r) => r.level !== 'low'), low)).toBeLessThanOrEqual(0.05);
  });

  it('rates at least 95% of the risky ads medium or high', () => {
    expect(risky.length).toBeGreaterThanOrEqual(20);
    expect(share(risky.filter((r) => r.level !== 'low'), risky)).toBeGreaterThanOrEqual(0.95);
  });
});
