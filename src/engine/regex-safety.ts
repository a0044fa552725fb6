/**
 * Catastrophic-backtracking check for rule regexes, with scslre (the analyser behind
 * eslint-plugin-regexp's no-super-linear-backtracking). It finds exponential and polynomial
 * backtracking, and the quadratic cost of retrying an unanchored regex at every position, on the
 * regex's automaton: no sample inputs, no timing.
 *
 * The bundled rules are checked when the library is built (scripts/emit-schemas.ts) and by the tests;
 * custom rules are checked when a screener is created with them. The analyser is ~1.3 MB of code, so
 * it is loaded on first use, not at import: a host that never loads a custom regex never pays for it.
 */
import type { analyse as Analyse } from 'scslre';

/** `require` is resolved by the bundler (dist) and by vitest; a lazy `require` keeps it off the import path. */
declare const require: (id: string) => unknown;

type Analyser = typeof Analyse;
let analyser: Analyser | undefined;

/** For hosts that run this file as plain ESM (tsx scripts), where `require` does not exist: hand the analyser in. */
export function provideRegexAnalyser(a: Analyser): void {
  analyser = a;
}

function load(): Analyser {
  if (!analyser) {
    try {
      analyser = (require('scslre') as { analyse: Analyser }).analyse;
    } catch (e) {
      throw new Error(`the regex safety analyser could not be loaded (${(e as Error).message})`);
    }
  }
  return analyser;
}

const KIND: Record<string, string> = {
  Self: 'a quantifier inside a repeated group can match the same text in many ways',
  Trade: 'two quantifiers can trade the same characters between them',
  Move: 'an unanchored quantifier is retried from every position of the text',
};

/**
 * Why `source` (a regex run with flags `u` and `g` or `y`) can take super-linear time, or null when it
 * cannot. A regex the analyser cannot read is refused too: a check that fails must not pass a regex.
 */
export function regexHazard(source: string): string | null {
  let reports;
  try {
    reports = load()({ source, flags: 'u' }, { maxReports: 1 }).reports;
  } catch (e) {
    return `could not be checked for catastrophic backtracking (${(e as Error).message})`;
  }
  const r = reports[0];
  if (!r) return null;
  const growth = r.exponential ? 'exponential' : 'polynomial';
  const attack = JSON.stringify(r.character.pick.repeat(3) + '…');
  return `catastrophic backtracking: ${growth} time on input like ${attack}: ${KIND[r.type] ?? r.type}. Bound the quantifier ({0,n}) or make the alternatives exclusive`;
}
