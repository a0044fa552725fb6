import { InputError, OptionsError } from '../errors.js';
import type { ScreenResult } from '../schema/result.js';

/**
 * The ad with the words behind each indicator marked, for moderation screens and terminals.
 * Spans of different indicators often overlap ("Girls 18-25" and "18-25"); overlapping and touching
 * spans are merged into one marked range that names every indicator behind it, so marks never nest
 * and the output is the same whatever order the spans come in.
 */

export type HighlightFormat = 'html' | 'markdown' | 'ansi';
export interface HighlightOptions {
  /** 'html' (default): <mark> elements, text HTML-escaped; 'markdown': **bold**, text escaped; 'ansi': terminal colours. */
  format?: HighlightFormat;
}

/** One marked range of the original text and the indicators whose spans it covers, in result order. */
export interface HighlightRange {
  start: number;
  end: number;
  text: string;
  ruleIds: string[];
  titles: string[];
}

const FORMATS: readonly HighlightFormat[] = ['html', 'markdown', 'ansi'];

function checkResult(text: unknown, result: unknown): asserts result is Pick<ScreenResult, 'indicators'> {
  if (typeof text !== 'string') throw new InputError(`highlight() expects the screened text as a string, got ${text === null ? 'null' : typeof text}`);
  const indicators = (result as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(indicators)) throw new InputError('highlight() expects the result of screen() for this text as its second argument');
}

/** Merged indicator ranges of a result, sorted by position. Throws InputError when the spans do not belong to this text. */
export function highlightRanges(text: string, result: Pick<ScreenResult, 'indicators'>): HighlightRange[] {
  checkResult(text, result);
  const spans: Array<{ start: number; end: number; rule: number }> = [];
  result.indicators.forEach((ind, rule) => {
    for (const s of ind.spans) {
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length) || text.slice(s.start, s.end) !== s.text) {
        throw new InputError(`highlight(): the span ${JSON.stringify(s.text)} of ${ind.ruleId} is not at ${s.start}-${s.end} in this text; pass the text that was screened`);
      }
      if (s.end > s.start) spans.push({ start: s.start, end: s.end, rule });
    }
  });
  spans.sort((a, b) => a.start - b.start || a.end - b.end || a.rule - b.rule);
  const merged: Array<{ start: number; end: number; rules: Set<number> }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.rules.add(s.rule);
    } else merged.push({ start: s.start, end: s.end, rules: new Set([s.rule]) });
  }
  return merged.map((m) => {
    const rules = [...m.rules].sort((a, b) => a - b).map((i) => result.indicators[i]!);
    return { start: m.start, end: m.end, text: text.slice(m.start, m.end), ruleIds: rules.map((r) => r.ruleId), titles: rules.map((r) => r.title) };
  });
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

// Every ASCII punctuation mark with a meaning in CommonMark / GFM (emphasis, links, code, HTML,
// entities, headings, lists, tables, strikethrough, math) is backslash-escaped: CommonMark allows a
// backslash before any ASCII punctuation, so the escaped text renders as the ad's own characters.
const escapeMarkdown = (s: string): string => s.replace(/[\\`*_{}[\]()<>#+\-.!|~&=$]/g, '\\$&');

// An ad could carry terminal control sequences: control characters are shown as visible symbols
// (U+2400 block) instead of being sent to the terminal; \r\n line ends become \n.
const escapeAnsi = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))))
    .replace(/[\u0080-\u009f]/g, '\ufffd');
const ANSI_MARK = '\u001b[30;43m';
const ANSI_RESET = '\u001b[0m';

/**
 * Markdown emphasis and terminal colours are line-bound and do not open or close next to a space:
 * a range is marked line by line, with its outer spaces left outside the marks.
 */
function markLines(s: string, escape: (s: string) => string, open: string, close: string): string {
  return s
    .split(/(\r?\n)/)
    .map((part, i) => {
      if (i % 2 === 1) return escape(part); // a line end
      const m = /^(\s*)(.*?)(\s*)$/su.exec(part)!;
      return m[2] === '' ? escape(part) : `${escape(m[1]!)}${open}${escape(m[2]!)}${close}${escape(m[3]!)}`;
    })
    .join('');
}

/** The text with the result's indicator spans marked. */
export function highlight(text: string, result: Pick<ScreenResult, 'indicators'>, options: HighlightOptions = {}): string {
  if (typeof options !== 'object' || options === null) throw new OptionsError([`(options): expected an object, got ${options === null ? 'null' : typeof options}`]);
  const format = options.format ?? 'html';
  if (!FORMATS.includes(format)) throw new OptionsError([`format: expected one of ${FORMATS.map((f) => `"${f}"`).join('|')}, got ${JSON.stringify(format)}`]);
  const ranges = highlightRanges(text, result);
  const escape = format === 'html' ? escapeHtml : format === 'markdown' ? escapeMarkdown : escapeAnsi;
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += escape(text.slice(at, r.start));
    if (format === 'html') out += `<mark class="sakbol-mark" data-rules="${escapeHtml(r.ruleIds.join(' '))}" title="${escapeHtml(r.titles.join('; '))}">${escapeHtml(r.text)}</mark>`;
    else if (format === 'markdown') out += markLines(r.text, escapeMarkdown, '**', '**');
    else out += markLines(r.text, escapeAnsi, ANSI_MARK, ANSI_RESET);
    at = r.end;
  }
  return out + escape(text.slice(at));
}
