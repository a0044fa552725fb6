import type { CompiledRules } from '../engine/compile.js';
import type { Lang } from '../schema/rule.js';
import type { Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { foldKyrgyzLetters, kyrgyzKeys } from '../lang/kyrgyz.js';
import { memoize } from '../memo.js';
import { translitToCyrillic } from '../lang/translit.js';
import { stemOfWord } from '../lang/stem.js';
import { tokenKey } from './phrase.js';
import { runRegexes } from './regex.js';
import type { TrieHit } from './trie.js';

/** A pattern match in token and normalised-text coordinates (mapped to the original later). */
export interface RawHit {
  rule: number;
  pattern: string;
  lang: Lang;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Extra ranges for two-part (near) matches. */
  parts: Array<[number, number]>;
  /** Exact normalised offsets for regex matches (which need not align with tokens). */
  nStart?: number;
  nEnd?: number;
}
export interface LexHit {
  entry: number;
  from: number;
  to: number;
}
export interface MatchResult {
  hits: RawHit[];
  /** Token indices where each rule's exclusions matched. */
  excludes: Map<number, number[]>;
  places: LexHit[];
  roles: LexHit[];
  gender: Array<LexHit & { gender: 'female' | 'male' }>;
  /** The call's time budget ran out before every regex had run (see ScreenOptions.timeBudgetMs). */
  timedOut?: boolean;
}

/** Kyrgyz readings of a word, memoised per compiled rule set (its vocabulary decides the readings). */
const kyMemo = new WeakMap<CompiledRules, (word: string) => string[]>();
function kyKeys(c: CompiledRules, word: string): string[] {
  let keys = kyMemo.get(c);
  if (!keys) kyMemo.set(c, (keys = memoize((w) => kyrgyzKeys(w, c.kyVocabulary()))));
  return keys(word);
}

/** Tries run for the languages present; regexes run on every ad (they are few and script-agnostic). */
export function runMatchers(c: CompiledRules, norm: Normalized, tokens: Token[], langs: ReadonlySet<Lang>, translit = false, expired?: () => boolean): MatchResult {
  const words = tokens.map((t) => t.text);
  const buf: TrieHit[] = [];
  const run = new Set(langs);
  if (translit) run.add('ru');
  const out: MatchResult = { hits: [], excludes: new Map(), places: [], roles: [], gender: [] };
  const addExclude = (rule: number, token: number): void => {
    let s = out.excludes.get(rule);
    if (!s) out.excludes.set(rule, (s = []));
    s.push(token);
  };
  const nearSides = new Map<string, { a: TrieHit[]; b: TrieHit[]; rule: number; pattern: string; lang: Lang }>();
  // The same place can match in the ru and ky tries: keep one (key: kind, first and last token).
  const seenLex = new Set<number>();
  const lexKey = (kind: number, h: TrieHit): number => (kind * 0x100000 + h.from) * 0x1000 + (h.to - h.from);
  for (const lang of run) {
    const trie = c.trie(lang);
    if (trie.size === 0) continue;
    let keys: Array<string | string[]>;
    let forms = words;
    if (lang === 'ky') {
      keys = tokens.map((t) => (t.script === 'cyrillic' ? kyKeys(c, t.text) : t.text));
      forms = words.map(foldKyrgyzLetters);
    } else {
      // Russian in Latin letters: its words are keyed as the Cyrillic they stand for.
      const stemOf = stemOfWord[lang];
      keys = tokens.map((t) => (translit && lang === 'ru' && t.script === 'latin' ? tokenKey(lang, translitToCyrillic(t.text)) : stemOf(t.word)));
    }
    buf.length = 0;
    trie.matchAll(keys, forms, buf);
    for (const h of buf) {
      const p = c.payloads[h.payload]!;
      switch (p.type) {
        case 'pattern':
          out.hits.push({ rule: p.rule, pattern: p.pattern, lang: p.lang, from: h.from, to: h.to, parts: [] });
          break;
        case 'exclude':
          for (let t = h.from; t < h.to; t++) addExclude(p.rule, t);
          break;
        case 'near': {
          let s = nearSides.get(p.key);
          if (!s) nearSides.set(p.key, (s = { a: [], b: [], rule: p.rule, pattern: p.pattern, lang: p.lang }));
          s[p.side].push(h);
          break;
        }
        case 'place':
          if (seenLex.has(lexKey(1, h))) break;
          seenLex.add(lexKey(1, h));
          out.places.push({ entry: p.entry, from: h.from, to: h.to });
          break;
        case 'role':
          if (seenLex.has(lexKey(2, h))) break;
          seenLex.add(lexKey(2, h));
          out.roles.push({ entry: p.entry, from: h.from, to: h.to });
          break;
        case 'gender':
          if (seenLex.has(lexKey(3, h))) break;
          seenLex.add(lexKey(3, h));
          out.gender.push({ entry: 0, gender: p.gender, from: h.from, to: h.to });
          break;
      }
    }
  }
  for (const [key, s] of nearSides) {
    const p = c.nearPatterns.get(key)!;
    for (const a of s.a) {
      for (const b of s.b) {
        if (p.ordered && b.from < a.to) continue;
        const gap = b.from >= a.to ? b.from - a.to : a.from - b.to;
        if (gap < 0 || gap > p.within) continue;
        if ((p.sameSentence ?? true) && tokens[a.from]!.sentence !== tokens[b.from]!.sentence) continue;
        out.hits.push({ rule: s.rule, pattern: s.pattern, lang: s.lang, from: Math.min(a.from, b.from), to: Math.max(a.to, b.to), parts: [[a.from, a.to], [b.from, b.to]] });
      }
    }
  }
  if (tokens.length > 0) runRegexes(c, norm.text, tokens, out, addExclude, expired);
  return out;
}
