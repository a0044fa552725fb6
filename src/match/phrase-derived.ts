import type { Lang } from '../schema/rule.js';

/**
 * The trie steps of a bundled phrase (of the rules and the tables) in a language, as encodeSteps
 * writes them, or undefined. Worked out when the library is built: stemming ~7,600 phrases took a
 * fifth of a fresh process's first screen, and as long again on its first Russian ad. This source
 * knows none: the build replaces this module with one that holds a table per language, read on its
 * first use (tsup.config.ts, scripts/derive.ts), and the rules' compiler stems whatever it does not
 * hold (rule packs; and every phrase when the library runs from source, as in the tests).
 */
export const derivedPhraseSteps = (_lang: Lang, _phrase: string): string | undefined => undefined;
