import { wordCharBefore, type CompiledRules } from '../engine/compile.js';
import { bigramFilter } from '../engine/literals.js';
import type { Lang } from '../schema/rule.js';
import type { Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { foldKyrgyzLetters, kyrgyzKeys } from '../lang/kyrgyz.js';
import { translitToCyrillic } from '../lang/translit.js';
import { tokenKey } from './phrase.js';
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
}

/** Kyrgyz readings of a word, memoised per compiled rule set (its vocabulary decides the readings). */
const kyMemo = new WeakMap<CompiledRules, Map<string, string[]>>();
function kyKeys(c: CompiledRules, word: string): string[] {
  let m = kyMemo.get(c);
  if (!m) kyMemo.set(c, (m = new Map()));
  let keys = m.get(word);
  if (!keys) {
    if (m.size >= 50_000) m.clear();
    m.set(word, (keys = kyrgyzKeys(word, c.kyVocabulary())));
  }
  return keys;
}

/** Start offsets of the lines of a text (0 and every position after a line break). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The [start, end) ranges of the lines containing one of `needs`, merged and in order. */
export function candidateLines(text: string, starts: readonly number[], needs: readonly string[], filter?: { mayContain(s: string): boolean }): Array<[number, number]> {
  const picked = new Set<number>();
  for (const s of needs) {
    if (filter && !filter.mayContain(s)) continue; // cheaper than a scan that finds nothing
    for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      picked.add(lo);
    }
  }
  const out: Array<[number, number]> = [];
  for (const l of [...picked].sort((a, b) => a - b)) {
    const start = starts[l]!;
    const end = l + 1 < starts.length ? starts[l + 1]! - 1 : text.length;
    const last = out[out.length - 1];
    if (last && last[1] + 1 >= start) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}

/** For each indexed regex, the token starts (in order) where one of its lead words begins. */
export function leadCandidates(c: CompiledRules, tokens: readonly Token[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const t of tokens) {
    if (t.text.length < 2) continue;
    const list = c.leadIndex.get(t.text.slice(0, 2));
    if (!list) continue;
    for (const [w, i] of list) {
      if (!t.text.startsWith(w)) continue;
      let at = out.get(i);
      if (!at) out.set(i, (at = []));
      if (at[at.length - 1] !== t.start) at.push(t.start);
    }
  }
  return out;
}

/** Try a sticky regex at each candidate start, as a left-to-right scan would: never inside a previous match. */
export function matchAt(r: CompiledRules['regexes'][number], text: string, starts: readonly number[], tokens: readonly Token[], out: MatchResult, addExclude: (rule: number, token: number) => void): void {
  const re = r.sticky!;
  let end = 0;
  for (const s of starts) {
    if (s < end) continue;
    re.lastIndex = s;
    const m = re.exec(text);
    if (!m || m[0].length === 0) continue;
    end = s + m[0].length;
    record(r, s, end, tokens, out, addExclude);
  }
}

function record(r: CompiledRules['regexes'][number], at: number, endAt: number, tokens: readonly Token[], out: MatchResult, addExclude: (rule: number, token: number) => void): void {
  const first = tokenAt(tokens, at);
  const last = Math.max(first + 1, tokenAt(tokens, endAt - 1) + 1);
  if (r.exclude) {
    for (let t = first; t < last; t++) addExclude(r.rule, t);
  } else {
    out.hits.push({ rule: r.rule, pattern: r.pattern, lang: r.lang, from: first, to: last, parts: [], nStart: at, nEnd: endAt });
  }
}

/** Run one rule regex over text[from, to), recording hits or exclusions. */
export function matchRange(r: CompiledRules['regexes'][number], text: string, from: number, to: number, tokens: readonly Token[], out: MatchResult, addExclude: (rule: number, token: number) => void): void {
  const re = r.re;
  // Matching the line as its own string keeps the scan to that line; offsets are shifted back.
  const sub = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(sub); m !== null; m = re.exec(sub)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const at = from + m.index;
    if (r.leadingBoundary && wordCharBefore(text, at)) {
      // Rejected in mid-word: resume one character later, not after the match, so a real
      // match starting inside the rejected one is still found.
      re.lastIndex = m.index + 1;
      continue;
    }
    record(r, at, at + m[0].length, tokens, out, addExclude);
  }
}

/** Token index containing normalised offset `at` (or the next token). */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tries run for the languages present; regexes run on every ad (they are few and script-agnostic). */
export function runMatchers(c: CompiledRules, norm: Normalized, tokens: Token[], langs: ReadonlySet<Lang>, translit = false): MatchResult {
  const words = tokens.map((t) => t.text);
  const trieHits: Array<TrieHit & { lang: Lang }> = [];
  const buf: TrieHit[] = [];
  const run = new Set(langs);
  if (translit) run.add('ru');
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
      keys = tokens.map((t) => tokenKey(lang, translit && lang === 'ru' && t.script === 'latin' ? translitToCyrillic(t.text) : t.text));
    }
    buf.length = 0;
    trie.matchAll(keys, forms, buf);
    for (const h of buf) trieHits.push({ ...h, lang });
  }

  const out: MatchResult = { hits: [], excludes: new Map(), places: [], roles: [], gender: [] };
  const addExclude = (rule: number, token: number): void => {
    let s = out.excludes.get(rule);
    if (!s) out.excludes.set(rule, (s = []));
    s.push(token);
  };
  const nearSides = new Map<string, { a: TrieHit[]; b: TrieHit[]; rule: number; pattern: string; lang: Lang }>();
  const seenLex = new Set<string>();
  for (const h of trieHits) {
    const p = c.payloads[h.payload]!;
    switch (p.type) {
      case 'pattern':
        out.hits.push({ rule: p.rule, pattern: p.pattern, lang: p.lang, from: h.from, to: h.to, parts: [] });
        break;
      case 'exclude':
        for (let t = h.from; t < h.to; t++) addExclude(p.rule, t);
        break;
      case 'near': {
        const key = `${p.rule}:${p.pattern}`;
        let s = nearSides.get(key);
        if (!s) nearSides.set(key, (s = { a: [], b: [], rule: p.rule, pattern: p.pattern, lang: p.lang }));
        s[p.side].push(h);
        break;
      }
      default: {
        // The same place can match in the ru and ky tries: keep one.
        const k = `${p.type}:${h.from}:${h.to}`;
        if (seenLex.has(k)) break;
        seenLex.add(k);
        if (p.type === 'place') out.places.push({ entry: p.entry, from: h.from, to: h.to });
        else if (p.type === 'role') out.roles.push({ entry: p.entry, from: h.from, to: h.to });
        else out.gender.push({ entry: 0, gender: p.gender, from: h.from, to: h.to });
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
  if (tokens.length > 0) {
    const text = norm.text;
    const filter = bigramFilter(text);
    const lines = lineStarts(text);
    const starts = leadCandidates(c, tokens);
    c.regexes.forEach((r, i) => {
      if (r.sticky) {
        // Indexed: tried only where a token begins with one of its lead words.
        const at = starts.get(i);
        if (at) matchAt(r, text, at, tokens, out, addExclude);
        return;
      }
      if (r.needs && !r.needs.some((s) => filter.mayContain(s))) return;
      // A regex with required literals runs only on the lines that contain one of them (ads are
      // short lines; rule regexes do not cross line breaks). Others run over the whole ad.
      const ranges = r.needs ? candidateLines(text, lines, r.needs, filter) : [[0, text.length] as [number, number]];
      for (const [from, to] of ranges) matchRange(r, text, from, to, tokens, out, addExclude);
    });
  }
  return out;
}
