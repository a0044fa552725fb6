/**
 * Rule packs come from outside (a job board's JSON, a plugin module): before anything reads them they
 * are copied as plain JSON-like data. The copy refuses keys that could reach an object prototype
 * (`__proto__`, `constructor`, `prototype`), accessors whose value could change between validation and
 * use, functions, class instances, cycles and absurd nesting; what remains is data only.
 */

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 40;

export interface PlainProblem {
  path: Array<string | number>;
  message: string;
}

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** A deep copy of `value` holding only strings, finite numbers, booleans, null, arrays and plain objects. */
export function plainData(value: unknown, problems: PlainProblem[]): unknown {
  const onPath = new Set<object>();
  const copy = (v: unknown, path: Array<string | number>): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) return v;
      problems.push({ path, message: `expected a finite number, got ${v}` });
      return undefined;
    }
    if (typeof v !== 'object') {
      problems.push({ path, message: `expected JSON data, got ${typeof v}` });
      return undefined;
    }
    if (onPath.has(v)) {
      problems.push({ path, message: 'expected JSON data, found a reference cycle' });
      return undefined;
    }
    if (path.length >= MAX_DEPTH) {
      problems.push({ path, message: `expected at most ${MAX_DEPTH} levels of nesting` });
      return undefined;
    }
    onPath.add(v);
    try {
      if (Array.isArray(v)) {
        if (Object.getPrototypeOf(v) !== Array.prototype) {
          problems.push({ path, message: 'expected a plain array' });
          return undefined;
        }
        const out: unknown[] = [];
        for (let i = 0; i < v.length; i++) {
          const d = Object.getOwnPropertyDescriptor(v, i);
          if (!d || !('value' in d)) {
            problems.push({ path: [...path, i], message: 'expected a value (holes and accessors are not data)' });
            continue;
          }
          out.push(copy(d.value, [...path, i]));
        }
        return out;
      }
      if (!isPlainObject(v)) {
        problems.push({ path, message: `expected a plain object, got an instance of ${(v as { constructor?: { name?: string } }).constructor?.name ?? 'a class'}` });
        return undefined;
      }
      if (Object.getOwnPropertySymbols(v).length > 0) problems.push({ path, message: 'expected string keys only (symbol keys are not data)' });
      const out: Record<string, unknown> = {};
      for (const key of Object.getOwnPropertyNames(v)) {
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({ path: [...path, key], message: `the key "${key}" is refused: it could reach an object prototype` });
          continue;
        }
        const d = Object.getOwnPropertyDescriptor(v, key)!;
        if (!('value' in d)) {
          problems.push({ path: [...path, key], message: 'expected a data property (getters and setters are refused)' });
          continue;
        }
        // TypeScript authors write `{ ru: undefined }`; JSON has no undefined: drop the key.
        if (d.value === undefined) continue;
        out[key] = copy(d.value, [...path, key]);
      }
      return out;
    } finally {
      onPath.delete(v);
    }
  };
  return copy(value, []);
}

/** Recursively freeze plain data (a loaded pack, the bundled rules) so no host can change it under a screener. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
