/**
 * Prints, as JSON [source, derivation] pairs, what compile.ts derives from each regex of the bundled
 * rules. The build bakes it into the library (tsup.config.ts, src/engine/regex-derived.ts), so that a
 * fresh process does not parse every regex before its first screen.
 */
import { deriveRegex } from '../src/engine/compile.js';
import type { DerivedRegex } from '../src/engine/regex-derived.js';
import { bundledRules } from '../src/rules.js';

export function deriveBundledRegexes(): Array<[string, DerivedRegex]> {
  const derived = new Map<string, DerivedRegex>();
  for (const rule of bundledRules) {
    for (const p of [...rule.patterns, ...(rule.exclude ?? [])]) if (p.kind === 'regex' && !derived.has(p.regex)) derived.set(p.regex, deriveRegex(p.regex));
  }
  return [...derived];
}

if (process.argv[1]?.endsWith('derive-regexes.ts')) process.stdout.write(JSON.stringify(deriveBundledRegexes()));
