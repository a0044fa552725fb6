import type { PayTable } from '../data.js';
import type { Facts } from '../extract/types.js';
import type { Lang, Rule } from '../schema/rule.js';
import type { Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

/** A span in the ORIGINAL input. */
export interface Span {
  start: number;
  end: number;
}
export interface Hit {
  patternId: string;
  spans: Span[];
}
export type Vars = Record<string, string | number>;

/** Everything the rules can look at for one ad. Built once per screen() call, read-only after. */
export interface AdContext {
  norm: Normalized;
  tokens: Token[];
  langs: ReadonlySet<Lang>;
  facts: Facts;
  homeCountry: string;
  /** Typical pay by country and role group (bundled, or extended by rule packs). */
  pay: PayTable;
}

export interface FiredRule {
  rule: Rule;
  hits: Hit[];
  spans: Span[];
  vars: Vars;
}
