import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/corpus.js';
import { compileRegex } from '../src/engine/compile.js';
import { regexExtent } from '../src/match/extent.js';
import { matchRange, matchWindows } from '../src/match/regex.js';
import type { MatchResult } from '../src/match/run.js';
import { bundledRules } from '../src/rules.js';
import { Rule } from '../src/schema/rule.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokenize.js';

describe('extent of a regex', () => {
  it.each([
    ['abc', { maxLength: 3, around: 0 }],
    ['a{2,5}b?', { maxLength: 6, around: 0 }],
    ['(?:fee|deposit)s?', { maxLength: 8, around: 0 }],
    ['[a-z0-9\\-]{1,30}\\.', { maxLength: 31, around: 0 }],
    // A property or a negated class may match an astral character: two code units.
    ['\\p{L}{0,3}x', { maxLength: 7, around: 0 }],
    ['[^ab]c', { maxLength: 3, around: 0 }],
    ['.', { maxLength: 2, around: 0 }],
    ['\\S\\s\\d', { maxLength: 4, around: 0 }],
    ['😀', { maxLength: 2, around: 0 }],
    // Lookarounds consume nothing; they read their own length (and their lookarounds') around the match.
    ['(?<![\\p{L}\\p{N}])\\d{1,2}\\s?(?:usd|\\$)(?![\\p{L}])', { maxLength: 6, around: 2 }],
    ['(?!(?:www\\.)?(?:t\\.me|gmail)\\.)[a-z]{2,3}', { maxLength: 3, around: 10 }],
    ['x(?<=(?<!ab)cx)', { maxLength: 1, around: 4 }],
    ['\\bpay\\b', { maxLength: 3, around: 2 }],
    ['(?<name>ab)|c', { maxLength: 2, around: 0 }],
  ] as const)('%s -> %j', (src, want) => {
    expect(regexExtent(src)).toEqual(want);
  });

  it.each(['a+', 'a*b', 'x{2,}', '(a)\\1', '^ab', 'ab$', '(?:a|b+)c', '(?<=a+)b'])('%s has no bound', (src) => {
    expect(regexExtent(src)).toBeNull();
  });
});

// An unbounded quantifier in {{amount}} ("(?:[\s.,]\d{3})+") took the windows of every regex it leads,
// which then ran over whole lines: 10% of a screen's time on real ads (2026.11.87's first draft).
it('keeps {{amount}} bounded, so the regexes it leads run in windows around their needs', () => {
  expect(compileRegex('{{amount}}\\s{0,3}(?:paid|payable)\\sby\\sthe\\sworker').window).not.toBeNull();
});

/** Every bundled regex with a window, compiled, with "rule#pattern" as id. */
const windowed = bundledRules.flatMap((raw) => {
  const r = Rule.parse(raw);
  return [...r.patterns, ...(r.exclude ?? [])].filter((p) => p.kind === 'regex').map((p) => ({ id: `${r.id}#${p.id}`, ...compileRegex(p.regex) })).filter((r) => r.window);
});

it('no match of a windowed bundled regex is longer than its bound, on any corpus ad', () => {
  expect(windowed.length).toBeGreaterThanOrEqual(10);
  const over: string[] = [];
  let matches = 0;
  for (const lang of ['en', 'ru', 'ky', 'mixed', 'adversarial']) {
    for (const ad of loadCorpus(lang)) {
      const n = normalize(ad.text);
      for (const r of windowed) {
        for (const m of (r.view ? n.view : n.text).matchAll(r.re)) {
          matches++;
          if (m[0].length > r.window!.maxLength) over.push(`${r.id} on ${ad.id}: ${m[0]}`);
        }
      }
    }
  }
  expect(matches).toBeGreaterThan(200);
  expect(over).toEqual([]);
});

describe('matching in windows around the needs', () => {
  const hits = (run: (out: MatchResult) => void): string[] => {
    const out: MatchResult = { hits: [], excludes: new Map(), places: [], roles: [], gender: [] };
    run(out);
    return out.hits.map((h) => `${h.nStart}-${h.nEnd}`);
  };
  /** Both ways over the whole text as one range; `found` from indexOf, ordered by end as the scanner reports. */
  const both = (authored: string, raw: string) => {
    const c = compileRegex(authored);
    const r = { rule: 0, pattern: 'p', lang: 'en' as const, exclude: false, ...c };
    const n = normalize(raw);
    const text = n.text;
    const tokens = tokenize(n);
    const occ: Array<[number, number]> = [];
    for (const s of c.needs!) for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) occ.push([i, i + s.length]);
    occ.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    const found = occ.flat();
    const subject = c.view ? n.view : text;
    return {
      windows: hits((out) => expect(matchWindows(r, c.window!, subject, 0, text.length, found, 0, found.length, tokens, out, () => {})).toBe(found.length)),
      whole: hits((out) => matchRange(r, subject, 0, text.length, tokens, out, () => {})),
    };
  };
  const filler = (k: number) => Array.from({ length: k }, (_, i) => `word${i}`).join(' ');

  it('finds what a scan of the whole range finds: far apart, overlapping, and at the edges of windows', () => {
    const domain = windowed.find((r) => r.id.endsWith('#company-domain'))!;
    const authored = bundledRules.flatMap((r) => r.patterns).find((p) => p.kind === 'regex' && p.id === 'company-domain')!;
    expect(domain).toBeDefined();
    const text = `${filler(40)} visit acme-trading.kg or jobs.acme.com ${filler(60)} mail.ru/x www.t.me.com a.b.c.d.e.kz ${filler(30)} x-y.org`;
    const { windows, whole } = both((authored as { regex: string }).regex, text);
    expect(whole.length).toBe(4);
    expect(windows).toEqual(whole);
  });

  it('sees the context a lookbehind needs at the start of a window', () => {
    // The match can only start 12 characters before the need: the window starts there, and the
    // lookbehind reads the character before it. (Refusing a digit alone would make the regex led by
    // digits, tried where a number starts, with no window: the "x" keeps it windowed.)
    for (const before of ['9', ' ', 'x', '']) {
      const { windows, whole } = both('(?<![\\p{N}x])\\d{1,4} [a-z]{2,5} (?:street|road)', `${filler(20)} ${before}1234 green street and 77 oak road ${filler(20)}`);
      expect(windows).toEqual(whole);
    }
    const { whole } = both('(?<![\\p{N}x])\\d{1,4} [a-z]{2,5} (?:street|road)', `${filler(20)} 91234 green street`);
    expect(whole).toEqual([]);
  });

  it('keeps the leading boundary checked in code, and skips matches left of a merged window', () => {
    // \\w gives no lead: this regex runs on windows around " fee", its boundary checked in code.
    const src = '{{<}}(?:x|\\wq)[a-z]{1,3} fees?';
    expect(compileRegex(src)).toMatchObject({ leadingBoundary: true, lead: null, needs: [' fee'] });
    for (const [text, count] of [[`${filler(10)} axab fee xab fees`, 1], [`xa fee xbb fee ${filler(50)} zxc fee xc fee`, 3]] as const) {
      const { windows, whole } = both(src, text);
      expect(whole.length).toBe(count);
      expect(windows).toEqual(whole);
    }
  });
});
