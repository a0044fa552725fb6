/**
 * Running the rule regexes over an ad, as cheaply as the prefilters of match/literals.ts allow:
 * a regex with lead strings is tried only where one occurs (at a word start when it began with
 * `{{<}}`, and only on lines holding one of its needs), a regex with needs only on the lines holding
 * one; both are found in one pass (literal-scan.ts). A regex with neither runs over the whole ad.
 * tests/literals.test.ts checks this finds exactly what a plain scan of the whole ad finds. Most
 * regexes run on the ad's view (text/regex-view.ts), which has the ad's offsets; the prefilter scan
 * reads the ad itself (a literal holds no character the view replaces).
 */
import { LITERAL_KIND, LiteralAction, type CompiledRules } from '../engine/compile.js';
import { afterCharAt, isAsciiDigit, wordCharBefore } from '../text/chars.js';
import type { Token } from '../text/tokenize.js';
import type { Extent } from './extent.js';
import type { MatchResult, RawHit } from './run.js';

type CompiledRegex = CompiledRules['regexes'][number];

/** The parts of every hit that is not a two-part match: shared, as most of an ad's hits have none. */
export const NO_PARTS: RawHit['parts'] = Object.freeze([]);
type AddExclude = (rule: number, token: number) => void;

/**
 * runRegexes' lists for one rule set, reused from ad to ad: per regex the lines holding one of its
 * needs and (windowed regexes) where its needs occur, per lead group where its lead strings occur.
 * Each list is an array that only grows, with a count that starts every ad at 0: the few hundred
 * small arrays an ad used to get were 15% of what a screen allocates, and allocation evicts the rule
 * set's tables and the words' answers from the processor's caches.
 */
class Lists {
  readonly lines: number[][];
  readonly lineCount: Int32Array;
  /** [start, end) pairs flattened, in the order they end; foundCount counts numbers, not pairs. */
  readonly found: number[][];
  readonly foundCount: Int32Array;
  readonly starts: number[][];
  readonly startLines: number[][];
  readonly startCount: Int32Array;
  /** A sticky regex's starts on the lines holding its needs (onLines). */
  readonly onLine: number[] = [];
  readonly lineStart: number[] = [];
  constructor(regexes: number, groups: number) {
    const arrays = (n: number): number[][] => Array.from({ length: n }, () => []);
    this.lines = arrays(regexes);
    this.lineCount = new Int32Array(regexes);
    this.found = arrays(regexes);
    this.foundCount = new Int32Array(regexes);
    this.starts = arrays(groups);
    this.startLines = arrays(groups);
    this.startCount = new Int32Array(groups);
  }
}
const listsOf = new WeakMap<CompiledRules, Lists>();

