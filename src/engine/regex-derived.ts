import type { Extent } from '../match/extent.js';

/** What compile.ts derives from a rule regex's source, besides the RegExp objects themselves. */
export interface DerivedRegex {
  /** The source V8 compiles: `{{<}}` and `{{>}}` expanded, a leading `{{<}}` checked in code removed. */
  source: string;
  leadingBoundary: boolean;
  numberStart: boolean;
  needs: string[] | null;
  lead: string[] | null;
  window: Extent | null;
}

/**
 * The derivations of the bundled rules' regexes, by authored source, worked out when the library is
 * built: parsing ~150 regex sources for their literals and extents took a third of the first
 * screen's time in a fresh process. Empty here: the build replaces this module with the filled table
 * (tsup.config.ts runs scripts/derive.ts), and compileRegex derives whatever the table does
 * not hold (rule packs; and every regex when the library runs from source, as in the tests).
 */
export const DERIVED_REGEXES: ReadonlyMap<string, DerivedRegex> = new Map();
