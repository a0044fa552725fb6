/**
 * Catastrophic-backtracking check for rule regexes, with scslre (the analyser behind
 * eslint-plugin-regexp's no-super-linear-backtracking). It finds exponential and polynomial
 * backtracking, and the quadratic cost of retrying an unanchored regex at every position, on the
 * regex's automaton: no sample inputs, no timing.
 *
 * scslre reasons about growth as the input grows, so to it a bounded quantifier costs a constant:
 * `(?:(?:a{0,9}){0,9}){0,9}b` is "linear", yet V8 needs minutes on 30 "a"s. A second pass closes that
 * gap: every bounded quantifier is made unbounded, scslre says which ones could then trade or repeat
 * the same characters, and the ways they can do so are counted from their real bounds. A regex is
 * refused when that count passes MAX_WAYS at one position.
 *
 * The bundled rules are checked when the library is built (scripts/emit-schemas.ts) and by the tests;
 * custom rules are checked when a pack loads. The analyser is ~1.3 MB of code, so it is loaded on
 * first use, not at import: a host that never loads a custom regex never pays for it.
 */
import type { AST, RegExpParser as Parser, visitRegExpAST as Visit } from '@eslint-community/regexpp';
import type { analyse as Analyse, Report } from 'scslre';

/** `require` is resolved by the bundler (dist) and by vitest; a lazy `require` keeps it off the import path. */
declare const require: (id: string) => unknown;

export interface RegexAnalyser {
  analyse: typeof Analyse;
  RegExpParser: typeof Parser;
  visitRegExpAST: typeof Visit;
}
let analyser: RegexAnalyser | undefined;

/** For hosts that run this file as plain ESM (tsx scripts), where `require` does not exist: hand the analyser in. */
export function provideRegexAnalyser(a: RegexAnalyser): void {
  analyser = a;
}

function load(): RegexAnalyser {
  if (!analyser) {
    try {
      const regexpp = require('@eslint-community/regexpp') as Pick<RegexAnalyser, 'RegExpParser' | 'visitRegExpAST'>;
      const scslre = require('scslre') as Pick<RegexAnalyser, 'analyse'>;
      analyser = { analyse: scslre.analyse, RegExpParser: regexpp.RegExpParser, visitRegExpAST: regexpp.visitRegExpAST };
    } catch (e) {
      throw new Error(`the regex safety analyser could not be loaded (${(e as Error).message})`);
    }
  }
  return analyser;
}

/**
 * Most ways one start position may be matched in before a regex is refused. V8 spends ~0.3 µs per way
 * (measured on this project's machine), so one regex at this limit costs about 1.5 s on a hostile
 * 50,000-character input (DEFAULT_MAX_INPUT_CHARS) built to hit it at every position; the bundled
 * regexes need at most ~2,750 (tests/regex-safety.test.ts).
 */
export const MAX_WAYS = 5_000;

const KIND: Record<Report['type'], string> = {
  Self: 'a quantifier inside a repeated group can match the same text in many ways',
  Trade: 'two quantifiers can trade the same characters between them',
  Move: 'an unanchored quantifier is retried from every position of the text',
};

const attack = (r: Report): string => JSON.stringify(r.character.pick.repeat(3) + '…');

interface Assessment {
  /** A report on the regex as written: its time grows super-linearly with the input. */
  grows?: Report;
  /** Most ways the bounded quantifiers allow at one position, and the report behind it. */
  ways: number;
  worst?: Report;
}

/**
 * Ways one position can be matched in, from scslre's reports on the opened-up regex: a repeated
 * group (Self) multiplies its body's choices once per repetition; quantifiers that trade characters
 * (Trade) multiply their choices, taken over each chain of mutual traders; an unanchored quantifier
 * retried at every position (Move) costs its own length.
 */
function assess(source: string): Assessment {
  const a = load();
  const parse = (): AST.RegExpLiteral => new a.RegExpParser().parseLiteral(`/${source}/u`);
  const grows = a.analyse(parse(), { maxReports: 1 }).reports[0];
  if (grows) return { grows, ways: Infinity };
  const literal = parse();
  const bound = new Map<AST.Quantifier, number>();
  a.visitRegExpAST(literal, {
    onQuantifierEnter(q) {
      if (q.max > 1 && Number.isFinite(q.max)) {
        bound.set(q, q.max);
        (q as { max: number }).max = Infinity;
      }
    },
  });
  if (bound.size === 0) return { ways: 1 };
  const choices = (q: AST.Quantifier): number => (bound.get(q) ?? 1) + 1;
  const reports = a.analyse(literal, { maxReports: 200 }).reports;
  let ways = 1;
  let worst: Report | undefined;
  const consider = (w: number, r: Report): void => {
    if (w > ways) {
      ways = w;
      worst = r;
    }
  };
  // Chains of trading quantifiers: union-find over the quantifiers each Trade report joins.
  const parent = new Map<AST.Quantifier, AST.Quantifier>();
  const find = (q: AST.Quantifier): AST.Quantifier => {
    let p = parent.get(q) ?? q;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p)!;
    return p;
  };
  const trades: Report[] = [];
  for (const r of reports) {
    if (r.type === 'Self') consider(choices(r.quant) ** Math.min(choices(r.parentQuant) - 1, 64), r);
    else if (r.type === 'Move') consider(choices(r.quant), r);
    else {
      trades.push(r);
      parent.set(find(r.startQuant), find(r.endQuant));
    }
  }
  const chains = new Map<AST.Quantifier, Set<AST.Quantifier>>();
  for (const r of trades) {
    if (r.type !== 'Trade') continue;
    for (const q of [r.startQuant, r.endQuant]) {
      const root = find(q);
      let set = chains.get(root);
      if (!set) chains.set(root, (set = new Set()));
      set.add(q);
    }
  }
  for (const r of trades) {
    if (r.type !== 'Trade') continue;
    const members = chains.get(find(r.startQuant))!;
    consider([...members].reduce((w, q) => w * choices(q), 1), r);
  }
  return { ways, ...(worst ? { worst } : {}) };
}

/** The most ways one position of an input can be matched in (Infinity: grows with the input). For tests and reports. */
export function backtrackingWays(source: string): number {
  return assess(source).ways;
}

/**
 * Why `source` (a regex source as RegExp#source gives it, run with flags `u` and `g` or `y`) can take
 * super-linear time, or null when it cannot. A regex the analyser cannot read is refused too: a check
 * that fails must not pass a regex.
 */
export function regexHazard(source: string): string | null {
  let result: Assessment;
  try {
    result = assess(source);
  } catch (e) {
    return `could not be checked for catastrophic backtracking (${(e as Error).message})`;
  }
  const { grows, ways, worst } = result;
  if (grows) {
    return `catastrophic backtracking: ${grows.exponential ? 'exponential' : 'polynomial'} time on input like ${attack(grows)}: ${KIND[grows.type]}. Bound the quantifier ({0,n}) or make the alternatives exclusive`;
  }
  if (worst && ways > MAX_WAYS) {
    const magnitude = ways >= 1e6 ? `10^${Math.floor(Math.log10(ways))}` : String(ways);
    return `catastrophic backtracking: about ${magnitude} ways to match input like ${attack(worst)} at one position (at most ${MAX_WAYS}): ${KIND[worst.type]}. Lower the bounds or make the parts exclusive`;
  }
  return null;
}
