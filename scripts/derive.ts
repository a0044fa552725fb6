/**
 * What compiling the bundled rules derives from their text, for the build to bake into the library
 * (tsup.config.ts), so that a fresh process does not work it out before its first screen:
 * - `regexes`: each regex's source to compile and its prefilter analysis (src/engine/regex-derived.ts);
 * - `phrases`: each phrase's trie steps, per language (src/match/phrase-derived.ts).
 * `tsx scripts/derive.ts regexes|phrases` prints the table as JSON: [source, derivation] pairs, or
 * per language [phrase, steps] pairs.
 */
import { compileRules, deriveRegex } from '../src/engine/compile.js';
import type { DerivedRegex } from '../src/engine/regex-derived.js';
import { compilePhrase, decodeSteps, encodeSteps } from '../src/match/phrase.js';
import { bundledRules } from '../src/rules.js';
import { LANGS } from '../src/schema/langs.js';
import type { Lang, Rule } from '../src/schema/rule.js';

export function deriveBundledRegexes(): Array<[string, DerivedRegex]> {
  const derived = new Map<string, DerivedRegex>();
  for (const rule of bundledRules) {
    for (const p of [...rule.patterns, ...(rule.exclude ?? [])]) if (p.kind === 'regex' && !derived.has(p.regex)) derived.set(p.regex, deriveRegex(p.regex));
  }
  return [...derived];
}

/** Per language; a phrase whose steps would not decode the same is left out (compiled at run time). */
export function deriveBundledPhrases(): Record<Lang, Array<[string, string]>> {
  const compiled = compileRules(bundledRules as Rule[]);
  const out = { en: [], ru: [], ky: [] } as Record<Lang, Array<[string, string]>>;
  for (const lang of LANGS) {
    for (const phrase of compiled.phrases(lang)) {
      const steps = compilePhrase(lang, phrase);
      const encoded = encodeSteps(steps);
      if (JSON.stringify(decodeSteps(encoded)) === JSON.stringify(steps)) out[lang].push([phrase, encoded]);
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('derive.ts')) {
  const which = process.argv[2];
  if (which !== 'regexes' && which !== 'phrases') throw new Error('usage: tsx scripts/derive.ts regexes|phrases');
  process.stdout.write(JSON.stringify(which === 'regexes' ? deriveBundledRegexes() : deriveBundledPhrases()));
}