/** `view`: the text as view-safe regexes read it (Normalized.view), with the text's offsets. */
export function runRegexes(c: CompiledRules, text: string, view: string, tokens: readonly Token[], out: MatchResult, addExclude: AddExclude, expired?: () => boolean): void {
  const { scanner, actionStart, actions, leadGroup, groupCount } = c.literals;
  const { regexes } = c;
  let lists = listsOf.get(c);
  if (!lists) listsOf.set(c, (lists = new Lists(regexes.length, groupCount)));
  const { lines, lineCount, found, foundCount, starts, startLines, startCount } = lists;
  lineCount.fill(0);
  foundCount.fill(0);
  startCount.fill(0);
  let anyLines = false;
  // Groups whose starts came out of order: two lead strings can end in the other order from where they start.
  let unordered: Set<number> | undefined;
  const addStart = (g: number, start: number, line: number): void => {
    const k = startCount[g]!;
    const s = starts[g]!;
    if (k > 0 && s[k - 1] === start) return;
    if (k > 0 && s[k - 1]! > start) (unordered ??= new Set()).add(g);
    s[k] = start;
    startLines[g]![k] = line;
    startCount[g] = k + 1;
  };
  const { data, count } = scanner.collect(text);
  const { lengths } = scanner;
  for (let k = 0; k < count * 3; k += 3) {
    const lit = data[k]!;
    const start = data[k + 1]!;
    const line = data[k + 2]!;
    // Starts the regex would refuse are passed over: mid-word for a word start, after a digit for a
    // number start (asked once per occurrence, when a group asks).
    let wordStart = -1;
    let numberStart = -1;
    const last = actionStart[lit + 1]!;
    for (let a = actionStart[lit]!; a < last; a++) {
      const action = actions[a]!;
      const kind = (action / LITERAL_KIND) | 0;
      const id = action - kind * LITERAL_KIND;
      switch (kind) {
        case LiteralAction.NeedInWindow: {
          const f = foundCount[id]!;
          found[id]![f] = start;
          found[id]![f + 1] = start + lengths[lit]!;
          foundCount[id] = f + 2;
        }
        // falls through: a windowed regex also needs the line
        case LiteralAction.Need: {
          const n = lineCount[id]!;
          const l = lines[id]!;
          if (n === 0 || l[n - 1] !== line) {
            l[n] = line;
            lineCount[id] = n + 1;
            anyLines = true;
          }
          break;
        }
        case LiteralAction.Lead:
          addStart(id, start, line);
          break;
        case LiteralAction.WordLead:
          if (wordStart < 0) wordStart = wordCharBefore(text, start) ? 0 : 1;
          if (wordStart === 1) addStart(id, start, line);
          break;
        case LiteralAction.NumberLead:
          if (numberStart < 0) numberStart = isAsciiDigit(text.charCodeAt(start - 1)) ? 0 : 1;
          if (numberStart === 1) addStart(id, start, line);
          break;
      }
    }
  }
  if (unordered) for (const g of unordered) startCount[g] = sortStarts(starts[g]!, startLines[g]!, startCount[g]!);
  const lineStart = lists.lineStart;
  const lineTotal = anyLines ? lineStarts(text, lineStart) : 0;
  for (let i = 0; i < regexes.length; i++) {
    const r = regexes[i]!;
    const subject = r.view ? view : text;
    // Regexes are where a rule set's cost grows with its size: the time budget is checked before each.
    if (out.timedOut || expired?.()) {
      out.timedOut = true;
      return;
    }
    if (r.sticky) {
      const g = leadGroup[i]!;
      let at = starts[g]!;
      let atCount = startCount[g]!;
      if (atCount === 0) continue;
      if (r.needs) {
        if (lineCount[i] === 0) continue;
        atCount = onLines(at, startLines[g]!, atCount, lines[i]!, lineCount[i]!, lists.onLine);
        at = lists.onLine;
      }
      matchAt(r, subject, at, atCount, tokens, out, addExclude);
      continue;
    }
    if (!r.needs) {
      matchRange(r, subject, 0, text.length, tokens, out, addExclude);
      continue;
    }
    const at = lines[i]!;
    const atCount = lineCount[i]!;
    // Consecutive lines run as one range (rule regexes do not cross line breaks, but may end at one).
    let k = 0;
    let next = 0; // the first occurrence of a need not yet passed (windowed regexes)
    while (k < atCount) {
      let j = k;
      while (j + 1 < atCount && at[j + 1] === at[j]! + 1) j++;
      const from = lineStart[at[k]!]!;
      const to = at[j]! + 1 < lineTotal ? lineStart[at[j]! + 1]! - 1 : text.length;
      if (r.window) next = matchWindows(r, r.window, subject, from, to, found[i]!, next, foundCount[i]!, tokens, out, addExclude);
      else matchRange(r, subject, from, to, tokens, out, addExclude);
      k = j + 1;
    }
  }
}

/** Sorts the first `count` of a group's starts (and their lines alongside) ascending, without repeats; returns the new count. */
function sortStarts(starts: number[], startLines: number[], count: number): number {
  const order = Array.from({ length: count }, (_, k) => k).sort((a, b) => starts[a]! - starts[b]!);
  const s = order.map((k) => starts[k]!);
  const l = order.map((k) => startLines[k]!);
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    if (n > 0 && starts[n - 1] === s[k]) continue;
    starts[n] = s[k]!;
    startLines[n++] = l[k]!;
  }
  return n;
}

/**
 * The starts whose line is one of `need`, as a regex that does not cross lines needs, written to
 * `into`; returns how many. Both lists of lines ascend (the scan meets them in text order), so one
 * walk along each does it.
 */
function onLines(starts: readonly number[], startLines: readonly number[], count: number, need: readonly number[], needCount: number, into: number[]): number {
  let n = 0;
  let j = 0;
  for (let k = 0; k < count; k++) {
    const line = startLines[k]!;
    while (j < needCount && need[j]! < line) j++;
    if (j === needCount) break;
    if (need[j] === line) into[n++] = starts[k]!;
  }
  return n;
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

/** Start offsets of the lines of a text (0 and every position after a line break), written to `into`; returns how many. */
function lineStarts(text: string, into: number[]): number {
  into[0] = 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) into[n++] = i + 1;
  return n;
}

