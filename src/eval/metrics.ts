import type { ScreenResult } from '../schema/result.js';

/**
 * Quality figures on a labelled corpus, shared by `sakbol eval`, `npm run eval` and the corpus tests.
 * Fed one ad at a time (an Evaluator keeps counts, not results), so a corpus of any size fits in memory.
 */
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

/** What a human analyst said about an ad. */
export interface Label {
  level: Level;
  categories?: readonly string[];
  mitigations?: readonly string[];
}

/** What the screener said: all the evaluator needs from a result. */
export interface Outcome {
  level: Level;
  /** Taxonomy codes of the indicators and mitigations that fired. */
  categories: string[];
  ruleIds: string[];
}

export function outcomeOf(result: ScreenResult): Outcome {
  const fired = [...result.indicators, ...result.mitigations];
  return { level: result.level, categories: [...new Set(fired.map((i) => i.category))], ruleIds: fired.map((i) => i.ruleId) };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  /** How many ads carry the label. */
  support: number;
}

/** SpamAssassin-style rule QA: hits on risky (medium or high) versus low ads. */
export interface RuleHits {
  id: string;
  hitsRisky: number;
  hitsLow: number;
  riskyRate: number;
  lowRate: number;
  /** hitsRisky / (hitsRisky + hitsLow); null when the rule never fired. */
  precision: number | null;
}

