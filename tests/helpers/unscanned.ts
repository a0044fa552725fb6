import { basePass } from '../../src/text/normalize.js';
import { FoldContext } from '../../src/text/fold-context.js';
import { foldEmoji } from '../../src/text/fold-emoji.js';
import { foldGlued } from '../../src/text/fold-glue.js';
import { foldHashtags } from '../../src/text/fold-hashtag.js';
import { foldLeet } from '../../src/text/fold-leet.js';
import { foldLookalikes } from '../../src/text/fold-lookalike.js';
import { foldNumberWords } from '../../src/text/fold-number-words.js';
import { foldSplitLetters } from '../../src/text/fold-split.js';
import { foldStretched } from '../../src/text/fold-stretch.js';

/** Normalisation with every fold run, whether the pre-scan (fold-scan.ts) asks for it or not. */
export function unscanned(original: string): { text: string; starts: number[]; ends: number[] } {
  const base = basePass(original);
  const ctx = new FoldContext(original, base.layer.text);
  let layer = base.symbols.length > 0 ? foldEmoji(base.layer, ctx, base.symbols) : base.layer;
  layer = foldGlued(foldHashtags(layer, original), original);
  layer = foldSplitLetters(layer, original);
  layer = foldLookalikes(layer, ctx).layer;
  layer = foldStretched(foldLeet(layer));
  layer = foldNumberWords(layer);
  return { text: layer.text, starts: [...layer.starts], ends: [...layer.ends] };
}
