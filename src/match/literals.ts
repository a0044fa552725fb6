/**
 * Literal prefilter for rule regexes. Most rule regexes cannot match most ads, yet V8 walks the whole
 * ad to find that out: 150 regexes cost more than everything else together. So at compile time we
 * derive, from the regex source, a list of literal strings of which every match must contain at least
 * one (`needs`), and the strings every match starts with (`lead`). At run time a regex runs only on the
 * lines holding one of its needs, and where it has a lead only at the places a lead string occurs
 * (both found by match/literal-scan.ts in one pass over the ad).
 *
 * The analysis is conservative: anything it does not understand yields "no requirement", and then the
 * regex always runs. tests/literals.test.ts checks soundness on every bundled regex and corpus ad.
 */
import { parseRegex, type ClassItem, type RegexNode } from './regex-syntax.js';

type Req = string[] | null; // any one of these strings must occur in a match; null: unknown

interface Parsed {
  req: Req;
  /** Every string the node can match, when it is a finite set of literals ("ab", "(?:ab|cd)"). */
  literals?: string[];
  /** Strings every match starts with ("(?:fee|deposit)s?" -> fee, deposit; "\\d{2}" -> 0..9); null: unknown. */
  lead?: string[] | null;
  /** The characters a one-character class can match, when few ("[хx]", "\\d", "[2-9]"): lead material only. */
  chars?: string[];
  /** Consumes nothing (a lookaround, ^, $, \\b): transparent to the lead. */
  zeroWidth?: boolean;
}

/** Classes of up to this many characters are expanded for leads; explicit ones of up to SMALL_CLASS also for needs. */
const MAX_CLASS = 10;
const SMALL_CLASS = 4;
const ALNUM = /[\p{L}\p{N}]/u;
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const MAX_CROSS = 64;
const isRareChar = (s: string): boolean => s.length === 1 && !/[\p{L}\p{N}\s]/u.test(s);
/** How selective a requirement string is: its length, with a bonus for punctuation ("@", "№", "/"). */
const PUNCT = /[^\p{L}\p{N}\s]/u;
const strength = (s: string): number => s.length + (PUNCT.test(s) ? 2 : 0);

const minStrength = (r: string[]): number => {
  let m = Infinity;
  for (const s of r) m = Math.min(m, strength(s));
  return m;
};
const better = (a: Req, b: Req): Req => {
  if (!a) return b;
  if (!b) return a;
  const minA = minStrength(a);
  const minB = minStrength(b);
  if (minA !== minB) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
};

/** The strings of a lead set that do not start with another of them (a try at "(" covers "(0"). */
function withoutExtensions(lead: string[]): string[] {
  const set = [...new Set(lead)];
  return set.filter((s) => !set.some((o) => o !== s && s.startsWith(o)));
}

/** Alternatives: one of them matches. */
function alternation(alts: readonly Parsed[]): Parsed {
  if (alts.length === 1) return alts[0]!;
  const literals = alts.every((a) => a.literals) ? [...new Set(alts.flatMap((a) => a.literals!))] : undefined;
  const lead = alts.every((a) => a.lead) ? [...new Set(alts.flatMap((a) => a.lead!))] : null;
  if (alts.some((a) => !a.req)) return { req: null, lead, ...(literals ? { literals } : {}) };
  return { req: [...new Set(alts.flatMap((a) => a.req!))], lead, ...(literals ? { literals } : {}) };
}

/**
 * Atoms in a row, each with the minimum repeat count of its quantifier (null when it has none). Runs
 * of literal atoms are joined into the set of strings they spell (a cross product through literal
 * alternations), so "@(?:gmail|mail)" requires "@gmail" or "@mail".
 */
function sequence(items: ReadonlyArray<{ atom: Parsed; q: number | null }>): Parsed {
  let best: Req = null;
  let run: string[] = [''];
  let allLiteral = true;
  // The leading literals: grown while the sequence starts with literal atoms repeated exactly once.
  let lead: string[] | null = null;
  let leadOpen = true;
  let first = true;
  // Leads of matches that take an optional atom met while growing (`\(?0` starts with "(" or "0").
  const optional: string[] = [];
  const flush = (): void => {
    if (!(run.length === 1 && run[0] === '')) best = better(best, run);
    run = [''];
  };
  const extend = (lits: string[]): boolean => {
    if (run.length * lits.length > MAX_CROSS) return false;
    run = run.flatMap((r) => lits.map((l) => r + l));
    return true;
  };
  for (const { atom, q } of items) {
    if (leadOpen && !(atom.zeroWidth && q === null)) {
      const starts = atom.literals ?? atom.chars ?? null;
      if (first && !starts) {
        lead = q === null || q >= 1 ? (atom.lead ?? null) : null;
        leadOpen = false;
      } else if (starts && (q === null || q >= 1) && (lead ?? ['']).length * starts.length <= MAX_CROSS) {
        lead = (lead ?? ['']).flatMap((a) => starts.map((b) => a + b));
        if (q !== null) leadOpen = false;
      } else if (starts && q === 0 && (lead ?? ['']).length * starts.length <= MAX_CROSS) {
        // A match takes the optional atom (and then starts with it) or skips it (and starts with what
        // follows, which the next atoms grow as if it were not there).
        for (const a of lead ?? ['']) for (const b of starts) optional.push(a + b);
      } else {
        if (first) lead = null;
        leadOpen = false;
      }
      // After an optional atom the next one still comes first in the matches that skip it.
      if (!(starts && q === 0 && leadOpen)) first = false;
    }
    if (atom.literals && q === null && extend(atom.literals)) continue;
    allLiteral = false;
    if (atom.literals && q !== null && q >= 1 && extend(atom.literals)) {
      // "ab+" still requires "ab", but the run cannot continue past a repeat.
      flush();
      continue;
    }
    flush();
    if (q === null || q >= 1) best = better(best, atom.req);
  }
  if (lead && optional.length > 0) lead = withoutExtensions([...optional, ...lead]);
  if (allLiteral) return { req: run[0] === '' && run.length === 1 ? null : run, literals: run, lead };
  flush();
  return { req: best, lead };
}

