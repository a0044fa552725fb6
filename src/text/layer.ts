/**
 * A normalised text with, for each of its code units, the range of the ORIGINAL string that produced
 * it. Each fold reads one layer and writes the next through a Rewriter, so offsets always point into
 * the caller's string, however many folds ran in between.
 */
export interface Layer {
  readonly text: string;
  /** starts[i]: index in the original of the first code unit that produced text[i]. */
  readonly starts: Uint32Array;
  /** ends[i]: index in the original just past the last code unit that produced text[i]. */
  readonly ends: Uint32Array;
}

/** The original text behind unit i of a layer. */
const originalAt = (layer: Layer, original: string, i: number): string => original.slice(layer.starts[i]!, layer.ends[i]!);

/** Is a character of the original a capital (in any script with capitals)? */
export const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();

/** Is the original character behind unit i a capital? The layers are lower case; the original keeps the case. */
export const isUpperAt = (layer: Layer, original: string, i: number): boolean => isUpper(originalAt(layer, original, i));

export const enum Case {
  Lower,
  Upper,
  /** A character without case: a digit, a sign, a letter of a script without capitals. */
  None,
}
/** The case of the original character behind unit i. */
export function caseAt(layer: Layer, original: string, i: number): Case {
  if (isUpperAt(layer, original, i)) return Case.Upper;
  const ch = originalAt(layer, original, i);
  return ch !== ch.toUpperCase() ? Case.Lower : Case.None;
}

/**
 * Two arrays of `size` units in one buffer: a typed array of a few kilobytes costs microseconds to
 * allocate (its memory lives outside the JavaScript heap), so a rewrite allocates once, not twice.
 */
function pair(size: number): [Uint32Array, Uint32Array] {
  const both = new Uint32Array(2 * size);
  return [both.subarray(0, size), both.subarray(size)];
}

/** Builds the next layer from `src`: unchanged ranges are copied in bulk, replacements mapped by range. */
export class Rewriter {
  private readonly parts: string[] = [];
  private len = 0;
  private starts: Uint32Array;
  private ends: Uint32Array;
  /** End of the last source range consumed. */
  private at = 0;

  constructor(private readonly src: Layer) {
    [this.starts, this.ends] = pair(src.text.length + 32);
  }

  private reserve(extra: number): void {
    const need = this.len + extra;
    if (need <= this.starts.length) return;
    const [s, e] = pair(Math.max(need, this.starts.length * 2));
    s.set(this.starts.subarray(0, this.len));
    e.set(this.ends.subarray(0, this.len));
    this.starts = s;
    this.ends = e;
  }

  /** Copy the source unchanged up to `to`. */
  copyTo(to: number): void {
    const from = this.at;
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(this.src.text.slice(from, to));
    this.starts.set(this.src.starts.subarray(from, to), this.len);
    this.ends.set(this.src.ends.subarray(from, to), this.len);
    this.len += to - from;
    this.at = to;
  }

  /**
   * Replace source [from, to) (not empty) with `str`; every unit of `str` maps to the whole original
   * range of [from, to). Source text before `from` is copied first.
   */
  replace(from: number, to: number, str: string): void {
    this.copyTo(from);
    if (str.length > 0) {
      const s = this.src.starts[from]!;
      const e = this.src.ends[to - 1]!;
      this.reserve(str.length);
      this.starts.fill(s, this.len, this.len + str.length);
      this.ends.fill(e, this.len, this.len + str.length);
      this.parts.push(str);
      this.len += str.length;
    }
    if (to > this.at) this.at = to;
  }

  /** Drop source [from, to) (after copying what comes before it). */
  drop(from: number, to: number): void {
    this.copyTo(from);
    if (to > this.at) this.at = to;
  }

  finish(): Layer {
    this.copyTo(this.src.text.length);
    return { text: this.parts.join(''), starts: this.starts.subarray(0, this.len), ends: this.ends.subarray(0, this.len) };
  }
}

/**
 * The loop every guarded fold runs: `visit` sees each match of `guard` (a /g regex, which it may move
 * on by setting lastIndex) and asks for the Rewriter only when it changes something. Returns the new
 * layer, or `layer` itself when nothing was rewritten.
 */
export function rewriteMatches(layer: Layer, guard: RegExp, visit: (m: RegExpExecArray, rewriter: () => Rewriter) => void): Layer {
  let w: Rewriter | null = null;
  const rewriter = (): Rewriter => (w ??= new Rewriter(layer));
  guard.lastIndex = 0;
  for (let m = guard.exec(layer.text); m !== null; m = guard.exec(layer.text)) visit(m, rewriter);
  return w ? (w as Rewriter).finish() : layer;
}
