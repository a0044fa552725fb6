import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/data.js';
import { BUNDLED_TABLES } from '../src/engine/tables.js';
import { russianCaseForms } from '../src/lang/russian.js';
import { stem } from '../src/lang/stem.js';
import { compilePhrase, decodeSteps, encodeSteps, isPlainPiece, piecePath } from '../src/match/phrase.js';
import { bundledRules } from '../src/rules.js';
import { LANGS } from '../src/schema/langs.js';
import type { Rule } from '../src/schema/rule.js';

/** Every phrase the bundled rules and tables put in a trie, as compileRules gathers them. */
function bundledPhrases(): string[] {
  const out: string[] = [];
  for (const rule of bundledRules as Rule[]) {
    for (const p of [...rule.patterns, ...(rule.exclude ?? [])]) {
      if (p.kind === 'phrase') out.push(...p.phrases);
      else if (p.kind === 'near') out.push(...p.a, ...p.b);
    }
  }
  for (const place of BUNDLED_TABLES.places) for (const lang of LANGS) out.push(...(lang === 'ru' ? place.ru.flatMap(russianCaseForms) : place[lang]));
  for (const role of BUNDLED_TABLES.roles) for (const lang of LANGS) out.push(...role[lang]);
  for (const gender of ['female', 'male'] as const) for (const lang of LANGS) out.push(...lexicon.gender[gender][lang]);
  return out;
}

describe('splitting phrase pieces into words', () => {
  it('takes the shortcut only for pieces of one alphabet with no letter tripled', () => {
    const plain = ['deduct', 'паспорт', 'жумуш', 'өлкө', 'ёлка'];
    expect(plain.map(isPlainPiece)).toEqual([true, true, true, true, true]);
    expect(plain.map(piecePath)).toEqual(plain.map((p) => [p]));
    // Digits, a second script, capitals, punctuation and stretched letters go the full way.
    expect(['ok2', 'oфис', 'Dubai', 'wi-fi', "don't", 'www', 'sooo'].map(isPlainPiece)).toEqual([false, false, false, false, false, false, false]);
    expect(piecePath('sooo')).not.toEqual(['sooo']);
  });

  it('gives what normalising and tokenising gives, for every plain piece of the bundled phrases', () => {
    const pieces = new Set(bundledPhrases().flatMap((p) => p.trim().split(/\s+/)));
    const plain = [...pieces].filter(isPlainPiece);
    expect(plain.length).toBeGreaterThan(3000);
    expect(plain.filter((p) => JSON.stringify(piecePath(p)) !== JSON.stringify([p]))).toEqual([]);
  });

  it('compiles a phrase with keys, prefixes and wildcards', () => {
    expect(compilePhrase('en', 'deducted from * salar*')).toEqual([
      { kind: 'key', key: 'deduct' },
      { kind: 'key', key: 'from' },
      { kind: 'any' },
      { kind: 'prefix', prefix: 'salar' },
    ]);
    // A piece that is not plain is split as an ad's text would be.
    expect(compilePhrase('en', 'wi-fi')).toEqual([
      { kind: 'key', key: 'wi' },
      { kind: 'key', key: 'fi' },
    ]);
  });

  it('compiles an exact word unstemmed, normalised as the text is, Kyrgyz letters folded', () => {
    expect(compilePhrase('en', '=Departs today')).toEqual([
      { kind: 'exact', word: 'departs' },
      { kind: 'key', key: 'todai' },
    ]);
    expect(compilePhrase('ky', '=үйлөнүү')).toEqual([{ kind: 'exact', word: 'уйлонуу' }]);
    // One exact step per word of the piece.
    expect(compilePhrase('en', '=wi-fi')).toEqual([
      { kind: 'exact', word: 'wi' },
      { kind: 'exact', word: 'fi' },
    ]);
    // The baked table's encoding reads back the same.
    const steps = compilePhrase('en', 'free =hospital *');
    expect(encodeSteps(steps)).toBe('free =hospital *');
    expect(decodeSteps(encodeSteps(steps))).toEqual(steps);
  });
});

