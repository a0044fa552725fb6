import { foldEvasion } from './fold.js';
import type { Layer } from './layer.js';
import { regexView } from './regex-view.js';

/**
 * Case-folded, NFKC-normalised copy of the input with a map back to the ORIGINAL string, with the
 * tricks ads use to slip past keyword filters folded away (see fold.ts). Every later stage works on
 * `text`; spans are mapped back through `starts` / `ends` so that evidence always slices the caller's
 * own string.
 */
export interface Normalized extends Layer {
  readonly original: string;
  /**
   * Original-text spans of words that mix look-alike letters of two scripts ("oфициантка" with a
   * Latin o) and of numbers written with the letter O ("1ООО$"): a weak sign of filter evasion.
   */
  readonly lookalikes: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  /**
   * `text` with letters and numbers of scripts other than Latin and Cyrillic replaced by stand-ins
   * (text/regex-view.ts): what the regexes compiled for it read. Usually `text` itself.
   */
  readonly view: string;
}

/**
 * Characters outside ASCII and basic Cyrillic (and the Cyrillic combining marks U+0483-0489).
 * Everything else lower-cases 1:1 and needs no NFKC, so it is handled in bulk, a run at a time.
 */
const SPECIAL = /[^\u0000-\u007f\u0400-\u0482\u048a-\u04ff]/g;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const VARIATION_SELECTORS = /[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]/g;
/** Format characters (zero-width space / joiners, soft hyphen, BOM, bidi controls, tags) and fillers that render as nothing. */
const INVISIBLE = /^(?:\p{Cf}|[\u115f\u1160\u3164\uffa0])$/u;
const DECIMAL = /^\p{Nd}$/u;
/** Marks left after a Latin or Cyrillic letter once a character is lower-cased ("İ" gives "i" + dot). */
const MARKS_AFTER_ALPHABETIC = /([\u0000-\u052f])\p{M}+/gu;

let idStarts = new Uint32Array(0);
let idEnds = new Uint32Array(0);
/** Shared identity maps (starts[i] = i, ends[i] = i + 1), grown geometrically; never written after creation. */
function identity(n: number): void {
  if (idStarts.length >= n) return;
  const size = Math.max(n, idStarts.length * 2, 4096);
  const s = new Uint32Array(size);
  const e = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    s[i] = i;
    e[i] = i + 1;
  }
  idStarts = s;
  idEnds = e;
}

