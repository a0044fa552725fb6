/**
 * Russian and Kyrgyz typed in Latin letters, read in Cyrillic. Most of the Russian and Kyrgyz rules
 * are regexes over the text ("паспорт… сдаются бригадиру", "вычита… из зарплаты"), which the
 * word-by-word transliteration of match/run.ts cannot reach, and so are the age, money and place
 * readers. So the sentences the language detector found typed in Latin letters are written again in
 * Cyrillic, as a layer of the normalised text (offsets still point into the original), and the ad is
 * read from that layer too: every rule and reader of the language sees the words as it knows them.
 *
 * Left in Latin letters: English words and the neutral ones (messenger names, currency codes, "EPS"),
 * a handle after a contact word ("WhatsApp: nurjob"), the parts of an address, handle or code
 * ("nurjob@gmail.com", "t.me/rabota", "@ish_bar", "C-3"), which the contact reader needs as they are,
 * and the words the folds wrote for emoji. readAd (src/screen.ts) reads the ad from this layer and
 * reports its language and sentences as typed.
 */
import { isAsciiDigit, wordUnitAt } from '../text/chars.js';
import { Rewriter } from '../text/layer.js';
import { toOriginal, type Normalized } from '../text/normalize.js';
import { regexView } from '../text/regex-view.js';
import type { Token } from '../text/tokenize.js';
import { latinKeeps, type LanguageInfo } from './detect.js';
import { kyrgyzLatinToCyrillic, translitToCyrillic } from './translit.js';

/** Characters that join the parts of an address or a handle: a word beside one is part of it. */
const JOINERS = new Set(['@', '.', '/', '_', ':', '=', '&', '?', '#', '+']);

/**
 * Is the token part of an address, a handle or a code: a joiner touches it with a letter or digit
 * beyond, or a hyphen with a digit beyond (the visa types "C-3", "E-9")?
 */
function inIdentifier(text: string, t: Token): boolean {
  const before = text[t.start - 1];
  if (before !== undefined && JOINERS.has(before) && (before === '@' || before === '#' || wordUnitAt(text, t.start - 2))) return true;
  const after = text[t.end];
  if (after === '-' && isAsciiDigit(text.charCodeAt(t.end + 1))) return true;
  return after !== undefined && JOINERS.has(after) && wordUnitAt(text, t.end + 1);
}

/**
 * Was the word typed in letters? Not one a fold wrote for an emoji ("💶" money, a flag's country) or
 * for digits ("fr33"); a word with look-alike letters of the other script ("ofоrmlеnie") was.
 */
const LETTERS = /^[\p{L}\p{M}'’]+$/u;
function typedAsIs(norm: Normalized, t: Token): boolean {
  const o = toOriginal(norm, t.start, t.end);
  return LETTERS.test(norm.original.slice(o.start, o.end));
}

/**
 * The text with the Latin words of its Russian and Kyrgyz sentences typed in Latin letters written in
 * Cyrillic, or null when it is not typed so (the usual case: nothing is copied).
 */
export function cyrillicReading(norm: Normalized, tokens: readonly Token[], lang: LanguageInfo): Normalized | null {
  // Only a post typed so (two such words at least): one word that looks Russian in an English line
  // ("Warehouse loaders, Dordoi market") leaves the line to the English rules.
  if (!(lang.translit || lang.kyLatin) || !lang.sentenceTranslit.includes(true)) return null;
  const { text } = norm;
  let w: Rewriter | null = null;
  let handleIn = -1; // the sentence whose remaining Latin words follow a contact word
  for (const t of tokens) {
    const s = t.sentence;
    const keep = latinKeeps(t.text);
    if (keep === 'contact') handleIn = s;
    else if (t.script !== 'latin' || s !== handleIn) handleIn = -1;
    if (!lang.sentenceTranslit[s] || t.script !== 'latin' || keep !== null || s === handleIn || inIdentifier(text, t) || !typedAsIs(norm, t)) continue;
    const sentenceLang = lang.sentences[s];
    const cyrillic = sentenceLang === 'ky' ? kyrgyzLatinToCyrillic(t.text) : translitToCyrillic(t.text);
    if (cyrillic !== t.text) (w ??= new Rewriter(norm)).replace(t.start, t.end, cyrillic);
  }
  if (!w) return null;
  const layer = w.finish();
  return { text: layer.text, starts: layer.starts, ends: layer.ends, original: norm.original, lookalikes: norm.lookalikes, view: regexView(layer.text) };
}
