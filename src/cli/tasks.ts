import { createScreener, normalizePhone, type ScreenerConfig, type ScreenResult } from '../index.js';
import { LEVELS, outcomeOf, type Label, type Level, type Outcome } from '../eval/metrics.js';
import { shingleHashes, signature, words } from '../link/minhash.js';
import { adOf, labelOf, type Ad, type AdId, type Fields } from './input/ad.js';
import type { Item } from './input/records.js';
import { recordLine, type Column, type OutputFormat } from './output/records.js';

/**
 * The work done for each record, in a worker thread or on the main thread (--workers 0). A task is
 * described by a plain, cloneable spec so that every worker builds the same one.
 */
export interface ScreenSpec {
  kind: 'screen';
  fields: Fields;
  screen: ScreenerConfig;
  format: OutputFormat;
  columns: Column[];
  minLevel: Level;
}
export interface EvalSpec {
  kind: 'eval';
  fields: Fields;
  screen: ScreenerConfig;
}
export interface ReportSpec {
  kind: 'report';
  fields: Fields;
  screen: ScreenerConfig;
}
export interface LinkSpec {
  kind: 'link';
  fields: Fields;
  screen: ScreenerConfig;
  /** Ads with fewer words take no part in text similarity (short titles repeat without a campaign). */
  minWords: number;
}
export type TaskSpec = ScreenSpec | EvalSpec | ReportSpec | LinkSpec;

export interface Failed {
  error: string;
}

export interface ScreenOut {
  /** The output line; null when the ad is below --min-level. */
  out: string | null;
  level?: Level;
  rules?: string[];
  error?: string;
}

export type EvalOut = Failed | { label: Label; outcome: Outcome };

/** An ad offered as the report's example of an indicator: the shortest one each worker has seen. */
export interface Example {
  ruleId: string;
  title: string;
  category: string;
  seq: number;
  id: AdId;
  level: Level;
  score: number;
  text: string;
  spans: Array<[number, number]>;
}
export type ReportOut = Failed | { level: Level; score: number; language: ScreenResult['language']; rules: Array<{ id: string; category: string }>; examples: Example[] };

export type LinkOut = Failed | { id: AdId; level: Level; contacts: string[]; signature?: Uint16Array };

export interface TaskOut {
  screen: ScreenOut;
  eval: EvalOut;
  report: ReportOut;
  link: LinkOut;
}

type Task<K extends TaskSpec['kind']> = (items: readonly Item[]) => Array<TaskOut[K]>;

export function createTask<S extends TaskSpec>(spec: S): Task<S['kind']> {
  switch (spec.kind) {
    case 'screen':
      return screenTask(spec) as Task<S['kind']>;
    case 'eval':
      return evalTask(spec) as Task<S['kind']>;
    case 'report':
      return reportTask(spec) as Task<S['kind']>;
    case 'link':
      return linkTask(spec) as Task<S['kind']>;
  }
  throw new Error(`unknown task ${(spec as TaskSpec).kind}`);
}

function screenTask(spec: ScreenSpec): Task<'screen'> {
  const screener = createScreener(spec.screen);
  const min = LEVELS.indexOf(spec.minLevel);
  return (items) =>
    items.map((item): ScreenOut => {
      const ad = adOf(item, spec.fields);
      if ('error' in ad) return { out: recordLine(spec.format, spec.columns, item, null, undefined, ad.error), error: ad.error };
      const r = screener.screen(ad.text);
      const rules = r.indicators.map((i) => i.ruleId);
      if (LEVELS.indexOf(r.level) < min) return { out: null, level: r.level, rules };
      return { out: recordLine(spec.format, spec.columns, item, ad.id, r), level: r.level, rules };
    });
}

/** A task that screens each ad it can read (detail 'none'); a record it cannot read gives its error. */
function eachAd<O>(spec: TaskSpec, fn: (ad: Ad, item: Item, screen: (text: string) => ScreenResult) => O | Failed): (items: readonly Item[]) => Array<O | Failed> {
  const screener = createScreener({ ...spec.screen, detail: 'none' });
  const screen = (text: string): ScreenResult => screener.screen(text);
  return (items) =>
    items.map((item) => {
      const ad = adOf(item, spec.fields);
      return 'error' in ad ? ad : fn(ad, item, screen);
    });
}

function evalTask(spec: EvalSpec): Task<'eval'> {
  return eachAd(spec, (ad, _item, screen) => {
    const label = labelOf(ad);
    return 'error' in label ? label : { label, outcome: outcomeOf(screen(ad.text)) };
  });
}

function reportTask(spec: ReportSpec): Task<'report'> {
  const shortest = new Map<string, number>();
  return eachAd(spec, (ad, item, screen) => {
    const r = screen(ad.text);
    const examples: Example[] = [];
    for (const ind of r.indicators) {
      // Strictly shorter than this worker's best so far: the overall shortest (first on ties) is always offered.
      if (ad.text.length >= (shortest.get(ind.ruleId) ?? Infinity)) continue;
      shortest.set(ind.ruleId, ad.text.length);
      const spans = ind.spans.map((s): [number, number] => [s.start, s.end]);
      examples.push({ ruleId: ind.ruleId, title: ind.title, category: ind.category, seq: item.seq, id: ad.id, level: r.level, score: r.score, text: ad.text, spans });
    }
    return { level: r.level, score: r.score, language: r.language, rules: r.indicators.map((i) => ({ id: i.ruleId, category: i.category })), examples };
  });
}

/** Contacts as campaign evidence: phones (also inside wa.me links), e-mails, handles (also t.me links), other links. */
export function contactKeys(result: ScreenResult): string[] {
  const keys: string[] = [];
  for (const c of result.facts.contacts) {
    if (c.type === 'phone' || c.type === 'email') keys.push(`${c.type}:${c.value}`);
    else if (c.type === 'handle') keys.push(`handle:${c.value.toLowerCase()}`);
    else if (c.type === 'url') {
      const url = c.value.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '');
      const wa = /^(?:wa\.me\/|api\.whatsapp\.com\/send\?phone=)\+?(\d{7,15})/.exec(url);
      const tg = /^t\.me\/([a-z0-9_]{3,32})/.exec(url);
      if (wa) keys.push(`phone:${normalizePhone(`+${wa[1]}`).value}`);
      else if (tg) keys.push(`handle:@${tg[1]}`);
      else keys.push(`url:${url.replace(/\/+$/, '')}`);
    }
  }
  return [...new Set(keys)];
}

function linkTask(spec: LinkSpec): Task<'link'> {
  return eachAd(spec, (ad, _item, screen) => {
    const r = screen(ad.text);
    const ws = words(ad.text);
    const sig = ws.length >= spec.minWords ? signature(shingleHashes(ws)) : undefined;
    return { id: ad.id, level: r.level, contacts: contactKeys(r), ...(sig ? { signature: sig } : {}) };
  });
}
