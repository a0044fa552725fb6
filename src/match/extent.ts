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
import { escapeAt, groupOpening } from './regex-syntax.js';

/** Code units one character matched by an escape can take: a property or a negated set may match an astral character. */
const escapeWidth = (e: ReturnType<typeof escapeAt>): number => (e.char !== null ? e.char.length : 'pPDWS'.includes(e.letter) ? 2 : 1);

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

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Part {
    let out = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      const alt = this.sequence();
      out = { max: Math.max(out.max, alt.max), look: Math.max(out.look, alt.look) };
    }
    return out;
  }

  sequence(): Part {
    let max = 0;
    let look = 0;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const times = this.quantifier();
      max += atom.max * times;
      // A lookaround reads around its own place, which is inside the match: its reach does not add up.
      look = Math.max(look, atom.look);
    }
    return { max, look };
  }

  /** The largest repeat count of the quantifier after an atom (1 when there is none). */
  quantifier(): number {
    const c = this.src[this.i];
    let times = 1;
    if (c === '?') {
      this.i++;
    } else if (c === '*' || c === '+') {
      throw new Unbounded();
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unbounded();
      if (m[2] !== undefined && m[3] === '') throw new Unbounded();
      times = Number(m[3] ?? m[1]);
      this.i += m[0].length;
    } else {
      return 1;
    }
    if (this.src[this.i] === '?') this.i++; // lazy
    return times;
  }

  atom(): Part {
    const c = this.src[this.i]!;
    if (c === '(') {
      const { content, lookaround } = groupOpening(this.src, this.i + 1);
      this.i = content;
      const inner = this.alternation();
      if (this.src[this.i] !== ')') throw new Unbounded();
      this.i++;
      // A lookaround consumes nothing and reads its own length from where it stands (plus its own lookarounds).
      return lookaround ? { max: 0, look: inner.max + inner.look } : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = escapeAt(this.src, this.i);
      if (e.letter === 'k' || /[1-9]/.test(e.letter)) throw new Unbounded(); // backreference
      this.i = e.end;
      if (e.letter === 'b' || e.letter === 'B') return { max: 0, look: 2 };
      return { max: escapeWidth(e), look: 0 };
    }
    if (c === '^' || c === '$') throw new Unbounded();
    if (c === '.') {
      this.i++;
      return { max: 2, look: 0 };
    }
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return { max: cp > 0xffff ? 2 : 1, look: 0 };
  }

  /** One character of a class: 1 code unit when the class lists only BMP characters, else 2. */
  charClass(): Part {
    this.i++; // [
    let max = 1;
    if (this.src[this.i] === '^') {
      max = 2;
      this.i++;
    }
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      if (this.src[this.i] === '\\') {
        const e = escapeAt(this.src, this.i);
        max = Math.max(max, escapeWidth(e)); // \b in a class is a backspace: one unit, as escapeWidth gives
        this.i = e.end;
      } else {
        const cp = this.src.codePointAt(this.i)!;
        if (cp > 0xffff) max = 2;
        this.i += cp > 0xffff ? 2 : 1;
      }
    }
    if (this.src[this.i] !== ']') throw new Unbounded();
    this.i++;
    return { max, look: 0 };
  }
}

/** The extent of a regex source (as compiled with the u flag), or null when it has no bound. */
export function regexExtent(source: string): Extent | null {
  try {
    const p = new Parser(source);
    const r = p.alternation();
    if (p.i !== source.length) return null;
    return { maxLength: r.max, around: r.look };
  } catch (e) {
    if (e instanceof Unbounded) return null;
    throw e;
  }
}
