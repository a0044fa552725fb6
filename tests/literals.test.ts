import { describe, expect, it } from 'vitest';
import { compileRegex, deriveRegex } from '../src/engine/compile.js';
import { analyseRegex } from '../src/match/literals.js';
import { LiteralScanner } from '../src/match/literal-scan.js';
import { parseRegex } from '../src/match/regex-syntax.js';
import { bundledRules } from '../src/rules.js';
import { Rule } from '../src/schema/rule.js';
import { normalize } from '../src/text/normalize.js';
import { loadCorpus } from '../scripts/corpus.js';

describe('the regex syntax tree both analyses read', () => {
  it('parses quantifiers, groups, escapes and class entries', () => {
    expect(parseRegex('(?<!x)a{2,}|[\\x41-Z\\d-]?')).toEqual({
      kind: 'alternation',
      alternatives: [
        {
          kind: 'sequence',
          items: [
            { atom: { kind: 'group', lookaround: true, inner: { kind: 'sequence', items: [{ atom: { kind: 'char', char: 'x' }, quantifier: null }] } }, quantifier: null },
            { atom: { kind: 'char', char: 'a' }, quantifier: { min: 2, max: null } },
          ],
        },
        {
          kind: 'sequence',
          items: [
            {
              atom: {
                kind: 'class',
                negated: false,
                items: [
                  { kind: 'range', from: 'A', to: 'Z' },
                  { kind: 'escape', escape: { end: 21, letter: 'd', char: null } },
                  { kind: 'char', char: '-' },
                ],
              },
              quantifier: { min: 0, max: 1 },
            },
          ],
        },
      ],
    });
    expect(parseRegex('[\\u0400-\\u04ff]')).toMatchObject({ items: [{ atom: { items: [{ kind: 'rangeToEscape', from: '\u0400' }, { kind: 'char', char: '\u04ff' }] } }] });
  });

  it('gives null for what it does not understand', () => {
    expect([parseRegex('(ab'), parseRegex('ab)'), parseRegex('[ab'), parseRegex('a{x}')]).toEqual([null, null, null, null]);
  });
});

describe('required literals of a regex', () => {
  it.each([
    ['abc', ['abc']],
    ['(?:fee|deposit)s?', ['fee', 'deposit']],
    ['ab+c', ['ab']],
    ['x?yz', ['yz']],
    ['[0-9]{2}\\s?(?:usd|долл)', ['usd', 'долл']],
    ['(?<![\\p{L}])паспорт\\p{L}{0,3}', ['паспорт']],
    ['(?:fee|x)', null],
    ['\\d+', null],
    ['(?:ab)?cd', ['cd']],
    ['a(?:bc|de)f', ['abcf', 'adef']],
    ['\\$\\d{3}', ['$']],
    ['@(?:gmail|mail)\\.com', ['@gmail.com', '@mail.com']],
    ['x(?:a|b)y', ['xay', 'xby']],
    ['lic(?:e|ence)', ['lice', 'licence']],
    ['[хx]о[сc]т', ['хост', 'хоcт', 'xост', 'xоcт']],
    ['[a-d]bc', ['bc']],
    ['[^ab]cd', ['cd']],
    ['[\\p{L}x]yz', ['yz']],
    ['\\d{1,2}[:.]\\d{2}', [':', '.']],
  ] as const)('%s -> %j', (src, want) => {
    expect(analyseRegex(src).needs).toEqual(want);
  });
});

