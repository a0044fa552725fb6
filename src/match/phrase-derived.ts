/**
 * The trie steps of the bundled rules' and tables' phrases, by language and phrase
 * (`${lang}\u0000${phrase}`, steps as encodeSteps writes them), worked out when the library is built:
 * stemming ~7,600 phrases took a fifth of a fresh process's first screen, and as long again on its
 * first Russian ad. Empty here: the build replaces this module with the filled table (tsup.config.ts
 * runs scripts/derive.ts), and the rules' compiler stems whatever the table does not hold (rule
 * packs; and every phrase when the library runs from source, as in the tests).
 */
export const DERIVED_PHRASES: ReadonlyMap<string, string> = new Map();
