import type { Rule } from '../schema/rule.js';
import type { FiredRule } from './types.js';

/**
 * Score formula (documented in the README):
 *  1. each fired indicator gives weight x confidence points;
 *  2. per taxonomy code the points are capped (strong 45, medium 25, weak 10), so ten phrasings of
 *     one signal count as one signal;
 *  3. mitigations remove a share of the total: 1 - prod(1 - w) over fired mitigations, at most 60%,
 *     so legitimacy signals lower a score but never erase it;
 *  4. the total is capped at 100; contributions are scaled with it so they always add up to the score
 *     (indicators before mitigation, mitigations negative).
 */
export const CATEGORY_CAP: Record<Rule['severity'], number> = { strong: 45, medium: 25, weak: 10 };
export const MAX_MITIGATION = 0.6;
const SEVERITY_RANK: Record<Rule['severity'], number> = { weak: 0, medium: 1, strong: 2 };

export interface Scored {
  score: number;
  contributions: Map<string, number>;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function scoreRules(fired: Iterable<FiredRule>, weightOf: (r: Rule) => number): Scored {
  const byCategory = new Map<string, Array<{ id: string; points: number; severity: Rule['severity'] }>>();
  const mitigations: Array<{ id: string; share: number }> = [];
  for (const f of fired) {
    const r = f.rule;
    if (r.kind === 'indicator') {
      let list = byCategory.get(r.category);
      if (!list) byCategory.set(r.category, (list = []));
      list.push({ id: r.id, points: weightOf(r) * r.confidence, severity: r.severity });
    } else if (r.kind === 'mitigation') {
      mitigations.push({ id: r.id, share: Math.min(0.5, weightOf(r)) });
    }
  }
  const points = new Map<string, number>();
  for (const list of byCategory.values()) {
    const top = list.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a] ? b.severity : a), 'weak' as Rule['severity']);
    const sum = list.reduce((s, x) => s + x.points, 0);
    const scale = sum > CATEGORY_CAP[top] ? CATEGORY_CAP[top] / sum : 1;
    for (const x of list) points.set(x.id, x.points * scale);
  }
  const raw = [...points.values()].reduce((s, x) => s + x, 0);
  const keep = mitigations.reduce((k, m) => k * (1 - m.share), 1);
  const reduction = Math.min(MAX_MITIGATION, 1 - keep);
  let total = raw * (1 - reduction);
  const cap = total > 100 ? 100 / total : 1;
  total = Math.min(100, total);
  const contributions = new Map<string, number>();
  // Indicators show their points before mitigation and mitigations the points they remove, so the
  // two add up to the score (scaling indicators by the reduction too would count it twice).
  for (const [id, p] of points) contributions.set(id, round1(p * cap));
  const shareSum = mitigations.reduce((s, m) => s + m.share, 0);
  // `+ 0` turns -0 (a mitigation on an ad with no points) into 0: results are plain JSON, which has no -0.
  for (const m of mitigations) contributions.set(m.id, shareSum > 0 ? -round1(raw * reduction * cap * (m.share / shareSum)) + 0 : 0);
  return { score: Math.round(total), contributions };
}