/** Is the code point at i a combining mark? Ranges without marks are answered without the regex. */
function isMarkAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x300) return false;
  if (c <= 0x36f) return true;
  if ((c >= 0x2000 && c < 0x20d0) || (c >= 0x2100 && c < 0x2cef) || (c >= 0xd83c && c <= 0xd83e)) return false;
  return MARK.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Value of a non-ASCII decimal digit: Unicode encodes each set of ten digits contiguously, from 0. */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  let k = 0;
  while (k < 60 && DECIMAL.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

/** NFKC + lower case of one code point; invisible characters give ''. Memoised: ads reuse few symbols. */
const single = new Map<number, string>();
function foldCodePoint(cp: number): string {
  let r = single.get(cp);
  if (r !== undefined) return r;
  const ch = String.fromCodePoint(cp);
  if (INVISIBLE.test(ch)) r = '';
  else {
    // A precomposed letter keeps its accent (Türkiye, OÜ, kč): only separate marks are evasion.
    r = ch.normalize('NFKC').toLowerCase().replace(VARIATION_SELECTORS, '').replace(MARKS_AFTER_ALPHABETIC, '$1');
    // Arabic-Indic, Devanagari and other decimal digits read as ASCII digits (NFKC leaves them).
    if (r.length <= 2 && DECIMAL.test(r) && r.charCodeAt(0) > 0x7f) r = String(digitValue(r));
  }
  if (single.size >= 20_000) single.clear();
  single.set(cp, r);
  return r;
}

/** Letters whose marks carry meaning in Russian and Kyrgyz: й (и + breve) and ё (е + diaeresis). */
const KEPT_MARK = /^[иИ]\u0306$|^[еЕ]\u0308$/;

/**
 * A code point with the combining marks typed after it, NFKC-normalised as a unit and lower-cased.
 * Such marks on Latin and Cyrillic letters are dropped (accents, stress marks, strike-through,
 * keycap frames, "zalgo" stacks only hide a word from filters) except those of й and ё, so "ho\u0301stess"
 * reads "hostess" and й typed as и + breve composes. Other scripts keep their marks.
 */
function foldCluster(unit: string): string {
  const d = unit.normalize('NFD');
  const base = d.charCodeAt(0);
  const alphabetic = base < 0x0530 || (base >= 0x1e00 && base < 0x2000);
  let r = d;
  if (alphabetic || MARK.test(d[0] ?? '')) {
    const first = d.codePointAt(0)! > 0xffff ? 2 : 1;
    const mark = d.slice(first).replace(MARKS, (m) => (KEPT_MARK.test(d.slice(0, first) + m) ? m : ''));
    r = d.slice(0, first) + mark;
  }
  return r.normalize('NFKC').toLowerCase().replace(VARIATION_SELECTORS, '').replace(MARKS_AFTER_ALPHABETIC, '$1');
}
/** The base layer, and where characters that may be emoji ended up in it (for the emoji fold). */
export interface Base {
  layer: Layer;
  symbols: number[];
}

/**
 * Case fold and NFKC with an offset map. Text is lower-cased once; only the characters outside ASCII
 * and basic Cyrillic are looked at one by one. As long as each of them folds to itself (dashes,
 * quotes, currency signs: the usual case), the result is the lower-cased text with identity offsets
 * and nothing is copied; from the first one that changes, runs are copied in bulk and offsets written
 * only where they differ from the identity.
 */
export function basePass(s: string): Base {
  const n = s.length;
  identity(n + 1);
  const symbols: number[] = [];
  SPECIAL.lastIndex = 0;
  let m = SPECIAL.exec(s);
  const lower = s.toLowerCase();
  if (m === null) return { layer: { text: lower, starts: idStarts.subarray(0, n), ends: idEnds.subarray(0, n) }, symbols };
  // Lower-casing the whole text is safe to slice when it kept every unit in place (no expansion).
  const aligned = lower.length === n;
  // Null until the first character that changes; assigned in closures, hence the casts.
  let starts = null as Uint32Array | null;
  let ends = null as Uint32Array | null;
  let len = 0;
  const parts: string[] = [];
  const grow = (extra: number): void => {
    if (len + extra <= starts!.length) return;
    const size = Math.max(len + extra, starts!.length * 2);
    const a = new Uint32Array(size);
    const b = new Uint32Array(size);
    // All of it: units past `len` still hold the identity, which runs rely on (see below).
    a.set(starts!);
    b.set(ends!);
    starts = a;
    ends = b;
  };
  /** Start building: copy what came before `at` unchanged (offsets are the identity there). */
  const begin = (at: number): void => {
    starts = idStarts.slice(0, n + 32);
    ends = idEnds.slice(0, n + 32);
    if (at > 0) parts.push(aligned ? lower.slice(0, at) : s.slice(0, at).toLowerCase());
    len = at;
  };

  let i = 0;
  while (i < n) {
    let j = m === null ? n : m.index;
    // A base letter followed by combining marks is folded together with them.
    if (j < n && j > i && isMarkAt(s, j)) j--;
    if (starts !== null && j > i) {
      grow(j - i);
      parts.push(aligned ? lower.slice(i, j) : s.slice(i, j).toLowerCase());
      if (len !== i) {
        starts.set(idStarts.subarray(i, j), len);
        ends!.set(idEnds.subarray(i, j), len);
      }
      len += j - i;
    }
    if (j >= n) break;
    const cp = s.codePointAt(j)!;
    let k = j + (cp > 0xffff ? 2 : 1);
    while (k < n && isMarkAt(s, k)) k += s.codePointAt(k)! > 0xffff ? 2 : 1;
    // Marks with no base character before them are dropped.
    const r = isMarkAt(s, j) ? '' : k === j + (cp > 0xffff ? 2 : 1) ? foldCodePoint(cp) : foldCluster(s.slice(j, k));
    if (starts === null && !(aligned && r.length === k - j && lower.startsWith(r, j))) begin(j);
    if (cp >= 0x2190 && r.length > 0) symbols.push(starts === null ? j : len);
    if (starts !== null && r.length > 0) {
      grow(r.length);
      parts.push(r);
      if (r.length !== 1 || k !== j + 1 || len !== j) {
        starts.fill(j, len, len + r.length);
        ends!.fill(k, len, len + r.length);
      }
      len += r.length;
    }
    i = k;
    SPECIAL.lastIndex = k;
    m = SPECIAL.exec(s);
  }
  if (starts === null) return { layer: { text: lower, starts: idStarts.subarray(0, n), ends: idEnds.subarray(0, n) }, symbols };
  return { layer: { text: parts.join(''), starts: starts.subarray(0, len), ends: ends!.subarray(0, len) }, symbols };
}

export function normalize(original: string): Normalized {
  const { layer, symbols } = basePass(original);
  const folded = foldEvasion(layer, original, symbols);
  const text = folded.layer.text;
  return { text, starts: folded.layer.starts, ends: folded.layer.ends, original, lookalikes: folded.lookalikes, view: regexView(text) };
}

/** Map a [start, end) range of the normalised text back to the original string. */
export function toOriginal(norm: Layer & { readonly original: string }, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.starts.length ? norm.starts[start]! : norm.original.length;
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}
