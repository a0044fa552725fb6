/**
 * The evasion folds, in order, each a pass from one layer to the next (offsets always point into the
 * original). One scan of the text (fold-scan.ts) tells which folds could change anything, and the
 * emoji fold looks only where the base pass saw symbols, so an ordinary ad pays one scan and no copy.
 *
 * Order matters: emoji become words first; hashtags are split into words while each letter still
 * maps to one original letter (its capital is read there), and so are words a scrape glued together; split letters are joined before words
 * are looked at (a joined word may mix scripts); look-alike letters are folded before leetspeak (so
 * "1ООО" is a number, not a word); stretched letters are shortened in words already cleaned of
 * digits ("fr33eee"); amounts in words are read last, from clean words.
 */
import { FoldContext } from './fold-context.js';
import { foldEmoji } from './fold-emoji.js';
import { foldGlued } from './fold-glue.js';
import { foldHashtags } from './fold-hashtag.js';
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
  if (layer.text.includes('#')) layer = foldHashtags(layer, original);
  layer = foldGlued(layer, original);
  let need = scanForFolds(layer.text);
  let lookalikes: Span[] = [];
  // A fold can open the way for a later one ("паспортdubai3ооо" folded to Latin has leetspeak and
  // a stretched o), so the text is scanned again after a fold that changed it.
  const next = (folded: Layer): void => {
    if (folded !== layer) need |= scanForFolds(folded.text);
    layer = folded;
  };
  if (need & Need.Split) next(foldSplitLetters(layer, original));
  if (need & Need.Lookalike) {
    const r = foldLookalikes(layer, ctx);
    lookalikes = r.lookalikes;
    next(r.layer);
  }
  if (need & Need.Leet) next(foldLeet(layer));
  if (need & Need.Stretch) next(foldStretched(layer));
  if (need & Need.Cyrillic) layer = foldNumberWords(layer);
  return { layer, lookalikes };
}
