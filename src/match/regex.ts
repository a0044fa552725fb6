/**
 * Running the rule regexes over an ad, as cheaply as the prefilters of engine/literals.ts allow:
 * indexed regexes only at tokens that begin with their lead words, the others only on lines holding
 * one of their required literals. tests/literals.test.ts checks this finds exactly what a plain scan
 * of the whole ad finds.
 */
import type { CompiledRules } from '../engine/compile.js';
import { wordCharBefore } from '../text/chars.js';
import type { Token } from '../text/tokenize.js';
import type { MatchResult } from './run.js';

type CompiledRegex = CompiledRules['regexes'][number];
type AddExclude = (rule: number, token: number) => void;

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
export function matchAt(r: CompiledRegex, text: string, starts: readonly number[], tokens: readonly Token[], out: MatchResult, addExclude: AddExclude): void {
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

export function record(r: CompiledRegex, at: number, endAt: number, tokens: readonly Token[], out: MatchResult, addExclude: AddExclude): void {
  const first = tokenAt(tokens, at);
  const last = Math.max(first + 1, tokenAt(tokens, endAt - 1) + 1);
  if (r.exclude) {
    for (let t = first; t < last; t++) addExclude(r.rule, t);
  } else {
    out.hits.push({ rule: r.rule, pattern: r.pattern, lang: r.lang, from: first, to: last, parts: [], nStart: at, nEnd: endAt });
  }
}

/** Run one rule regex over text[from, to), recording hits or exclusions. */
export function matchRange(r: CompiledRegex, text: string, from: number, to: number, tokens: readonly Token[], out: MatchResult, addExclude: AddExclude): void {
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

