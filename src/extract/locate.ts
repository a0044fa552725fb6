import { toOriginal, type Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { Located } from './types.js';

/** Original-text location of a token range. */
export function locate(norm: Normalized, tokens: readonly Token[], from: number, to: number): Located {
  const o = toOriginal(norm, tokens[from]!.start, tokens[to - 1]!.end);
  return { text: norm.original.slice(o.start, o.end), start: o.start, end: o.end };
}