// lexicon.json `informalSpellings`: social posts' spellings match the phrases written in full.
describe('informal English spellings', () => {
  it.each([
    ['dont', "don't"], ['doesnt', "doesn't"], ['cant', "can't"], ['u', 'you'], ['ur', 'your'], ['pls', 'please'],
  ] as const)('%s is read as %s', (informal, word) => {
    expect(stem('en', informal)).toBe(stem('en', word));
  });
  it('leaves "wont" (a word of its own) and other languages alone', () => {
    expect(stem('en', 'wont')).not.toBe(stem('en', "won't"));
    expect(stem('ru', 'u')).toBe('u');
  });
});

// Phrases are compiled to keys: English and Russian words stemmed, Russian stems without ё's dots
// and the soft and hard signs (lang/stem.ts), Kyrgyz words with ң ө ү folded. "жильё" and "жилье",
// "улица" and "улице", "төлөйт" and "толойт", "scheme" and "schemes" are one key. A list that spells a
// key twice says nothing the first spelling did not; the browser bundles, at their size budget, carry
// no such repeats.
describe('phrase lists', () => {
  it('hold each compiled key once', () => {
    const repeats: string[] = [];
    for (const rule of bundledRules as Rule[]) {
      for (const p of [...rule.patterns, ...(rule.exclude ?? [])]) {
        if (p.kind !== 'phrase' && p.kind !== 'near') continue;
        for (const list of p.kind === 'phrase' ? [p.phrases] : [p.a, p.b]) {
          const seen = new Map<string, string>();
          for (const phrase of list) {
            const key = JSON.stringify(compilePhrase(p.lang, phrase));
            const first = seen.get(key);
            if (first !== undefined) repeats.push(`${rule.id} ${p.id}: "${phrase}" repeats "${first}"`);
            else seen.set(key, phrase);
          }
        }
      }
    }
    expect(repeats).toEqual([]);
  });

  // Two more ways a phrase can say nothing its list does not: a prefix step of another phrase covers
  // its word ("брачн* агентств*" holds "брачное агентство": a stem starts the word it is the stem of),
  // and, in an exclusion list, a shorter phrase inside it ("free" inside "free of charge": an exclusion
  // cancels a hit by its clause, whatever words it spans).
  it('hold no phrase another phrase of the list matches wherever it does', () => {
    const covered: string[] = [];
    const lists = (p: Rule['patterns'][number]): string[][] => (p.kind === 'phrase' ? [p.phrases] : p.kind === 'near' ? [p.a, p.b] : []);
    for (const rule of bundledRules as Rule[]) {
      for (const [exclusion, p] of [...rule.patterns.map((p) => [false, p] as const), ...(rule.exclude ?? []).map((p) => [true, p] as const)]) {
        for (const list of lists(p)) {
          const steps = list.map((phrase) => ({ phrase, steps: compilePhrase(p.lang, phrase), coded: ` ${encodeSteps(compilePhrase(p.lang, phrase))} ` }));
          for (const a of steps) {
            const by = steps.find((b) => {
              if (b === a) return false;
              if (exclusion && b.coded.length < a.coded.length && !b.coded.includes('*') && a.coded.includes(b.coded)) return true;
              if (p.lang === 'ky' || b.steps.length !== a.steps.length || !b.steps.some((s) => s.kind === 'prefix')) return false;
              return b.steps.every((s, i) => {
                const t = a.steps[i]!;
                if (s.kind !== 'prefix') return JSON.stringify(s) === JSON.stringify(t);
                return t.kind === 'prefix' ? t.prefix.startsWith(s.prefix) : t.kind === 'key' ? t.key.startsWith(s.prefix) : t.kind === 'exact' && t.word.startsWith(s.prefix);
              });
            });
            if (by) covered.push(`${rule.id} ${p.id}: "${a.phrase}" is matched by "${by.phrase}"`);
          }
        }
      }
    }
    expect(covered).toEqual([]);
  });

  it('key a word with and without ё, ь and ъ alike', () => {
    expect(['жильё', 'жилье', 'жилё'].map((w) => stem('ru', w))).toEqual(['жил', 'жил', 'жил'].map(() => stem('ru', 'жилье')));
    expect(stem('ru', 'понедельник')).toBe(stem('ru', 'понеделник'));
    expect(stem('ru', 'объекта')).toBe(stem('ru', 'обекта'));
    expect(stem('ru', 'отдаёшь')).toBe(stem('ru', 'отдаете'));
  });
});
