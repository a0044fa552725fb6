import { LEVELS, type Label, type Level } from '../../eval/metrics.js';
import type { Item } from './records.js';

/** Names of the input fields (JSONL keys or CSV columns) that hold the ad text and its id. */
export interface Fields {
  text: string;
  id: string;
}

export type AdId = string | number | null;

export interface Ad {
  id: AdId;
  text: string;
  /** The whole record (a JSONL object or a CSV row), where labels are read from. */
  row: Record<string, unknown> | undefined;
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** The ad in a record, or why there is none. Runs in the workers: JSON is parsed there, not on the main thread. */
export function adOf(item: Item, fields: Fields): Ad | { error: string } {
  if (item.error !== undefined) return { error: item.error };
  if (item.text !== undefined) return { id: null, text: item.text, row: undefined };
  let row: Record<string, unknown>;
  if (item.fields !== undefined) row = item.fields;
  else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(item.raw ?? '');
    } catch (e) {
      return { error: `not valid JSON (${(e as Error).message})` };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: `expected a JSON object, got ${describe(parsed)}` };
    row = parsed as Record<string, unknown>;
  }
  const text = row[fields.text];
  if (text === undefined) return { error: `no "${fields.text}" field` };
  if (typeof text !== 'string') return { error: `"${fields.text}" is ${describe(text)}, not a string` };
  const id = row[fields.id];
  return { id: typeof id === 'string' ? (id === '' && item.fields ? null : id) : typeof id === 'number' ? id : null, text, row };
}

/** Label codes given as a JSON array or as a CSV cell ("A1;B2", "A1, B2", "A1 B2"). */
function codes(v: unknown, name: string): string[] | string {
  if (v === undefined || v === null || v === '') return [];
  if (typeof v === 'string') return v.split(/[\s,;|]+/).filter((c) => c !== '');
  if (Array.isArray(v) && v.every((c) => typeof c === 'string')) return v as string[];
  return `"${name}" must be a list of codes, got ${describe(v)}`;
}

/** The analyst's label of a record: `level` (low, medium, high), optional `categories` and `mitigations`. */
export function labelOf(ad: Ad): Label | { error: string } {
  const level = ad.row?.level;
  if (level === undefined) return { error: 'no "level" label' };
  if (!LEVELS.includes(level as Level)) return { error: `"level" must be low, medium or high, got ${JSON.stringify(level)}` };
  const categories = codes(ad.row?.categories, 'categories');
  if (typeof categories === 'string') return { error: categories };
  const mitigations = codes(ad.row?.mitigations, 'mitigations');
  if (typeof mitigations === 'string') return { error: mitigations };
  return { level: level as Level, categories, mitigations };
}