describe('lead strings of a regex', () => {
  it.each([
    ['(?:fee|deposit)s?', ['fee', 'deposit']],
    ['(?<![\\p{L}])visa', ['visa']],
    ['\\bpay\\s', ['pay']],
    ['(?<![\\p{N}+])(?:\\+\\s?996|996|0)[\\s\\-]?3', null],
    ['(?:\\+\\s?996|996)[\\s\\-]?3', ['+', '996']],
    ['\\d{1,2}[:.]\\d{2}', null],
    ['\\d[:.]\\d{2}', ['0:', '0.', '1:', '1.', '2:', '2.', '3:', '3.', '4:', '4.', '5:', '5.', '6:', '6.', '7:', '7.', '8:', '8.', '9:', '9.']],
    ['[2-4]x', ['2x', '3x', '4x']],
    ['[хx]о', ['хо', 'xо']],
    ['x?yz', null],
    ['[a-z]{2}', null],
    ['\\p{L}+ab', null],
    ['(?:ab|c\\d)', ['ab', 'c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']],
    ['(?:ab|\\w)', null],
    ['[^ab]cd', null],
    ['(?:ab|)c', null],
    // An optional atom: a match starts with it or with what follows it.
    ['(?:ab)?cd', ['ab', 'cd']],
    ['\\(?0x', ['(', '0x']],
    ['x(?:ab)?c', ['xab', 'xc']],
    ['(?:ab)*cd', ['ab', 'cd']],
    ['ab(?:cd)?', ['ab']],
    ['(?:ab)?(?:cd)?', null],
    ['(?:ab)?\\w', null],
  ] as const)('%s -> %j', (src, want) => {
    expect(analyseRegex(src).lead).toEqual(want);
  });
});

/** Every bundled regex pattern (and exclusion), compiled, with "rule#pattern" as id. */
function bundledRegexes() {
  return bundledRules.flatMap((raw) => {
    const r = Rule.parse(raw);
    return [...r.patterns, ...(r.exclude ?? [])].filter((p) => p.kind === 'regex').map((p) => ({ id: `${r.id}#${p.id}`, ...compileRegex(p.regex) }));
  });
}

