/**
 * MinHash signatures over word shingles, and LSH banding, for near-duplicate ads. Hand-written and
 * deterministic: fixed seeds, so the same input gives the same clusters on every machine and with any
 * number of workers.
 *
 * A signature keeps the low 16 bits of each of HASHES minimum hashes (b-bit MinHash): two ads agree
 * at a position with probability J + (1 - J) / 65536, where J is the Jaccard similarity of their
 * shingle sets, so the estimate is as good as with full hashes at an eighth of the memory.
 */
export const HASHES = 96;
/** 32 bands of 3 rows: a pair with J = 0.5 becomes a candidate with probability 0.986, J = 0.3 with 0.58. */
export const BANDS = 32;
export const ROWS = 3;
/** Words per shingle. */
export const SHINGLE = 3;

/** The words of an ad, lower-cased letters and digits. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads the bits of x. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** One seed per hash function, from a fixed xorshift sequence. */
const SEEDS = (() => {
  const out = new Uint32Array(HASHES);
  let s = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s >>> 0;
  }
  return out;
})();

/** Hashes of the ad's word shingles (a short ad is one shingle of all its words). */
export function shingleHashes(ws: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (ws.length === 0) return out;
  if (ws.length < SHINGLE) out.add(fnv(ws.join(' ')));
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.add(fnv(ws.slice(i, i + SHINGLE).join(' ')));
  return out;
}

/** The MinHash signature of a set of shingle hashes (undefined for an empty set). */
export function signature(hashes: ReadonlySet<number>): Uint16Array | undefined {
  if (hashes.size === 0) return undefined;
  const min = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h ^ SEEDS[i]!);
      if (v < min[i]!) min[i] = v;
    }
  }
  const sig = new Uint16Array(HASHES);
  for (let i = 0; i < HASHES; i++) sig[i] = min[i]! & 0xffff;
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint16Array, b: Uint16Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** A 32-bit key for one band of a signature. */
export function bandKey(sig: Uint16Array, band: number): number {
  let h = mix(band + 1);
  for (let r = 0; r < ROWS; r++) h = mix(h ^ (sig[band * ROWS + r]! + (r << 16)));
  return h;
}
