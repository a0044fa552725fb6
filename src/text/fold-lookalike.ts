/**
 * Look-alike letters inside mixed-script words ("oфициaнтка" with Latin o and a, "HОSTESS" with a
 * Cyrillic О) and the letter O inside numbers ("1ООО$"), folded to one script, from
 * rules/data/homoglyphs.json. Words written wholly in one script are never touched: Cyrillic text is
 * not suspicious, mixing look-alikes inside one word is. The words folded are reported (original
 * spans) as a weak evasion signal.
 */
import homoglyphs from '../../rules/data/homoglyphs.json';
import type { FoldContext } from './fold-context.js';
import { isAsciiDigit, isCyrillicCode, isLatinCode } from './chars.js';
import { isUpperAt, rewriteMatches, type Layer, type Rewriter } from './layer.js';

export interface Span {
  start: number;
  end: number;
}

const toCyrillic = new Map(Object.entries(homoglyphs.latinToCyrillic));
const toCyrillicUpper = new Map(Object.entries(homoglyphs.latinUpperToCyrillic));
const toLatin = new Map(Object.entries(homoglyphs.cyrillicToLatin));
const zeroLike = new Set(homoglyphs.zeroLike);
const standIns = new Set(homoglyphs.keyboardStandIns.latin);

/** A Latin letter next to a Cyrillic one (either order), the letter O after a digit, or a "5 ООО" group. */
const GUARD = /[a-z\u00df-\u024f][\u0430-\u04ff]|[\u0430-\u04ff][a-z\u00df-\u024f]|\d[ .,]?[oо]/g;
const WORD_UNIT = /[\p{L}\p{N}]/u;
const isWordUnit = (t: string, i: number): boolean => {
  const c = t.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x400 && c <= 0x4ff) return true;
  return i < t.length && WORD_UNIT.test(t[i]!);
};
/** Minimum letters for a folded word to count as a sign of evasion ("дa" may be a slip). */
const SIGNAL_MIN_LETTERS = 3;

export function foldLookalikes(layer: Layer, ctx: FoldContext): { layer: Layer; lookalikes: Span[] } {
  const t = layer.text;
  const lookalikes: Span[] = [];
  const signal = (from: number, to: number): void => {
    lookalikes.push({ start: layer.starts[from]!, end: layer.ends[to - 1]! });
  };
  const folded = rewriteMatches(layer, GUARD, (m, rewriter) => {
    let end: number;
    if (isAsciiDigit(t.charCodeAt(m.index))) {
      end = foldNumber(layer, ctx.original, m.index, rewriter, signal);
    } else {
      let ws = m.index;
      while (ws > 0 && isWordUnit(t, ws - 1)) ws--;
      end = m.index + 1;
      while (end < t.length && isWordUnit(t, end)) end++;
      if (!isAsciiDigit(t.charCodeAt(ws))) foldMixedWord(layer, ctx, ws, end, rewriter, signal);
    }
    GUARD.lastIndex = end;
  });
  return { layer: folded, lookalikes };
}

const isZeroLike = (t: string, i: number): boolean => i < t.length && zeroLike.has(t[i]!);
const isNumberUnit = (t: string, i: number): boolean => isAsciiDigit(t.charCodeAt(i)) || isZeroLike(t, i);

/**
 * A number with the letter O for zeros, around the digit at `at`: "1ООО", "5О0", "25О ООО", "3 ООО".
 * It starts with a digit; groups after a space, dot or comma have three units. A last group that is
 * "ООО" before a capitalised name or a quote is the company form (ООО «Ромашка»). Returns the end.
 */
function foldNumber(layer: Layer, original: string, at: number, rewriter: () => Rewriter, signal: (from: number, to: number) => void): number {
  const t = layer.text;
  let s = at;
  while (s > 0 && isNumberUnit(t, s - 1)) s--;
  while (s < at && isZeroLike(t, s)) s++;
  let e = at + 1;
  while (e < t.length && isNumberUnit(t, e)) e++;
  if (s > 0 && isWordUnit(t, s - 1)) return e;
  let lastGroup = s;
  while (' .,'.includes(t[e] ?? 'x') && isNumberUnit(t, e + 1) && isNumberUnit(t, e + 2) && isNumberUnit(t, e + 3) && !isWordUnit(t, e + 4)) {
    // A group of plain digits after a plain-digit number is ordinary ("1 500"): only O matters.
    lastGroup = e + 1;
    e += 4;
  }
  if (e < t.length && isWordUnit(t, e)) return e;
  let zeros = 0;
  let nonZero = false;
  for (let i = s; i < e; i++) {
    if (isZeroLike(t, i)) zeros++;
    else if (t[i] !== '0') nonZero = true;
  }
  // "00О" is a typo of "ООО", not an amount.
  if (zeros === 0 || !nonZero) return e;
  const companyForm = lastGroup > s && isZeroLike(t, lastGroup) && isZeroLike(t, lastGroup + 1) && isZeroLike(t, lastGroup + 2) && t[lastGroup - 1] === ' ' && companyAfter(layer, original, e);
  if (companyForm) {
    e = lastGroup - 1;
    zeros = 0;
    for (let i = s; i < e; i++) if (isZeroLike(t, i)) zeros++;
    if (zeros === 0) return e;
  }
  const r = rewriter();
  for (let i = s; i < e; i++) if (isZeroLike(t, i)) r.replace(i, i + 1, '0');
  signal(s, e);
  return e;
}

