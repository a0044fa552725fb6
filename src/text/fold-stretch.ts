/**
 * Stretched letters ("sooo easy", "moneyyy", "срочнооо") shortened. Neither English, Russian nor
 * Kyrgyz writes a letter three times in a row, so a run of three or more becomes one letter, or two
 * for Latin e and o, which English doubles so often ("freeee" -> "free", "gooood" -> "good"). A run
 * that is the whole word ("www", "ааа", "xxx") is left alone. The letters kept map to the whole run.
 */
import { Rewriter, type Layer } from './layer.js';

const GUARD = /([a-z\u0430-\u04ff])\1\1/g;
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x4ff) || (c >= 0xdf && c <= 0x24f);

export function foldStretched(layer: Layer): Layer {
  const t = layer.text;
  GUARD.lastIndex = 0;
  let m = GUARD.exec(t);
  if (m === null) return layer;
  let w: Rewriter | null = null;
  while (m !== null) {
    const ch = m[1]!;
    const start = m.index;
    let end = start + 3;
    while (t[end] === ch) end++;
    GUARD.lastIndex = end;
    const otherBefore = start > 0 && isLetter(t.charCodeAt(start - 1));
    const otherAfter = end < t.length && isLetter(t.charCodeAt(end));
    if (otherBefore || otherAfter) {
      w ??= new Rewriter(layer);
      if (ch === 'e' || ch === 'o') {
        w.replace(start, start + 1, ch);
        w.replace(start + 1, end, ch);
      } else {
        w.replace(start, end, ch);
      }
    }
    m = GUARD.exec(t);
  }
  return w ? (w as Rewriter).finish() : layer;
}
