import type { ScreenResult } from '../../index.js';
import { csvRow } from '../input/csv.js';
import type { Item } from '../input/records.js';
import type { AdId } from '../input/ad.js';

/** The columns `sakbol screen` can write, in their default order. */
export const COLUMNS = ['id', 'line', 'file', 'score', 'level', 'language', 'categories', 'rules', 'explanation', 'result'] as const;
export type Column = (typeof COLUMNS)[number];
export const DEFAULT_COLUMNS: readonly Column[] = ['id', 'line', 'score', 'level', 'categories', 'explanation'];

export type OutputFormat = 'jsonl' | 'csv';

function value(column: Column, item: Item, id: AdId, r: ScreenResult | undefined): unknown {
  switch (column) {
    case 'id':
      return id;
    case 'line':
      return item.line;
    case 'file':
      return item.file;
    case 'score':
      return r?.score ?? null;
    case 'level':
      return r?.level ?? null;
    case 'language':
      return r?.language ?? null;
    case 'categories':
      return r ? [...new Set(r.indicators.map((i) => i.category))] : null;
    case 'rules':
      return r ? r.indicators.map((i) => i.ruleId) : null;
    case 'explanation':
      return r ? (r.indicators[0]?.explanation ?? null) : null;
    case 'result':
      return r ?? null;
  }
}

/**
 * One output line for one input record: the chosen columns, and for a record that could not be
 * screened the same columns (null) plus `error`, so that output lines stay aligned with input records.
 */
export function recordLine(format: OutputFormat, columns: readonly Column[], item: Item, id: AdId, result: ScreenResult | undefined, error?: string): string {
  if (format === 'jsonl') {
    const rec: Record<string, unknown> = {};
    for (const c of columns) rec[c] = value(c, item, id, result);
    if (error !== undefined) rec.error = error;
    return JSON.stringify(rec) + '\n';
  }
  return csvRow([
    ...columns.map((c) => {
      const v = value(c, item, id, result);
      if (v === null) return '';
      if (Array.isArray(v)) return v.join(';');
      return typeof v === 'object' ? JSON.stringify(v) : String(v);
    }),
    error ?? '',
  ]);
}

export function csvHeader(columns: readonly Column[]): string {
  return csvRow([...columns, 'error']);
}