/** What follows `end` is a name: a quote or a capitalised word. */
function companyAfter(layer: Layer, original: string, end: number): boolean {
  const t = layer.text;
  let k = end;
  while (k < t.length && k < end + 2 && t[k] === ' ') k++;
  if (k >= t.length) return false;
  if ('«"“„\''.includes(t[k]!)) return true;
  return isWordUnit(t, k) && isUpperAt(layer, original, k);
}

/** The same physical key gives Latin c and Cyrillic с: a slip of layout there leaves no visible trace. */
const SAME_KEY = new Set(['c', 'с']);
const ACRONYM_MAX = 4;

/**
 * A word with Latin and Cyrillic letters: folded to one script when every letter of the other script
 * has a look-alike, and reported unless the mix looks accidental or grammatical.
 */
function foldMixedWord(layer: Layer, ctx: FoldContext, ws: number, we: number, rewriter: () => Rewriter, signal: (from: number, to: number) => void): void {
  const t = layer.text;
  const upper = (i: number): boolean => isUpperAt(layer, ctx.original, i);
  // Runs of letters of one script (digits neither break nor join them).
  const segs: Array<{ latin: boolean; from: number; to: number; n: number }> = [];
  for (let i = ws; i < we; i++) {
    const c = t.charCodeAt(i);
    const latin = isLatinCode(c);
    if (!latin && !isCyrillicCode(c)) continue;
    const last = segs[segs.length - 1];
    if (last && last.latin === latin) {
      last.to = i + 1;
      last.n++;
    } else segs.push({ latin, from: i, to: i + 1, n: 1 });
  }
  if (segs.length < 2) return;
  // Two words run together ("OCRТак", "PHPТип", "oРазработка", "МегаCom"): a last part that starts
  // with a capital followed by small letters is a word of its own. ("WhatsАрp" is not: it goes on.)
  const tail = segs[segs.length - 1]!;
  if (tail.n >= 2 && upper(tail.from) && !upper(tail.from + 1)) return;
  if (segs.length === 2) {
    const [a, b] = segs as [(typeof segs)[number], (typeof segs)[number]];
    // An abbreviation with an ending ("SMSка", "PRщик"): the case changes where the script does.
    if (a.n >= 2 && b.n >= 2 && upper(b.from) !== upper(a.to - 1)) return;
    // A Latin word with a Russian ending ("DevOpsов", "scientistа").
    if (a.latin && !b.latin && a.n >= 3 && b.n <= 3) return;
  }
  let lat = 0;
  let cyr = 0;
  let latFoldable = true;
  let cyrFoldable = true;
  for (let i = ws; i < we; i++) {
    const c = t.charCodeAt(i);
    if (isLatinCode(c)) {
      lat++;
      if (!toCyrillic.has(t[i]!)) latFoldable = false;
    } else if (isCyrillicCode(c)) {
      cyr++;
      if (!toLatin.has(t[i]!)) cyrFoldable = false;
    }
  }
  // Towards the word's majority script (on a tie, the text's), when every letter of the other script
  // has a look-alike: "SMMщик" or a Cyrillic word glued to a Latin one is no disguise.
  let toCyr: boolean;
  if (cyr !== lat) toCyr = cyr > lat;
  else toCyr = latFoldable && (ctx.cyrillicMajority || !cyrFoldable);
  if (toCyr ? !latFoldable : !cyrFoldable) return;
  const w = rewriter();
  let folded = 0;
  let sameKeyOnly = true;
  let standInsOnly = true;
  let firstOnly = true;
  for (let i = ws; i < we; i++) {
    const c = t.charCodeAt(i);
    const ch = t[i]!;
    if (toCyr ? !isLatinCode(c) : !isCyrillicCode(c)) continue;
    w.replace(i, i + 1, toCyr ? ((upper(i) ? toCyrillicUpper.get(ch) : undefined) ?? toCyrillic.get(ch)!) : toLatin.get(ch)!);
    folded++;
    if (!SAME_KEY.has(ch)) sameKeyOnly = false;
    if (!standIns.has(ch)) standInsOnly = false;
    if (i !== segs[0]!.from) firstOnly = false;
  }
  // Mixes that real, ordinary ads show by accident are folded but not reported: a c/с layout slip
  // ("Exсel", "cервис"), a first letter typed in the other layout ("Oрганизация", "Еurope"), a short
  // acronym ("MГТУ", "СRM"), a Latin Y for the Kyrgyz Ү.
  const letters = lat + cyr;
  const acronym = letters <= ACRONYM_MAX && segs.every((g) => upper(g.from) && upper(g.to - 1));
  const accidental = sameKeyOnly || (firstOnly && folded === 1) || acronym || (toCyr && standInsOnly);
  if (letters >= SIGNAL_MIN_LETTERS && !accidental) signal(ws, we);
}
