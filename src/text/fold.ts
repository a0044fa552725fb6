/**
 * The evasion folds, in order, each a pass from one layer to the next (offsets always point into the
 * original). One scan of the text (fold-scan.ts) tells which folds could change anything, and the
 * emoji fold looks only where the base pass saw symbols, so an ordinary ad pays one scan and no copy.
 *
 * Order matters: emoji become words first; split letters are joined before words are looked at (a
 * joined word may mix scripts); look-alike letters are folded before leetspeak (so "1ООО" is a
 * number, not a word); stretched letters are shortened in words already cleaned of digits
 * ("fr33eee"); amounts in words are read last, from clean words.
 */
import { FoldContext } from './fold-context.js';
import { foldEmoji } from './fold-emoji.js';
import { foldLeet } from './fold-leet.js';
import { foldLookalikes, type Span } from './fold-lookalike.js';
import { foldNumberWords } from './fold-number-words.js';
import { Need, scanForFolds } from './fold-scan.js';
import { foldSplitLetters } from './fold-split.js';
import { foldStretched } from './fold-stretch.js';
import type { Layer } from './layer.js';

export function foldEvasion(base: Layer, original: string, symbols: readonly number[]): { layer: Layer; lookalikes: Span[] } {
  const ctx = new FoldContext(original, base.text);
  let layer = base;
  if (symbols.length > 0) layer = foldEmoji(layer, ctx, symbols);
  const need = scanForFolds(layer.text);
  let lookalikes: Span[] = [];
  if (need & Need.Split) layer = foldSplitLetters(layer, original);
  // A joined word may mix scripts although no two letters touched before.
  if (need & (Need.Lookalike | Need.Split)) ({ layer, lookalikes } = foldLookalikes(layer, ctx));
  if (need & (Need.Leet | Need.Split)) layer = foldLeet(layer);
  if (need & (Need.Stretch | Need.Leet | Need.Split)) layer = foldStretched(layer);
  if (need & Need.Cyrillic) layer = foldNumberWords(layer);
  return { layer, lookalikes };
}
