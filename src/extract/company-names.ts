import { isCapitalCode } from '../text/chars.js';
import { toOriginal, type Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import * as M from '../text/word-marks.js';

/**
 * Companies named in the prose of an ad: "Northwind is a furniture maker", "Northwind's team",
 * "Silk Road Group", "At Bluebird Logistics, we…", "We're Tamga Foods.", "About Northwind",
 * "компания «Ромашка»", "в компании ТехноСфера", "Мы SkillFactory — …", "Lamoda — это…",
 * "«Ак Бата» компаниясы", "агенттиги «Бактылуу Жол»".
 *
 * Only the not-stated list reads these (the `employerInProse` fact). A name in a sentence is easy to
 * write, so the rules that a named employer stands down keep to legal forms, labels and registration
 * numbers (`__present.employer`): "XYZ is a leading company" must not hide a risk.
 *
 * The forms are found from anchor words (text/word-marks.ts, carried by each token), and a name from
 * the capital letters of the ORIGINAL text at its words: the tokens are lower-cased. A regex led by the
 * name, tried at every capital letter, cost 8% of a screen's time on real ads.
 */

const MAX_WORDS = 4;
/** Words of a name in quotes: longer ones are a quoted sentence, not a name. */
const MAX_QUOTED = 6;

const QUOTES = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x27]);
const DASHES = new Set([0x2d, 0x2013, 0x2014]);
const COMMA = new Set([0x2c]);

export interface NamedCompany {
  /** Offsets into the original text. */
  start: number;
  end: number;
}

