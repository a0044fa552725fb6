import { describe, expect, it } from 'vitest';
import { sortSmall } from '../src/sort-small.js';

describe('sortSmall', () => {
  // Pairs sorted by their first number only: the second records the original order, which a stable sort keeps.
  const byFirst = (a: [number, number], b: [number, number]): number => a[0] - b[0];
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const list = (n: number): Array<[number, number]> => Array.from({ length: n }, (_, i) => [Math.floor(random() * 5), i]);

  it('sorts in place, stably, exactly as Array.prototype.sort does, short lists and long ones', () => {
    for (const n of [0, 1, 2, 3, 8, 24, 25, 60]) {
      for (let round = 0; round < 20; round++) {
        const items = list(n);
        const expected = items.slice().sort(byFirst);
        const sorted = sortSmall(items, byFirst);
        expect(sorted).toBe(items);
        expect(sorted).toEqual(expected);
      }
    }
  });

  it('keeps equal items in their order', () => {
    expect(sortSmall([[1, 0], [0, 1], [1, 2], [0, 3]], byFirst)).toEqual([[0, 1], [0, 3], [1, 0], [1, 2]]);
  });
});
