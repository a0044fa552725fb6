/**
 * JavaScript regex syntax, as far as the analyses of rule regex sources need it: a parser to a small
 * tree that literals.ts (the prefilter literals) and extent.ts (match lengths) each fold in their own
 * way. Sources are those of regexes compiled with the u flag. What the parser does not understand
 * gives null, and then neither analysis claims anything about the regex.
 */

/** The group opened by the "(" just before `i`: where its content starts, and whether it is a lookaround. */
export function groupOpening(src: string, i: number): { content: number; lookaround: boolean } {
  if (src.startsWith('?:', i)) return { content: i + 2, lookaround: false };
  if (/^\?<?[=!]/.test(src.slice(i, i + 3))) return { content: i + (src[i + 1] === '<' ? 3 : 2), lookaround: true };
  if (src.startsWith('?<', i)) return { content: src.indexOf('>', i) + 1, lookaround: false }; // named group
  return { content: i, lookaround: false };
}

export interface Escape {
  /** Where the escape ends. */
  end: number;
  /** The letter after the backslash. */
  letter: string;
  /** The character it stands for, or null for a set, a position or a backreference. */
  char: string | null;
  /** The property a \p{…} or \P{…} names ("L", "Script=Greek"). */
  property?: string;
}

/**
 * The escape at `i` (a backslash): where it ends, its letter, and the character it stands for, or null
 * for an escape that stands for a set or a position (\p{…} \d \w \s \b and their capitals) or a
 * backreference (\1, \k<…>). Control escapes (\n \t \r \f \v \0) are decoded.
 */
export function escapeAt(src: string, i: number): Escape {
  const letter = src[i + 1]!;
  if ((letter === 'p' || letter === 'P') && src[i + 2] === '{') {
    const end = src.indexOf('}', i);
    return { end: end + 1, letter, char: null, property: src.slice(i + 3, end) };
  }
  if (letter === 'u' && src[i + 2] === '{') {
    const end = src.indexOf('}', i);
    return { end: end + 1, letter, char: String.fromCodePoint(parseInt(src.slice(i + 3, end), 16)) };
  }
  if (letter === 'u' || letter === 'x') {
    const len = letter === 'u' ? 4 : 2;
    return { end: i + 2 + len, letter, char: String.fromCharCode(parseInt(src.slice(i + 2, i + 2 + len), 16)) };
  }
  return { end: i + 2, letter, char: CONTROL[letter] ?? (/[dDwWsSbBk1-9]/.test(letter) ? null : letter) };
}
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** \1 … \9, \k<…>: a backreference, which compares two places' characters. */
export const isBackreference = (e: Escape): boolean => e.letter === 'k' || /[1-9]/.test(e.letter);

/** A quantifier: its repeat counts (`max` null when unbounded). */
export interface Quantifier {
  min: number;
  max: number | null;
}

/**
 * One entry of a bracketed class: a character (written or escaped), a range, a set escape (\p{…}, \d,
 * \s …, and \b), or a range whose end is an escape, which then follows as an entry of its own.
 */
export type ClassItem =
  | { kind: 'char'; char: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'rangeToEscape'; from: string }
  | { kind: 'escape'; escape: Escape };

export type RegexNode =
  | { kind: 'alternation'; alternatives: RegexNode[] }
  | { kind: 'sequence'; items: Array<{ atom: RegexNode; quantifier: Quantifier | null }> }
  | { kind: 'group'; inner: RegexNode; lookaround: boolean }
  | { kind: 'class'; negated: boolean; items: ClassItem[] }
  | { kind: 'escape'; escape: Escape }
  | { kind: 'char'; char: string }
  | { kind: 'anchor' }
  | { kind: 'dot' };

class Unparsed extends Error {}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** alternation := sequence ('|' sequence)*; a single alternative is returned as its sequence. */
  alternation(): RegexNode {
    const alternatives: RegexNode[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return alternatives.length === 1 ? alternatives[0]! : { kind: 'alternation', alternatives };
  }

  /** sequence := (atom quantifier?)* */
  sequence(): RegexNode {
    const items: Array<{ atom: RegexNode; quantifier: Quantifier | null }> = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push({ atom, quantifier: this.quantifier() });
    }
    return { kind: 'sequence', items };
  }

  quantifier(): Quantifier | null {
    const c = this.src[this.i];
    let q: Quantifier;
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: null };
    else if (c === '+') q = { min: 1, max: null };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unparsed(); // a lone "{" is a syntax error with the u flag
      this.i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? null : Number(m[3]) };
    } else return null;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return q;
  }

  atom(): RegexNode {
    const c = this.src[this.i]!;
    if (c === '(') {
      const { content, lookaround } = groupOpening(this.src, this.i + 1);
      this.i = content;
      const inner = this.alternation();
      if (this.src[this.i] !== ')') throw new Unparsed();
      this.i++;
      return { kind: 'group', inner, lookaround };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const escape = escapeAt(this.src, this.i);
      this.i = escape.end;
      return { kind: 'escape', escape };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'anchor' };
    }
    if (c === '.') {
      this.i++;
      return { kind: 'dot' };
    }
    const char = String.fromCodePoint(this.src.codePointAt(this.i)!);
    this.i += char.length;
    return { kind: 'char', char };
  }

  charClass(): RegexNode {
    this.i++; // [
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const items: ClassItem[] = [];
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let from: string;
      if (this.src[this.i] === '\\') {
        const escape = escapeAt(this.src, this.i);
        this.i = escape.end;
        // A set (\p{…} \d \s …) or \b is an entry of its own; an escaped character may start a range.
        if (escape.char === null) {
          items.push({ kind: 'escape', escape });
          continue;
        }
        from = escape.char;
      } else {
        from = String.fromCodePoint(this.src.codePointAt(this.i)!);
        this.i += from.length;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] === '\\') {
        // "\u0400-\u04ff": the escape after the dash is read as the next entry.
        this.i++;
        items.push({ kind: 'rangeToEscape', from });
      } else if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        const to = String.fromCodePoint(this.src.codePointAt(this.i + 1)!);
        this.i += 1 + to.length;
        items.push({ kind: 'range', from, to });
      } else {
        items.push({ kind: 'char', char: from });
      }
    }
    if (this.src[this.i] !== ']') throw new Unparsed();
    this.i++;
    return { kind: 'class', negated, items };
  }
}

/** The tree of a regex source, or null when it is not understood. */
export function parseRegex(source: string): RegexNode | null {
  try {
    const p = new Parser(source);
    const tree = p.alternation();
    return p.i === source.length ? tree : null;
  } catch (e) {
    if (e instanceof Unparsed) return null;
    throw e;
  }
}