export interface Evaluation {
  n: number;
  /** One level against the rest, for each level. */
  levels: Record<Level, Prf>;
  /** Same as levels.high: the figure the quality floors are set on. */
  high: Prf;
  /** Medium or high against low. */
  risky: Prf;
  lowRatedHigh: { count: number; of: number; rate: number };
  exactLevel: number;
  /** confusion[labelled][predicted] = count. */
  confusion: Record<Level, Record<Level, number>>;
  /** Per taxonomy code: did the ad's labels and the fired indicators agree. */
  categories: Record<string, Prf>;
  rules: RuleHits[];
  /** Rules (of those the evaluator was given) that fired on no ad. */
  neverFired: string[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function prf(c: Counts): Prf {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp: c.tp, fp: c.fp, fn: c.fn, support: c.tp + c.fn };
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class Evaluator {
  private n = 0;
  private exact = 0;
  private risky = 0;
  private readonly levelCounts = Object.fromEntries(LEVELS.map((l) => [l, counts()])) as Record<Level, Counts>;
  private readonly riskyCounts = counts();
  private readonly confusion = Object.fromEntries(LEVELS.map((l) => [l, Object.fromEntries(LEVELS.map((p) => [p, 0]))])) as Record<Level, Record<Level, number>>;
  private readonly categoryCounts = new Map<string, Counts>();
  private readonly ruleCounts = new Map<string, { risky: number; low: number }>();

  /** @param ruleIds the rules to report on, in report order (usually every non-signal rule). */
  constructor(private readonly ruleIds: readonly string[]) {
    for (const id of ruleIds) this.ruleCounts.set(id, { risky: 0, low: 0 });
  }

  add(label: Label, outcome: Outcome): void {
    this.n++;
    if (label.level === outcome.level) this.exact++;
    this.confusion[label.level][outcome.level]++;
    for (const l of LEVELS) tally(this.levelCounts[l], label.level === l, outcome.level === l);
    const labelledRisky = label.level !== 'low';
    if (labelledRisky) this.risky++;
    tally(this.riskyCounts, labelledRisky, outcome.level !== 'low');

    const labelled = new Set([...(label.categories ?? []), ...(label.mitigations ?? [])]);
    const fired = new Set(outcome.categories);
    for (const c of new Set([...labelled, ...fired])) {
      let e = this.categoryCounts.get(c);
      if (!e) this.categoryCounts.set(c, (e = counts()));
      tally(e, labelled.has(c), fired.has(c));
    }
    for (const id of new Set(outcome.ruleIds)) {
      let e = this.ruleCounts.get(id);
      if (!e) this.ruleCounts.set(id, (e = { risky: 0, low: 0 })); // a rule the caller did not list still counts
      if (labelledRisky) e.risky++;
      else e.low++;
    }
  }

  result(): Evaluation {
    const levels = Object.fromEntries(LEVELS.map((l) => [l, prf(this.levelCounts[l])])) as Record<Level, Prf>;
    const low = this.n - this.risky;
    const listed = new Set(this.ruleIds);
    const order = [...this.ruleIds, ...[...this.ruleCounts.keys()].filter((id) => !listed.has(id)).sort(byCode)];
    const rules = order.map((id): RuleHits => {
      const e = this.ruleCounts.get(id)!;
      return {
        id,
        hitsRisky: e.risky,
        hitsLow: e.low,
        riskyRate: e.risky / Math.max(1, this.risky),
        lowRate: e.low / Math.max(1, low),
        precision: e.risky + e.low === 0 ? null : e.risky / (e.risky + e.low),
      };
    });
    const lowHigh = this.confusion.low.high;
    return {
      n: this.n,
      levels,
      high: levels.high,
      risky: prf(this.riskyCounts),
      lowRatedHigh: { count: lowHigh, of: low, rate: lowHigh / Math.max(1, low) },
      exactLevel: this.exact / Math.max(1, this.n),
      confusion: this.confusion,
      categories: Object.fromEntries([...this.categoryCounts.entries()].sort(([a], [b]) => byCode(a, b)).map(([c, e]) => [c, prf(e)])),
      rules,
      neverFired: rules.filter((r) => r.precision === null).map((r) => r.id),
    };
  }
}

function tally(c: Counts, labelled: boolean, predicted: boolean): void {
  if (labelled && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (labelled) c.fn++;
}

/** Evaluate screened ads in one call (tests and scripts that already hold the results). */
export function evaluate(rows: Iterable<{ label: Label; result: ScreenResult }>, ruleIds: readonly string[]): Evaluation {
  const e = new Evaluator(ruleIds);
  for (const { label, result } of rows) e.add(label, outcomeOf(result));
  return e.result();
}

/** The per-rule table as TSV (reports/rule-hits-*.tsv). */
export function ruleHitsTsv(e: Evaluation): string {
  const lines = ['rule\thits_risky\thits_low\trisky_rate\tlow_rate\tprecision'];
  for (const r of e.rules) {
    lines.push(`${r.id}\t${r.hitsRisky}\t${r.hitsLow}\t${r.riskyRate.toFixed(3)}\t${r.lowRate.toFixed(3)}\t${r.precision === null ? '' : r.precision.toFixed(2)}`);
  }
  return lines.join('\n') + '\n';
}

const f3 = (x: number): string => x.toFixed(3);
const row = (cells: readonly (string | number)[], widths: readonly number[]): string =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ').trimEnd();

/** The evaluation as a plain-text report (what `sakbol eval` prints). */
export function formatEvaluation(e: Evaluation): string {
  const out: string[] = [];
  const w = [20, 9, 6, 6, 7];
  out.push(`ads: ${e.n}; exact level ${(100 * e.exactLevel).toFixed(1)}%; low ads rated high ${e.lowRatedHigh.count}/${e.lowRatedHigh.of}`);
  out.push('', 'Levels (one against the rest)', row(['level', 'precision', 'recall', 'F1', 'support'], w));
  for (const l of LEVELS) out.push(row([l, f3(e.levels[l].precision), f3(e.levels[l].recall), f3(e.levels[l].f1), e.levels[l].support], w));
  out.push(row(['risky (medium+high)', f3(e.risky.precision), f3(e.risky.recall), f3(e.risky.f1), e.risky.support], w));

  out.push('', 'Confusion matrix (rows: labelled, columns: predicted)', row(['', ...LEVELS], [10, 7, 7, 7]));
  for (const l of LEVELS) out.push(row([l, ...LEVELS.map((p) => e.confusion[l][p])], [10, 7, 7, 7]));

  out.push('', 'Categories', row(['code', 'precision', 'recall', 'F1', 'support', 'fired'], [6, 9, 6, 6, 7, 5]));
  for (const [c, p] of Object.entries(e.categories)) out.push(row([c, f3(p.precision), f3(p.recall), f3(p.f1), p.support, p.tp + p.fp], [6, 9, 6, 6, 7, 5]));

  const fired = e.rules.filter((r) => r.precision !== null);
  const idWidth = Math.max(4, ...fired.map((r) => r.id.length));
  out.push('', 'Rules (hits on risky = labelled medium or high, and on low ads)', row(['rule', 'risky', 'low', 'precision'], [idWidth, 6, 6, 9]));
  for (const r of fired) out.push(row([r.id, r.hitsRisky, r.hitsLow, f3(r.precision!)], [idWidth, 6, 6, 9]));
  out.push('', `Rules that never fired (${e.neverFired.length})`, ...e.neverFired.map((id) => `  ${id}`));
  return out.join('\n') + '\n';
}
