/**
 * Emoji used as words ("✈️ бесплатно", "💰💰 easy", "🇦🇪 girls") read as the words the rules match,
 * from rules/data/emoji.json; flags read as their country's name from the gazetteer.
 */
import emojiJson from '../../rules/data/emoji.json';
import { places } from '../data.js';
import type { Lang } from '../schema/rule.js';
import type { FoldContext } from './fold-context.js';
import { Rewriter, type Layer } from './layer.js';

type Words = Record<Lang, string>;

/** Code points that do not change what an emoji means: variation selectors, joiners, skin tones. */
const isModifier = (cp: number): boolean => cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff);
const keyOf = (emoji: string): string => [...emoji].filter((c) => !isModifier(c.codePointAt(0)!)).join('');

const byKey = new Map<string, Words>();
for (const w of emojiJson.words) for (const e of w.emoji) byKey.set(keyOf(e), { en: w.en, ru: w.ru, ky: w.ky });
const MAX_KEY = Math.max(...[...byKey.keys()].map((k) => [...k].length));

const countryNames = new Map<string, Words>();
for (const p of places) if (p.kind === 'country' && p.en[0] && p.ru[0] && p.ky[0]) countryNames.set(p.country, { en: p.en[0], ru: p.ru[0], ky: p.ky[0] });

const REGIONAL_A = 0x1f1e6;
const isRegional = (cp: number): boolean => cp >= REGIONAL_A && cp <= 0x1f1ff;
const isWordUnit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);

/** The emoji at `at`, longest table match first: its words and the end of what it covers. */
function lookup(layer: Layer, original: string, at: number): { words: Words; end: number } | null {
  const t = layer.text;
  const first = t.codePointAt(at)!;
  if (isRegional(first)) {
    const second = t.codePointAt(at + 2);
    if (second === undefined || !isRegional(second)) return null;
    const code = String.fromCharCode(65 + first - REGIONAL_A, 65 + second - REGIONAL_A);
    const words = countryNames.get(code);
    return words ? { words, end: at + 4 } : null;
  }
  // Up to MAX_KEY pictographs, skin tones skipped; remember where each candidate key ends.
  let key = '';
  const ends: Array<[string, number]> = [];
  let i = at;
  while (i < t.length && ends.length < MAX_KEY) {
    const cp = t.codePointAt(i)!;
    if (cp < 0x2190) break;
    key += String.fromCodePoint(cp);
    i += cp > 0xffff ? 2 : 1;
    for (let c = t.codePointAt(i); c !== undefined && isModifier(c); c = t.codePointAt(i)) i += c > 0xffff ? 2 : 1;
    ends.push([key, i]);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const [candidate, end] = ends[k]!;
    const words = byKey.get(candidate);
    if (!words) continue;
    // 👩‍⚕️ (a nurse) is not 👩: a joiner in the original after the match means a longer sequence.
    if (original.charCodeAt(layer.ends[end - 1]!) === 0x200d) return null;
    return { words, end };
  }
  return null;
}

/** `at`: where the base pass saw characters from the symbol and pictograph ranges, in order. */
export function foldEmoji(layer: Layer, ctx: FoldContext, at: readonly number[]): Layer {
  const t = layer.text;
  let w: Rewriter | null = null;
  let lastEnd = -1;
  for (const p of at) {
    if (p < lastEnd) continue;
    const hit = lookup(layer, ctx.original, p);
    if (!hit) continue;
    const lang = ctx.langNear(t, p, hit.end);
    // Padded with spaces where it touches a word, so it reads as a word of its own.
    const before = p === lastEnd || (p > 0 && isWordUnit(t.charCodeAt(p - 1))) ? ' ' : '';
    const after = hit.end < t.length && isWordUnit(t.charCodeAt(hit.end)) ? ' ' : '';
    w ??= new Rewriter(layer);
    w.replace(p, hit.end, before + hit.words[lang] + after);
    lastEnd = hit.end;
  }
  return w ? (w as Rewriter).finish() : layer;
}
