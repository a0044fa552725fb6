import type { Extent } from '../match/extent.js';

/** What compile.ts derives from a rule regex's source, besides the RegExp objects themselves. */
export interface DerivedRegex {
  /** The source V8 compiles: `{{<}}` and `{{>}}` expanded, a leading `{{<}}` checked in code removed. */
  source: string;
  /** The source began with `{{<}}`: checked in code after a match (see compileRegex). */
  leadingBoundary: boolean;
  /** Every match starts a number (see compileRegex): not tried after a digit. */
  numberStart: boolean;
  /** Literals every match contains one of (see literals.ts); null: always run. */
  needs: string[] | null;
  /** Strings every match starts with: the regex is tried only where one occurs (at a word start, when `leadingBoundary`). */
  lead: string[] | null;
  /**
   * For a regex run on the lines holding one of its needs (no `lead`): its extent (extent.ts) when
   * bounded, so that it runs only on windows around the needs' occurrences; null: on whole lines.
   */
  window: Extent | null;
  /** Compiled as `toViewSource` gives it and run on the ad's view (text/regex-view.ts, match/view-source.ts). */
  view: boolean;
}

/**
 * The derivation of a bundled rule regex, by its authored source, or undefined. Worked out when the
 * library is built: parsing ~150 regex sources for their literals and extents took a third of a fresh
 * process's first screen. This source knows none: the build replaces this module with one that holds
 * the table, read on its first use (tsup.config.ts, scripts/derive.ts), and compileRegex derives
 * whatever it does not hold (rule packs; and every regex when the library runs from source, as in the
 * tests).
 */
export const derivedRegex = (_authored: string): DerivedRegex | undefined => undefined;