// Soundness of leads: every match of a regex with a lead starts with one of its lead strings.
it('never tries a lead-indexed regex too late', () => {
  const regexes = bundledRegexes();
  expect(regexes.filter((r) => r.lead).length).toBeGreaterThan(regexes.length / 2);
  const wrong: string[] = [];
  for (const lang of ['en', 'ru', 'ky', 'mixed']) {
    for (const ad of loadCorpus(lang)) {
      const n = normalize(ad.text);
      const text = n.text;
      for (const r of regexes) {
        if (!r.lead) continue;
        for (const m of (r.view ? n.view : text).matchAll(r.re)) if (!r.lead.some((w) => text.startsWith(w, m.index))) wrong.push(`${r.id} on ${ad.id}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

describe('literal scanner', () => {
  const naive = (lits: string[], text: string): string[] => {
    const out: string[] = [];
    lits.forEach((l, id) => {
      for (let i = text.indexOf(l); i !== -1; i = text.indexOf(l, i + 1)) out.push(`${id}@${i}:${text.slice(0, i + l.length).split('\n').length - 1}`);
    });
    return out.sort();
  };
  /** The scanner's occurrences as [literal, start, line] triples, in the order it reports them. */
  const occurrences = (scanner: LiteralScanner, text: string): Array<[number, number, number]> => {
    const { data, count } = scanner.collect(text);
    return Array.from({ length: count }, (_, k) => [data[3 * k]!, data[3 * k + 1]!, data[3 * k + 2]!]);
  };
  const scan = (lits: string[], text: string): string[] => occurrences(new LiteralScanner(lits), text).map(([id, start, line]) => `${id}@${start}:${line}`).sort();

  it('finds overlapping literals, literals inside others, and their lines', () => {
    const lits = ['he', 'she', 'his', 'hers', 'паспорт', 'порт', '@', 'ш'];
    expect(scan(lits, 'ushers\nпаспорт @ ш')).toEqual(['0@2:0', '1@1:0', '3@2:0', '4@7:1', '5@10:1', '6@15:1', '7@17:1']);
  });

  it('keeps working past 65,536 states (32-bit transitions), as a very large rule pack needs', () => {
    // 30,000 distinct five-letter literals sharing few prefixes: well over 65,536 trie states.
    const lits: string[] = [];
    for (let i = 0; lits.length < 30_000; i++) lits.push(((i * 7919) % 11_881_376).toString(26).padStart(5, '0').replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!));
    const text = `${lits[0]} x ${lits[29_999]}\n${lits[12_345]}${lits[12_346]}`;
    expect(scan(lits, text)).toEqual(naive(lits, text));
    expect(scan(lits, text).length).toBeGreaterThanOrEqual(4);
  });

  it('reports occurrences in the order they end', () => {
    expect(occurrences(new LiteralScanner(['abcd', 'bc']), 'abcd').map(([id]) => id)).toEqual([1, 0]);
  });

  it('grows its buffer for an ad with many occurrences, and reuses it for the next', () => {
    const scanner = new LiteralScanner(['a']);
    expect(occurrences(scanner, 'a'.repeat(1000)).map(([, start]) => start)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(occurrences(scanner, 'xa\na')).toEqual([[0, 1, 0], [0, 3, 1]]);
  });

  it('finds exactly what indexOf finds, for every bundled regex literal on every corpus ad', async () => {
    const { compileRules } = await import('../src/engine/compile.js');
    const { validateRules } = await import('../src/engine/validate.js');
    const c = compileRules(validateRules(bundledRules));
    const lits = [...new Set(c.regexes.flatMap((r) => (r.sticky ? r.lead! : (r.needs ?? []))))];
    expect(lits.length).toBeGreaterThan(500);
    const wrong: string[] = [];
    for (const lang of ['en', 'ru', 'ky', 'mixed']) {
      for (const ad of loadCorpus(lang)) {
        const text = normalize(ad.text).text;
        if (JSON.stringify(scan(lits, text)) !== JSON.stringify(naive(lits, text))) wrong.push(ad.id);
      }
    }
    expect(wrong).toEqual([]);
  });
});

// Soundness: a regex none of whose required literals occurs must not match. Checked for every
// bundled regex on every corpus ad.
it('never skips a regex that matches', () => {
  const regexes = bundledRegexes();
  expect(regexes.filter((r) => r.needs).length).toBeGreaterThan(regexes.length / 2);
  const wrong: string[] = [];
  for (const lang of ['en', 'ru', 'ky', 'mixed']) {
    for (const ad of loadCorpus(lang)) {
      const n = normalize(ad.text);
      const text = n.text;
      for (const r of regexes) {
        if (!r.needs || r.needs.some((s) => text.includes(s))) continue;
        r.re.lastIndex = 0;
        if (r.re.test(r.view ? n.view : text)) wrong.push(`${r.id} on ${ad.id}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

// Regexes with the same lead strings share one list of starts. Lead strings that end in the other
// order from where they start ("bc" ends before "abcd" in "abcd") come out of the scan unordered: the
// list is sorted, without repeats, before any regex of the group is tried, or "bcdx" would be taken
// for the match that "abcdx" is. No corpus ad has such a pair.
it('shares the starts of regexes with the same leads, sorted when the scan meets them out of order', async () => {
  const { compileRules } = await import('../src/engine/compile.js');
  const { runMatchers } = await import('../src/match/run.js');
  const { tokenize } = await import('../src/text/tokenize.js');
  const template = (bundledRules as Rule[]).find((r) => r.id === 'B1.worker-pays-fee')!;
  const rule = { ...template, id: 'B1.test-leads', when: undefined, exclude: undefined, patterns: [
    { id: 'digit', kind: 'regex' as const, lang: 'en' as const, regex: '(?:abcd|bc)\\s?\\d' },
    { id: 'x', kind: 'regex' as const, lang: 'en' as const, regex: '(?:bc|abcd)\\p{L}?\\s?x' },
    { id: 'line', kind: 'regex' as const, lang: 'en' as const, regex: '(?:abcd|bc)\\s?y[^\\n]{0,9}z' },
  ] };
  const c = compileRules([rule]);
  expect(c.regexes.map((r) => r.lead)).toEqual([['abcd', 'bc'], ['bc', 'abcd'], ['abcd', 'bc']]);
  const { leadGroup } = c.literals;
  expect(leadGroup[0]).toBe(leadGroup[1]);
  expect(leadGroup[2]).toBe(leadGroup[0]);
  const text = 'abcd1 bc2 abcdx bcx abcd3 abcdy z\nbcy z bcy';
  const n = normalize(text);
  const hits = runMatchers(c, n, tokenize(n), new Set(['en'])).hits.map((h) => `${h.pattern}:${text.slice(h.nStart, h.nEnd)}`);
  expect(hits).toEqual(['digit:abcd1', 'digit:bc2', 'digit:abcd3', 'x:abcdx', 'x:bcx', 'line:abcdy z', 'line:bcy z']);
  const whole = { ...c, regexes: c.regexes.map((r) => ({ ...r, needs: null, lead: null, sticky: null })) };
  expect(runMatchers(whole, n, tokenize(n), new Set(['en'])).hits.map((h) => `${h.pattern}:${text.slice(h.nStart, h.nEnd)}`)).toEqual(hits);
});

// Line-restricted and token-indexed matching must find exactly what matching the whole ad finds.
it('matching on candidate lines and lead tokens finds the same hits as matching the whole ad', async () => {
  const { compileRules } = await import('../src/engine/compile.js');
  const { validateRules } = await import('../src/engine/validate.js');
  const { runMatchers } = await import('../src/match/run.js');
  const { tokenize } = await import('../src/text/tokenize.js');
  const { detectLanguage } = await import('../src/lang/detect.js');
  const c = compileRules(validateRules(bundledRules));
  const whole = { ...c, regexes: c.regexes.map((r) => ({ ...r, needs: null, lead: null, sticky: null })) };
  const differ: string[] = [];
  for (const lang of ['en', 'ru', 'ky', 'mixed']) {
    for (const ad of loadCorpus(lang)) {
      const n = normalize(ad.text);
      const t = tokenize(n);
      const l = detectLanguage(t);
      const key = (h: { rule: number; pattern: string; nStart?: number; nEnd?: number }) => `${h.rule}:${h.pattern}:${h.nStart}:${h.nEnd}`;
      const a = runMatchers(c, n, t, l.run, l).hits.filter((h) => h.nStart !== undefined).map(key).sort();
      const b = runMatchers(whole, n, t, l.run, l).hits.filter((h) => h.nStart !== undefined).map(key).sort();
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(ad.id);
    }
  }
  expect(differ).toEqual([]);
});

describe('a word boundary at the start of a regex', () => {
  const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
  it.each([
    // Checked in code (the pattern loses its lookbehind, so V8 can scan for the first character).
    ['{{<}}visa', true, 'visa', ['visa']],
    ['(?<![\\p{L}\\p{N}])\\d{1,2} years', true, '\\d{1,2} years', digits],
    ['{{<}}[1-7] days', true, '[1-7] days', ['1 days', '2 days', '3 days', '4 days', '5 days', '6 days', '7 days']],
    ['{{<}}(?:abc|xyz)d', true, '(?:abc|xyz)d', ['abcd', 'xyzd']],
    ['{{<}}a[|(]bc', true, 'a[|(]bc', ['a|bc', 'a(bc']],
    // Kept in the pattern: before a class of letters it is what stops tries in mid-word; before a
    // top-level "|" it belongs to the first alternative only.
    ['{{<}}\\p{L}{3} x', false, '(?<![\\p{L}\\p{N}])\\p{L}{3} x', null],
    ['{{<}}abc|xyz', false, '(?<![\\p{L}\\p{N}])abc|xyz', ['abc', 'xyz']],
    ['{{<}}a\\|b|c', false, '(?<![\\p{L}\\p{N}])a\\|b|c', null],
    // Every alternative starts with it (at top level, or in one group around the whole pattern): it
    // is checked in code, but the regex is not indexed by single digits (it stays matched around its needs).
    ['{{<}}office \\d+|{{<}}\\d{1,2}(?:st|nd) floor', true, 'office \\d+|\\d{1,2}(?:st|nd) floor', null],
    ['(?:{{<}}shift \\d|{{<}}\\d{1,2}-\\d)', true, '(?:shift \\d|\\d{1,2}-\\d)', null],
    ['{{<}}abc|{{<}}\\p{L}x', false, '(?<![\\p{L}\\p{N}])abc|(?<![\\p{L}\\p{N}])\\p{L}x', null],
    ['(?:{{<}}ab|{{<}}cd)e', false, '(?:(?<![\\p{L}\\p{N}])ab|(?<![\\p{L}\\p{N}])cd)e', ['ab', 'cd']],
  ] as const)('%s', (src, boundary, pattern, lead) => {
    const r = deriveRegex(src);
    expect(r.leadingBoundary).toBe(boundary);
    expect(r.source).toBe(pattern);
    expect(r.lead).toEqual(lead);
  });

  it('finds with the boundary checked in code what the lookbehind of every alternative found', () => {
    const text = 'backoffice 12, office 12, x2nd floor, 12nd floor; shift 3, upshift 4, a3-4 and 13-4';
    const original = (src: string): Array<[number, string]> =>
      [...text.matchAll(new RegExp(src.replaceAll('{{<}}', '(?<![\\p{L}\\p{N}])'), 'gu'))].map((m) => [m.index, m[0]]);
    const inCode = (src: string): Array<[number, string]> => {
      const r = compileRegex(src);
      const out: Array<[number, string]> = [];
      r.re.lastIndex = 0;
      for (let m = r.re.exec(text); m !== null; m = r.re.exec(text)) {
        if (r.leadingBoundary && /[\p{L}\p{N}]/u.test(text[m.index - 1] ?? '')) {
          r.re.lastIndex = m.index + 1;
          continue;
        }
        out.push([m.index, m[0]]);
      }
      return out;
    };
    for (const src of ['{{<}}office \\d+|{{<}}\\d{1,2}(?:st|nd) floor', '(?:{{<}}shift \\d|{{<}}\\d{1,2}-\\d)']) {
      expect(inCode(src)).toEqual(original(src));
      expect(inCode(src).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('indexes a regex by single letters or digits only when they must start a word', () => {
    expect(analyseRegex('\\d{1,2} years').lead).toBeNull();
    expect(analyseRegex('\\d{1,2} years', 'word').lead).toEqual(digits);
    expect(analyseRegex('(?:eps|е\\s?р\\s?s)').lead).toBeNull();
    expect(analyseRegex('(?:eps|е\\s?р\\s?s)', 'word').lead).toEqual(['eps', 'е']);
  });

  it('indexes a regex by single digits (not letters) when it must start a number', () => {
    expect(analyseRegex('(?:\\+7|8)\\s', 'number').lead).toEqual(['+7', '8']);
    expect(analyseRegex('[a8]\\s', 'number').lead).toBeNull();
    const phone = deriveRegex('(?<![\\p{N}+])(?:\\+\\s?996|996|0)\\d{3}');
    expect(phone.numberStart).toBe(true);
    expect(phone.leadingBoundary).toBe(false);
    expect(phone.source).toBe('(?<![\\p{N}+])(?:\\+\\s?996|996|0)\\d{3}');
    expect(phone.lead).toEqual(['+', '996', '0']);
    expect(compileRegex('(?<![\\d+])8\\s\\d{3}').lead).toEqual(['8']);
    // The lookbehind belongs to the first alternative only; a lookbehind that lets a digit through does not count.
    expect(compileRegex('(?<![\\p{N}])8\\d{3}|x8').numberStart).toBe(false);
    expect(compileRegex('(?<![\\p{L}/])8\\s').lead).toBeNull();
  });

  it('tries the landline regexes only where a number starts, and finds what a whole-ad scan finds', async () => {
    const { compileRules } = await import('../src/engine/compile.js');
    const { validateRules } = await import('../src/engine/validate.js');
    const { runMatchers } = await import('../src/match/run.js');
    const { tokenize } = await import('../src/text/tokenize.js');
    const c = compileRules(validateRules(bundledRules));
    const id = (r: (typeof c.regexes)[number]): string => `${c.rules[r.rule]!.id}#${r.pattern}`;
    const landlines = c.regexes.filter((r) => c.rules[r.rule]!.id === '__f1.landline');
    expect(landlines.map((r) => [id(r), r.numberStart, r.lead])).toEqual([
      ['__f1.landline#kg-landline', true, ['+', '996', '0']],
      ['__f1.landline#ru-kz-landline', true, ['+', '8']],
      ['__f1.landline#gulf-landline', true, ['+']],
      ['__f1.landline#uk-de-au-landline', true, ['+']],
    ]);
    const whole = { ...c, regexes: c.regexes.map((r) => ({ ...r, needs: null, lead: null, sticky: null })) };
    const text = 'Office 0312 55 66 77 or +996 312 556677; not 10312556677, not 20 0312556677x; Almaty 8 727 355 12 34';
    const n = normalize(text);
    const t = tokenize(n);
    const found = (rules: typeof c): string[] =>
      runMatchers(rules, n, t, new Set(['en'])).hits.filter((h) => rules.rules[h.rule]!.id === '__f1.landline').map((h) => text.slice(h.nStart, h.nEnd));
    expect(found(c)).toEqual(['0312 55 66 77', '+996 312 556677', '0312556677', '8 727 355 12 34']);
    expect(found(whole)).toEqual(found(c));
  });
});