/** Try a sticky regex at each candidate start, as a left-to-right scan would: never inside a previous match. */
export function matchAt(r: CompiledRegex, text: string, starts: readonly number[], count: number, tokens: readonly Token[], out: MatchResult, addExclude: AddExclude): void {
  const re = r.sticky!;
  let end = 0;
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    if (s < end) continue;
    re.lastIndex = s;
    // test(), not exec(): a sticky match ends at lastIndex, and no match array is built.
    if (!re.test(text) || re.lastIndex === s) continue;
    end = re.lastIndex;
    record(r, s, end, tokens, out, addExclude);
  }
}

export function record(r: CompiledRegex, at: number, endAt: number, tokens: readonly Token[], out: MatchResult, addExclude: AddExclude): void {
  const first = tokenAt(tokens, at);
  const last = Math.max(first + 1, tokenAt(tokens, endAt - 1) + 1);
  if (r.exclude) {
    for (let t = first; t < last; t++) addExclude(r.rule, t);
  } else {
    out.hits.push({ rule: r.rule, pattern: r.pattern, lang: r.lang, from: first, to: last, parts: NO_PARTS, nStart: at, nEnd: endAt });
  }
}

/**
 * Run a regex of bounded extent over text[from, to) as matchRange would, but only near its needs.
 * A match holds an occurrence [a, b) of a need and is at most maxLength long, so it lies inside
 * [b - maxLength, a + maxLength). Those windows are merged where they overlap, and each is matched
 * on its own, with `around` characters of context either side for lookarounds. A match found in a
 * window is one a scan of the whole range finds, and vice versa (tests/literals.test.ts checks it
 * on every corpus ad, tests/extent.test.ts at the windows' edges). `found[0, foundCount)` holds the occurrences as [start, end) pairs in the order they end;
 * those from index `next` on that end by `to` are used, and the index after them is returned.
 */
export function matchWindows(r: CompiledRegex, w: Extent, text: string, from: number, to: number, found: readonly number[], next: number, foundCount: number, tokens: readonly Token[], out: MatchResult, addExclude: AddExclude): number {
  const re = r.re;
  let k = next;
  while (k < foundCount && found[k + 1]! <= to) {
    // Windows start in the order their occurrences end: merge each with the ones that overlap it.
    const ws = Math.max(from, found[k + 1]! - w.maxLength);
    let we = Math.min(to, found[k]! + w.maxLength);
    k += 2;
    while (k < foundCount && found[k + 1]! <= to && Math.max(from, found[k + 1]! - w.maxLength) <= we) {
      we = Math.max(we, Math.min(to, found[k]! + w.maxLength));
      k += 2;
    }
    const off = Math.max(from, ws - w.around);
    const sub = text.slice(off, Math.min(to, we + w.around));
    re.lastIndex = ws - off;
    for (let m = re.exec(sub); m !== null; m = re.exec(sub)) {
      const at = off + m.index;
      if (at >= we) break;
      if (m[0].length === 0) {
        re.lastIndex = afterCharAt(sub, re.lastIndex);
        continue;
      }
      if (r.leadingBoundary && wordCharBefore(text, at)) {
        re.lastIndex = afterCharAt(sub, m.index);
        continue;
      }
      record(r, at, at + m[0].length, tokens, out, addExclude);
    }
  }
  return k;
}

/** Run one rule regex over text[from, to), recording hits or exclusions. */
export function matchRange(r: CompiledRegex, text: string, from: number, to: number, tokens: readonly Token[], out: MatchResult, addExclude: AddExclude): void {
  const re = r.re;
  // Matching the line as its own string keeps the scan to that line; offsets are shifted back.
  const sub = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(sub); m !== null; m = re.exec(sub)) {
    if (m[0].length === 0) {
      re.lastIndex = afterCharAt(sub, re.lastIndex);
      continue;
    }
    const at = from + m.index;
    if (r.leadingBoundary && wordCharBefore(text, at)) {
      // Rejected in mid-word: resume one character later, not after the match, so a real
      // match starting inside the rejected one is still found.
      re.lastIndex = afterCharAt(sub, m.index);
      continue;
    }
    record(r, at, at + m[0].length, tokens, out, addExclude);
  }
}

