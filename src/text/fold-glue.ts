/**
 * Words glued where a scrape dropped a line break: "Communication skillsAbility to lift", "50.000
 * рублейРазъездного характера", "заработная платаГрафик работы". The glued pair read as one unknown
 * word, so neither half counted: not the currency after an amount, not a place, not a rule's word.
 * A line break goes back before the capital, so each half is a word again and the halves stay in
 * separate sentences, as they were before the scrape.
 *
 * Only a word that starts in lower case, with at least three small letters before the capital and
 * one after it, is cut: names written in camel case start with a capital ("МегаФон", "JavaScript",
 * "PayPal"), and short ones are units or brands ("кВт", "iPhone", "eBay"). Messenger and platform
 * names (lexicon.json) stay whole however they are written ("whatsApp"), and so do addresses, whose
 * capitals are no line breaks ("jobs@tundukSoft.kg", "t.me/workDubai").
 *
 * The capitals are in the original only (the layers are lower case), so the original is searched and
 * each capital found in the layer by its offset: a letter an earlier fold rewrote is left alone.
 */
import { letterUnitAt } from './chars.js';
import { CAMEL_NAMES } from './fold-hashtag.js';
import { isUpper, Rewriter, type Layer } from './layer.js';

// Three small letters, a capital, a small letter, all Latin or all Cyrillic (Kyrgyz letters too): a
// Latin "o" a scrape left as a bullet before a Cyrillic word ("конфигурацииoРабота") is no glue to cut.
// The regex finds a small letter and a capital (2-3 µs an ad, where one that also asked for the
// three small letters and the one after took 6); isGlue checks the rest.
const GLUE = /[a-z][A-Z]|[а-яёңөү][А-ЯЁҢӨҮ]/g;
const isSmallLatin = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isSmallCyrillic = (c: number): boolean => (c >= 0x430 && c <= 0x44f) || c === 0x451 || c === 0x4a3 || c === 0x4e9 || c === 0x4af;
/** Is the capital at `cap` (after a small letter of its script) glue: two more small letters before it, one after? */
function isGlue(original: string, cap: number): boolean {
  const isSmall = isSmallLatin(original.charCodeAt(cap - 1)) ? isSmallLatin : isSmallCyrillic;
  return isSmall(original.charCodeAt(cap - 2)) && isSmall(original.charCodeAt(cap - 3)) && isSmall(original.charCodeAt(cap + 1));
}

/** The layer unit made of exactly original[o] (starts are non-decreasing), or -1. */
function unitOf(layer: Layer, o: number): number {
  const { starts, ends } = layer;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < o) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] === o && ends[lo] === o + 1 ? lo : -1;
}

/**
 * The names a cut could split, by the two letters it would split between: each with the offset of the
 * second letter in it ("whatsapp" under "sa" with 5). A cut is checked against these few, not every name.
 */
const NAMES_BY_PAIR = new Map<string, Array<[string, number]>>();
for (const name of CAMEL_NAMES) {
  for (let j = 1; j < name.length; j++) {
    const pair = name.slice(j - 1, j + 1);
    let l = NAMES_BY_PAIR.get(pair);
    if (!l) NAMES_BY_PAIR.set(pair, (l = []));
    l.push([name, j]);
  }
}

/** Would a cut at `at` of the lower-cased word split a messenger or platform name ("whatsAppJobs")? */
function cutsName(word: string, at: number): boolean {
  for (const [name, j] of NAMES_BY_PAIR.get(word.slice(at - 1, at + 1)) ?? []) if (word.startsWith(name, at - j)) return true;
  return false;
}

// Where a run of non-spaces ends: the spaces and breaks of ordinary text.
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
// An e-mail, a link, a handle or a tag: an "@", "/", "_" or "#" in the run of non-spaces, or a dot
// with a letter or digit after it ("jobs@tundukSoft.kg", "t.me/workDubai", "site.com/careersPage").
const ADDRESS = /[@/_#]|\.[\p{L}\p{N}]/u;

/** Is original[start, end) part of an address, whose case is not a line break's? */
function inAddress(original: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !isSpace(original.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < original.length && !isSpace(original.charCodeAt(b))) b++;
  return ADDRESS.test(original.slice(a, b));
}

export function foldGlued(layer: Layer, original: string): Layer {
  GLUE.lastIndex = 0;
  let w: Rewriter | null = null;
  for (let m = GLUE.exec(original); m !== null; m = GLUE.exec(original)) {
    const cap = m.index + 1;
    // The next glue of the same word ("skillsAbilityTo") is looked for from the capital on.
    GLUE.lastIndex = cap;
    if (!isGlue(original, cap)) continue;
    let start = m.index;
    while (letterUnitAt(original, start - 1)) start--;
    if (isUpper(original[start]!)) continue;
    let end = cap + 1;
    while (letterUnitAt(original, end)) end++;
    if (cutsName(original.slice(start, end).toLowerCase(), cap - start) || inAddress(original, start, end)) continue;
    const i = unitOf(layer, cap);
    if (i <= 0 || !letterUnitAt(layer.text, i - 1)) continue;
    (w ??= new Rewriter(layer)).replace(i, i + 1, `\n${layer.text[i]}`);
  }
  return w ? w.finish() : layer;
}
