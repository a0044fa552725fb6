/**
 * Quoted phrases: a warning notice quotes the lures it warns about («билет в долг, айлыктан
 * кармалат», "waitress in Dubai, $5,000 a month"). engine/notice.ts lets a notice with a way to reach
 * its author stand the risk rules down only when it does quote one, so that a notice's words pasted
 * under a job offer do not hide the offer's own signals. Offers quote too, but names and terms
 * ("Korea Job Center KG", "model-translator", «компаньонка»): of the corpus ads, no offer quotes a
 * phrase of five words or more that holds risk evidence.
 */
import { wordUnitAt } from './chars.js';

/** The marks that close a quotation opened by each mark (Russian „…“, English “…”, «…», "…", '…', ‘…’). */
const CLOSERS: ReadonlyMap<number, readonly number[]> = new Map([
  [0xab, [0xbb]], // « »
  [0x201c, [0x201d]], // “ ”
  [0x201e, [0x201c, 0x201d]], // „ “ or „ ”
  [0x22, [0x22]], // " "
  [0x27, [0x27]], // ' '
  [0x2018, [0x2019]], // ‘ ’
]);
/**
 * Single quotes are also apostrophes ("don't", "teens' classes", "don’t"): one opens a quotation only
 * after a character that is not a letter or digit and before one that is not a space, and closes it
 * only before a character that is not a letter or digit.
 */
const SINGLE = new Set([0x27, 0x2018]);

/** A quotation longer than this is not one (an unpaired mark would otherwise take in half an ad). */
export const MAX_QUOTATION = 600;
/** Fewer words than this make a name or a term, not a quoted phrase. */
export const MIN_PHRASE_WORDS = 5;
const WORD = /[\p{L}\p{N}]+/gu;
/** A capital after a small letter inside a word: the next word of a camel-case hashtag ("#ПотомВычтут"). */
const CAMEL = /(?<=\p{Ll})\p{Lu}/gu;
/** Words of a stretch of text, those glued into a camel-case hashtag counted one by one (as the hashtag fold reads them). */
const wordCount = (s: string): number => (s.match(WORD)?.length ?? 0) + (s.match(CAMEL)?.length ?? 0);

/**
 * The [start, end) ranges of the quoted phrases of the text (MIN_PHRASE_WORDS words or more between
 * paired quotation marks), in order. A quotation ends at its closing mark, within MAX_QUOTATION
 * characters and its paragraph (a blank line ends it); an opening mark without a closing one is left
 * alone, and a quotation inside a quotation is part of it.
 */
export function quotedPhrases(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const mark = text.charCodeAt(i);
    const closers = CLOSERS.get(mark);
    if (!closers) continue;
    const single = SINGLE.has(mark);
    if (single && (wordUnitAt(text, i - 1) || /\s/.test(text[i + 1] ?? ' '))) continue;
    const close = closingMark(text, i + 1, closers, single);
    if (close < 0) continue;
    if (wordCount(text.slice(i + 1, close)) >= MIN_PHRASE_WORDS) out.push([i + 1, close]);
    i = close;
  }
  return out;
}

/** Where the quotation starting at `from` closes (the offset of its closing mark), or -1. */
function closingMark(text: string, from: number, closers: readonly number[], single: boolean): number {
  const limit = Math.min(text.length, from + MAX_QUOTATION);
  for (let j = from; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (closers.includes(c) && !(single && wordUnitAt(text, j + 1))) return j > from ? j : -1;
    if (c === 0x0a && text.charCodeAt(j + 1) === 0x0a) return -1;
  }
  return -1;
}

/** Words that name a list of warning signs ("red flags", "признаки", "как распознать"), for the three readings below. */
const SIGN_WORDS = String.raw`red flags?|warning signs?|signs of|how to (?:recogni[sz]e|spot|tell)|признак\p{L}*|как (?:распознать|отличить)|белгилер\p{L}*|кантип (?:таануу|айырмалоо|билүү)`;

/**
 * A line that introduces a list of warning signs ("Please report any listing that:", "Тревожные
 * признаки:", "Бул белгилерге көңүл буруңуз:"): a word of reporting or warning, and a colon at its end.
 */
const WARNING_INTRO = new RegExp(
  String.raw`(?:report\s{1,2}#?(?:any|such|the|this|these|suspicious|ads|listings|offers|jobs|it|them)|${SIGN_WORDS}|beware|be careful|watch out|осторожн|остерегайтесь|абайла|эскерт|сак бол)[^\n]*:\s*$`,
  'iu',
);
/** A heading of warning signs without its colon ("Red flags we see again and again"), when bullets follow it. */
const WARNING_HEADING = new RegExp(String.raw`^\W{0,4}(?:${SIGN_WORDS}|тревожн\p{L}*\sпризнак\p{L}*)`, 'iu');
/** A line that starts a list item: a dash, bullet or star, or a number with a dot or bracket. */
const BULLET = /^\s{0,4}(?:[-–—•*▪●✅❌⛔️]|\d{1,2}[.)])/u;

/**
 * A line that names the signs it lists and goes on after its colon ("How to recognise these offers:
 * the pay is far above …; the interview is by Telegram"): the rest of the line is the list. Only
 * words that announce a list: "Осторожно: набор ограничен!" opens an offer as easily as a notice.
 */
const SIGNS_INLINE = new RegExp(String.raw`(?:${SIGN_WORDS})[^\n:]*:(?=[^\n]*\S)`, 'iu');

/**
 * The [start, end) ranges of the items of a list of warning signs: the lines after a WARNING_INTRO
 * line or a WARNING_HEADING line with a bullet under it, up to a blank line, and the rest of a
 * SIGNS_INLINE line after its colon. A notice lists the lures it warns about as a quote quotes them
 * ("- only gives a WhatsApp or Telegram number and no company name;"), so engine/notice.ts reads them
 * alike.
 */
export function warningListItems(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lines = text.split('\n');
  let listing = false;
  let at = 0;
  for (const [i, line] of lines.entries()) {
    const end = at + line.length;
    if (line.trim() === '') listing = false;
    else if (listing) out.push([at, end]);
    else if (WARNING_INTRO.test(line) || (WARNING_HEADING.test(line) && BULLET.test(lines[i + 1] ?? ''))) listing = true;
    else {
      const inline = SIGNS_INLINE.exec(line);
      if (inline) out.push([at + inline.index + inline[0].length, end]);
    }
    at = end + 1;
  }
  return out;
}