/**
 * A bracketed class. Its characters are listed when there are few: for leads when up to MAX_CLASS
 * ("[2-9]"), and also as literals for needs when up to SMALL_CLASS written out ("[хx]", "[сc]").
 * Negated classes, escapes of sets (\\p{L}, \\s) and anything unusual give nothing.
 */
function charClass(negated: boolean, items: readonly ClassItem[]): Parsed {
  const chars: string[] = [];
  let known = !negated && items.length > 0; // "[]" matches nothing, "[^]" anything
  let ranged = false;
  for (const item of items) {
    if (item.kind === 'char') {
      chars.push(item.char);
    } else if (item.kind === 'escape') {
      if (item.escape.letter === 'd') {
        chars.push(...DIGITS);
        ranged = true;
      } else {
        known = false; // a set (\p{…} \w \s …), or \b (a backspace in a class: not worth decoding)
      }
    } else if (item.kind === 'rangeToEscape') {
      known = false; // a range to an escaped character ("\\u0400-\\u04ff"): not worth decoding here
    } else {
      const a = item.from.codePointAt(0)!;
      const b = item.to.codePointAt(0)!;
      if (b - a + 1 > MAX_CLASS || b < a) known = false;
      else for (let k = a; k <= b; k++) chars.push(String.fromCodePoint(k));
      ranged = true;
    }
  }
  const set = [...new Set(chars)];
  if (!known || set.length === 0 || set.length > MAX_CLASS) return { req: null };
  // Letters of one class in two cases ("[Aa]") would need the regex's flags to judge: rule regexes run on
  // lower-cased text without the i flag, so a class means what it lists.
  if (!ranged && set.length <= SMALL_CLASS) return { req: set, literals: set, chars: set };
  return { req: null, chars: set };
}

function analyse(node: RegexNode): Parsed {
  switch (node.kind) {
    case 'alternation':
      return alternation(node.alternatives.map(analyse));
    case 'sequence':
      return sequence(node.items.map(({ atom, quantifier }) => ({ atom: analyse(atom), q: quantifier === null ? null : quantifier.min })));
    case 'group':
      // A lookaround consumes nothing; a group's literal-ness is kept so "(?:ab)c" merges.
      return node.lookaround ? { req: null, lead: null, zeroWidth: true } : analyse(node.inner);
    case 'class':
      return charClass(node.negated, node.items);
    case 'escape': {
      const e = node.escape;
      if (e.char !== null) return { req: [e.char], literals: [e.char] };
      if (e.letter === 'd') return { req: null, chars: DIGITS };
      if (e.letter === 'b' || e.letter === 'B') return { req: null, zeroWidth: true };
      return { req: null }; // a set (\p{…} \w \s \D …) or a backreference
    }
    case 'anchor':
      return { req: null, zeroWidth: true };
    case 'dot':
      return { req: null };
    case 'char':
      return { req: [node.char], literals: [node.char] };
  }
}

/**
 * Where every match of a regex starts: anywhere; at the start of a word (it began with {{<}}); or at
 * the start of a number (it began with a lookbehind refusing a digit before it, such as
 * `(?<![\p{N}+])`: a phone number).
 */
export type MatchStart = 'anywhere' | 'word' | 'number';

const DIGIT = /^[0-9]$/;

/**
 * One pass over a regex source: `needs`, strings of which every match contains one (each 2+
 * characters, or one punctuation mark); `lead`, strings every match starts with (each 2+ characters,
 * or one character that is neither letter nor digit, or any one character when every match starts a
 * word, or any one digit when every match starts a number), so that the regex need only be tried
 * where one occurs. Either is null when unknown.
 */
export function analyseRegex(source: string, start: MatchStart = 'anywhere'): { needs: string[] | null; lead: string[] | null } {
  const tree = parseRegex(source);
  if (!tree) return { needs: null, lead: null };
  const r = analyse(tree);
  const needs = r.req && r.req.every((s) => s.length >= 2 || isRareChar(s)) ? r.req : null;
  // A single letter or digit occurs too often to be worth a try at each occurrence (measured: a regex
  // led by \\d costs more tried at every digit than run over its lines); a sign ("$", "+", "@") does not.
  // One that must start a word is tried only where a word or a number starts with it, which is rare
  // enough (measured: the EPS names, led by "e", cost half); one that must start a number, only where
  // a number starts with the digit (measured on the real English ads: the four landline regexes went
  // from 6.9 to 1.2 µs an ad).
  const single = (s: string): boolean => !ALNUM.test(s) || start === 'word' || (start === 'number' && DIGIT.test(s));
  const lead = r.lead && r.lead.length > 0 && r.lead.every((s) => s.length >= 2 || single(s)) ? r.lead : null;
  return { needs, lead };
}
