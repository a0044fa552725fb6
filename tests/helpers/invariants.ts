import { expect } from 'vitest';
import { ScreenResultSchema } from '../../src/schema/result.js';
import type { ScreenResult } from '../../src/index.js';

/**
 * What every result must satisfy, whatever the input: the documented shape, spans that slice the
 * caller's text exactly, a score in range with the level its thresholds give, contributions that add
 * up to the score, an honest `truncated`, and plain JSON.
 */
export function expectValidResult(text: string, r: ScreenResult): void {
  const parsed = ScreenResultSchema.safeParse(r);
  expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  const located = [
    ...[...r.indicators, ...r.mitigations].flatMap((i) => i.spans),
    ...r.facts.salary, ...r.facts.costs, ...r.facts.destinations, ...r.facts.roles, ...r.facts.contacts, ...r.facts.ages, ...r.facts.gender.mentions,
  ];
  for (const s of located) {
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} of ${text.length}`).toBe(true);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const s of r.sentences) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  expect(r.level).toBe(r.score >= r.thresholds.high ? 'high' : r.score >= r.thresholds.medium ? 'medium' : 'low');
  const parts = [...r.indicators, ...r.mitigations];
  const sum = parts.reduce((s, i) => s + i.contribution, 0);
  expect(Math.abs(sum - r.score)).toBeLessThanOrEqual(0.5 + 0.05 * parts.length);
  if (r.truncated === null) {
    for (const s of located) expect(s.end).toBeLessThanOrEqual(text.length);
  } else {
    expect(r.truncated.inputChars).toBe(text.length);
    expect(r.truncated.analysedChars).toBeLessThanOrEqual(text.length);
    for (const s of located) expect(s.end).toBeLessThanOrEqual(r.truncated.analysedChars);
  }
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}