/** Spans (offsets into the original text) of the companies the ad names in its prose. */
export function companyNamesInProse(norm: Normalized, tokens: readonly Token[]): NamedCompany[] {
  const { text, original } = norm;
  const n = tokens.length;
  const marks = (i: number): number => (i >= 0 && i < n ? tokens[i]!.marks : 0);
  const cap = (i: number): boolean => isCapitalCode(original.charCodeAt(norm.starts[tokens[i]!.start]!));
  /** A capital after the word's first letter: МегаФон, МТС. */
  const innerCapital = (i: number): boolean => {
    const to = norm.ends[tokens[i]!.end - 1]!;
    for (let k = norm.starts[tokens[i]!.start]! + 1; k < to; k++) if (isCapitalCode(original.charCodeAt(k))) return true;
    return false;
  };
  /** Only a single space between tokens a and a + 1. */
  const spaced = (a: number): boolean => a + 1 < n && tokens[a + 1]!.start - tokens[a]!.end === 1 && text.charCodeAt(tokens[a]!.end) === 0x20;
  /** The characters between tokens a and a + 1 include one of `chars`. */
  const gapHas = (a: number, chars: ReadonlySet<number>): boolean => {
    const to = a + 1 < n ? tokens[a + 1]!.start : text.length;
    for (let i = tokens[a]!.end; i < to; i++) if (chars.has(text.charCodeAt(i))) return true;
    return false;
  };
  /** Something other than a single space after token a: a comma, a dash, a line break, the end. */
  const breakAfter = (a: number): boolean => a + 1 >= n || !spaced(a) || tokens[a + 1]!.sentence !== tokens[a]!.sentence;

  /** Token range [from, to] of a name, trimmed of words that start sentences and of joins at its ends; null if nothing is left. */
  const trim = (from: number, to: number): [number, number] | null => {
    while (from <= to && (marks(from) & (M.NOT_A_NAME | M.JOIN)) !== 0) from++;
    while (to >= from && (marks(to) & M.JOIN) !== 0) to--;
    if (from > to) return null;
    for (let i = from; i <= to; i++) if (tokens[i]!.script !== 'latin' && tokens[i]!.script !== 'cyrillic' && tokens[i]!.script !== 'digit') return null;
    return [from, to];
  };
  /** The name whose last word is token `last`: up to four capitalised words with single spaces (and joins) between. */
  const nameEndingAt = (last: number): [number, number] | null => {
    if (last < 0 || !cap(last)) return null;
    let from = last;
    while (last - from + 1 < MAX_WORDS && from > 0 && spaced(from - 1) && (cap(from - 1) || (marks(from - 1) & M.JOIN) !== 0)) from--;
    return trim(from, last);
  };
  /** The name whose first word is token `first`. */
  const nameStartingAt = (first: number): [number, number] | null => {
    if (first >= n || !cap(first) || (marks(first) & M.NOT_A_NAME) !== 0) return null;
    let to = first;
    while (to - first + 1 < MAX_WORDS && spaced(to) && (cap(to + 1) || (marks(to + 1) & M.JOIN) !== 0)) to++;
    return trim(first, to);
  };

  /**
   * A name in quotes, whose words keep their own case ("Деловые линии"): from token `first`, just
   * after an opening quote, to the last token before a closing one, in one sentence.
   */
  const quotedStartingAt = (first: number): [number, number] | null => {
    if (first >= n || !(cap(first) || tokens[first]!.script === 'digit')) return null;
    for (let to = first; to < first + MAX_QUOTED && to < n; to++) {
      if (gapHas(to, QUOTES)) return [first, to];
      if (tokens[to + 1]?.sentence !== tokens[first]!.sentence) return null;
    }
    return null;
  };
  /** As quotedStartingAt, backwards from token `last`, just before a closing quote. */
  const quotedEndingAt = (last: number): [number, number] | null => {
    for (let from = last; from > last - MAX_QUOTED && from >= 0; from--) {
      if (from === 0 || gapHas(from - 1, QUOTES)) return cap(from) || tokens[from]!.script === 'digit' ? [from, last] : null;
      if (tokens[from - 1]!.sentence !== tokens[last]!.sentence) return null;
    }
    return null;
  };

  const found: NamedCompany[] = [];
  const add = (name: [number, number] | null, trimPossessive = false): void => {
    if (!name) return;
    const o = toOriginal(norm, tokens[name[0]]!.start, tokens[name[1]]!.end);
    if (trimPossessive) o.end -= 2;
    if (!found.some((f) => f.start === o.start && f.end === o.end)) found.push(o);
  };

  for (let i = 0; i < n; i++) {
    // Read directly, not through marks(): this runs for every token of every ad, the rest only at anchors.
    const f = tokens[i]!.marks;
    if ((f & M.ANCHORS) === 0) continue;
    // Northwind is a furniture maker / is one of the leading … firms / is hiring. Not in a title-case
    // or capitals heading ("Sales Is A Team Business", "WORK IS A PLEASURE"), where every word is
    // capitalised and the first is no more a name than the others.
    if (f & M.BE && i > 0 && spaced(i - 1) && !(cap(i) && i + 1 < n && cap(i + 1))) {
      let kind = (marks(i + 1) & M.HIRING) !== 0;
      if (!kind && marks(i + 1) & M.ARTICLE) {
        // Up to eleven words after the article: "PGI is a fast growing organic herb/spice/botanicals importing and production company".
        for (let k = i + 2; k < n && k <= i + 12 && tokens[k]!.clause === tokens[i]!.clause; k++) {
          if (marks(k) & M.KIND) {
            kind = true;
            break;
          }
        }
      }
      if (kind) add(nameEndingAt(i - 1));
    }
    // Northwind's team
    if (f & M.POSSESSIVE && marks(i + 1) & M.POSSESSED && spaced(i)) add(nameEndingAt(i), true);
    // Silk Road Group: the suffix ends the name, which needs a word of its own. Not inside a longer
    // run of capitalised words ("Generous Company Discounts"), a heading's or a sentence's.
    if (f & M.SUFFIX && cap(i) && !(spaced(i) && cap(i + 1))) {
      const name = nameEndingAt(i);
      if (name && name[0] < i) add(name);
    }
    // At Bluebird Logistics, we…
    if (f & M.AT && cap(i) && spaced(i)) {
      const name = nameStartingAt(i + 1);
      if (name && marks(name[1] + 1) & M.WE && gapHas(name[1], COMMA)) add(name);
    }
    // We're Tamga Foods. / We are Tamga Foods, … / Мы SkillFactory — … / Мы — «Ромашка», …
    if ((f & M.WE_ARE || (f & M.WE && marks(i + 1) & M.ARE && spaced(i))) && !innerCapital(i)) {
      const at = f & M.WE_ARE ? i + 1 : i + 2;
      if (at < n && tokens[at]!.sentence === tokens[i]!.sentence) {
        const name = nameStartingAt(at);
        if (name && breakAfter(name[1])) add(name);
      }
    }
    // About Northwind (a heading)
    if (f & M.ABOUT && cap(i) && spaced(i)) {
      const name = nameStartingAt(i + 1);
      if (name && breakAfter(name[1])) add(name);
    }
    // компания «Ромашка», в компании ТехноСфера
    if (f & M.KIND_BEFORE && i + 1 < n && tokens[i + 1]!.sentence === tokens[i]!.sentence) {
      if (gapHas(i, QUOTES)) add(quotedStartingAt(i + 1));
      else if (spaced(i)) {
        // Unquoted, the next capitalised word may start a heading run into the text ("в команде
        // Разработки", "компании Несколько программ ДМС"): take it only when it looks like a name.
        const name = nameStartingAt(i + 1);
        if (name && (tokens[name[0]]!.script === 'latin' || innerCapital(name[0]) || gapHas(name[1], DASHES))) add(name);
      }
    }
    // Нике агенттиги «Бактылуу Жол»: a quoted name may follow a Kyrgyz kind word too
    if (f & M.KIND_AFTER && i + 1 < n && tokens[i + 1]!.sentence === tokens[i]!.sentence && gapHas(i, QUOTES)) add(quotedStartingAt(i + 1));
    // «Ак Бата» компаниясы, Бирге Жумуш компаниясы
    if (f & M.KIND_AFTER && i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence) {
      if (gapHas(i - 1, QUOTES)) add(quotedEndingAt(i - 1));
      else if (spaced(i - 1)) {
        // "Курулуш компаниясы" at a sentence's start is "a construction company": one capitalised
        // Cyrillic word there is taken only when it looks like a name.
        const name = nameEndingAt(i - 1);
        const first = name?.[0] ?? 0;
        const sentenceStart = first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence;
        if (name && (tokens[first]!.script === 'latin' || innerCapital(first) || name[1] > first || !sentenceStart)) add(name);
      }
    }
    // Lamoda — это…
    if (f & M.THIS_IS && i > 0 && gapHas(i - 1, DASHES)) add(nameEndingAt(i - 1));
  }
  return found;
}
