/**
 * Case-folded, NFKC-normalised copy of the input with a map back to the ORIGINAL string.
 * Every later stage works on `text`; spans are mapped back through `starts` / `ends` so that
 * evidence always slices the caller's own string.
 */
export interface Normalized {
  /** Normalised text. */
  readonly text: string;
  /** starts[i]: index in the original of the first code unit that produced text[i]. */
  readonly starts: Uint32Array;
  /** ends[i]: index in the original just past the last code unit that produced text[i]. */
  readonly ends: Uint32Array;
  readonly original: string;
}

/**
 * Invisible characters that only serve to split words for filters (zero-width, soft hyphen, BOM, word
 * joiner), and bidirectional controls (marks, embeddings, overrides, isolates), which can also hide a
 * word ("pass\u202Eport") while changing nothing a reader needs.
 */
const INVISIBLE = new Set([
  0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e,
  0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
const COMBINING = /\p{M}/u;

/** Text made only of ASCII and basic Cyrillic letters needs no NFKC and lower-cases 1:1. */
const NEEDS_FULL_PATH = /[^\u0000-\u007f\u0400-\u0482\u048a-\u04ff]/;
let identity: { starts: Uint32Array<ArrayBuffer>; ends: Uint32Array<ArrayBuffer> } = { starts: new Uint32Array(0), ends: new Uint32Array(0) };

function identityMaps(n: number): { starts: Uint32Array<ArrayBuffer>; ends: Uint32Array<ArrayBuffer> } {
  if (identity.starts.length < n) {
    // Shared, grown geometrically, never written after creation: callers only read subarrays.
    const size = Math.max(n, identity.starts.length * 2, 4096);
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    for (let i = 0; i < size; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    identity = { starts, ends };
  }
  return { starts: identity.starts.subarray(0, n), ends: identity.ends.subarray(0, n) };
}

export function normalize(original: string): Normalized {
  const n = original.length;
  if (!NEEDS_FULL_PATH.test(original)) {
    // Most ads: the fast path, same length, offsets are the identity.
    return { text: original.toLowerCase(), ...identityMaps(n), original };
  }
  // Normalisation rarely changes length; grow on demand.
  let starts: Uint32Array<ArrayBuffer> = new Uint32Array(n + 16);
  let ends: Uint32Array<ArrayBuffer> = new Uint32Array(n + 16);
  const out: string[] = [];
  let len = 0;
  const push = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) {
      if (len >= starts.length) {
        const grow = (a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
          const b = new Uint32Array(a.length * 2);
          b.set(a);
          return b;
        };
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[len] = from;
      ends[len] = to;
      len++;
    }
    out.push(s);
  };

  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    // Fast path: ASCII and basic Cyrillic fold 1:1 and need no NFKC.
    if (c < 0x80) {
      push(c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : original[i]!, i, i + 1);
      i++;
      continue;
    }
    if (c >= 0x0400 && c <= 0x04ff && !COMBINING.test(original[i + 1] ?? '')) {
      push(original[i]!.toLowerCase(), i, i + 1);
      i++;
      continue;
    }
    if (INVISIBLE.has(c)) {
      i++;
      continue;
    }
    // General path: a code point with its following combining marks, NFKC-normalised as a unit
    // (so й typed as и + breve composes), then lower-cased.
    const cp = original.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n) {
      const next = original.codePointAt(j)!;
      const ch = String.fromCodePoint(next);
      if (!COMBINING.test(ch)) break;
      j += ch.length;
    }
    const unit = original.slice(i, j).normalize('NFKC').toLowerCase();
    if (unit.length > 0) push(unit, i, j);
    i = j;
  }
  const text = out.join('');
  return { text, starts: starts.subarray(0, len), ends: ends.subarray(0, len), original };
}

/** Map a [start, end) range of the normalised text back to the original string. */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.starts.length ? norm.starts[start]! : norm.original.length;
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}
