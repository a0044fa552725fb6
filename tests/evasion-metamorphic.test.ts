import { describe, expect, it } from 'vitest';
import { createScreener } from '../src/index.js';
import { loadCorpus } from '../scripts/corpus.js';
import { OBFUSCATIONS, rng } from './helpers/obfuscate.js';

// Metamorphic tests: writing an ad around keyword filters must not change its level. Each
// obfuscation is applied (fixed seeds) to every high-risk corpus ad that screens high, and to every
// low-risk ad that does not screen high: high must stay high in at least 95% of cases, and no low
// ad may become high.
const screener = createScreener();
const ads = ['en', 'ru', 'ky', 'mixed'].flatMap((l) => loadCorpus(l));
const screened = ads.map((ad) => ({ ad, level: screener.screen(ad.text, { detail: 'none' }).level }));
const high = screened.filter((x) => x.ad.level === 'high' && x.level === 'high').map((x) => x.ad);
const low = screened.filter((x) => x.ad.level === 'low' && x.level !== 'high').map((x) => x.ad);

describe.each(Object.entries(OBFUSCATIONS))('obfuscation: %s', (name, obfuscate) => {
  const seed = [...name].reduce((s, c) => s * 31 + c.charCodeAt(0), 7) >>> 0;

  it('changes the text of most ads it applies to', () => {
    const changed = high.filter((ad, i) => obfuscate(ad.text, ad.lang, rng(seed + i)) !== ad.text).length;
    expect(changed / high.length).toBeGreaterThan(name === 'emoji' || name === 'numberWords' || name === 'fullwidth' ? 0.3 : 0.9);
  });

  it('keeps at least 95% of high-risk ads high', () => {
    const dropped = high.filter((ad, i) => screener.screen(obfuscate(ad.text, ad.lang, rng(seed + i)), { detail: 'none' }).level !== 'high').map((ad) => ad.id);
    expect(high.length).toBeGreaterThan(150);
    expect(dropped.length / high.length, `dropped: ${dropped.join(', ')}`).toBeLessThanOrEqual(0.05);
  });

  it('raises no low-risk ad to high', () => {
    const raised = low.filter((ad, i) => screener.screen(obfuscate(ad.text, ad.lang, rng(seed + 1000 + i)), { detail: 'none' }).level === 'high').map((ad) => ad.id);
    expect(low.length).toBeGreaterThan(250);
    expect(raised).toEqual([]);
  });
});
