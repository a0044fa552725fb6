/**
 * How far a regex can reach: the longest match it can make, and how far beyond a match its lookarounds
 * (and \b) can read, in UTF-16 code units. A regex that must contain one of its needs (literals.ts) and
 * has a bounded extent can only match close to where a need occurs, so match/regex.ts runs it on short
 * windows around those places instead of on whole lines: a long line holding one ".com" costs the
 * company-domain regex a try at every word of the line otherwise.
 *
 * Conservative like the literal analysis: anything not understood, any unbounded repeat (`*`, `+`,
 * `{n,}`), a backreference, or an anchor (`^`, `$`: they would see a window's edges) gives null.
 */
import { isBackreference, parseRegex, type ClassItem, type Escape, type Quantifier, type RegexNode } from './regex-syntax.js';

/** Code units one character matched by an escape can take: a property or a negated set may match an astral character. */
const escapeWidth = (e: Escape): number => (e.char !== null ? e.char.length : 'pPDWS'.includes(e.letter) ? 2 : 1);

export interface Extent {
  /** Longest match, in code units. */
  maxLength: number;
  /** Furthest a lookaround or \b reads before a match's start or after its end. */
  around: number;
}

interface Part {
  max: number;
  /** Reach of the lookarounds inside, beyond the part's own characters. */
  look: number;
}

class Unbounded extends Error {}

/** The largest repeat count of a quantifier (1 when there is none). */
function times(q: Quantifier | null): number {
  if (q === null) return 1;
  if (q.max === null) throw new Unbounded();
  return q.max;
}

/** One character of a class: 1 code unit when the class lists only BMP characters, else 2. */
function classWidth(negated: boolean, items: readonly ClassItem[]): number {
  let max = negated ? 2 : 1;
  for (const item of items) {
    // \b in a class is a backspace: one unit, as escapeWidth gives.
    if (item.kind === 'escape') max = Math.max(max, escapeWidth(item.escape));
    else if (item.kind === 'char') max = Math.max(max, item.char.length);
    else if (item.kind === 'range') max = Math.max(max, item.from.length, item.to.length);
    else max = Math.max(max, item.from.length);
  }
  return max;
}

function extentOf(node: RegexNode): Part {
  switch (node.kind) {
    case 'alternation': {
      let out: Part = { max: 0, look: 0 };
      for (const alt of node.alternatives) {
        const a = extentOf(alt);
        out = { max: Math.max(out.max, a.max), look: Math.max(out.look, a.look) };
      }
      return out;
    }
    case 'sequence': {
      let max = 0;
      let look = 0;
      for (const { atom, quantifier } of node.items) {
        const a = extentOf(atom);
        max += a.max * times(quantifier);
        // A lookaround reads around its own place, which is inside the match: its reach does not add up.
        look = Math.max(look, a.look);
      }
      return { max, look };
    }
    case 'group': {
      const inner = extentOf(node.inner);
      // A lookaround consumes nothing and reads its own length from where it stands (plus its own lookarounds).
      return node.lookaround ? { max: 0, look: inner.max + inner.look } : inner;
    }
    case 'class':
      return { max: classWidth(node.negated, node.items), look: 0 };
    case 'escape': {
      const e = node.escape;
      if (isBackreference(e)) throw new Unbounded();
      if (e.letter === 'b' || e.letter === 'B') return { max: 0, look: 2 };
      return { max: escapeWidth(e), look: 0 };
    }
    case 'anchor':
      throw new Unbounded();
    case 'dot':
      return { max: 2, look: 0 };
    case 'char':
      return { max: node.char.length, look: 0 };
  }
}

/** The extent of a regex source (as compiled with the u flag), or null when it has no bound. */
export function regexExtent(source: string): Extent | null {
  const tree = parseRegex(source);
  if (!tree) return null;
  try {
    const r = extentOf(tree);
    return { maxLength: r.max, around: r.look };
  } catch (e) {
    if (e instanceof Unbounded) return null;
    throw e;
  }
}
