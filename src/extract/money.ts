import { money, type Period } from '../data.js';
import type { Lang } from '../schema/rule.js';
import { alternation, escapeRegex } from '../text/alternation.js';
import { afterCharAt, isAsciiDigit, letterAt, letterBefore, letterUnitAt, wordCharBefore } from '../text/chars.js';
import { onView } from '../match/view-source.js';
import { toOriginal, type Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { numberRun, numberWordPositions, readNumberWords, SENTENCE_END } from './number-words.js';
import type { SalaryFact } from './types.js';
import { sortSmall } from '../sort-small.js';

/**
 * Money amounts with currency and period, normalised to monthly USD. Numbers are scanned once,
 * left to right, with bounded quantifiers (an unbounded `\d[\d,.\s]*` goes quadratic on long digit runs).
 */

const currencyByWord = new Map<string, string>();
const symbols = new Set<string>();
for (const c of money.currencies) {
  for (const s of c.symbols) {
    currencyByWord.set(s, c.code);
    symbols.add(s);
  }
  for (const lang of ['en', 'ru', 'ky'] as Lang[]) for (const w of c[lang]) currencyByWord.set(w, c.code);
}
const SYMBOLS = alternation(symbols);
const WORDS = alternation([...currencyByWord.keys()].filter((k) => !symbols.has(k)));
// Not onView: the symbols include "د.إ", whose Arabic letters the view replaces.
const ANY_CURRENCY = new RegExp(`(?:${SYMBOLS})|(?<![\\p{L}])(?:${WORDS})`, 'u');

/**
 * Phrase lookups by position, instead of regexes built from hundreds of alternatives (which V8 tries
 * one by one at every position: ~20 µs an amount). Phrases are grouped by their first and last character.
 */
function byChar(phrases: Iterable<string>, at: 'first' | 'last'): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const p of phrases) {
    const k = at === 'first' ? p[0]! : p[p.length - 1]!;
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push(p);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}
const currencyByLast = byChar(currencyByWord.keys(), 'last');

/** A currency written just before an amount ("USD 3000", "$3000", "сом: 500"): its code and start. */
function currencyBefore(text: string, start: number): { code: string; at: number } | null {
  let i = start;
  for (let k = 0; k < 2 && i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0' || text[i - 1] === ':'); k++) i--;
  if (i > 0 && text[i - 1] === '.') i--;
  for (const w of currencyByLast.get(text[i - 1] ?? '') ?? []) {
    const at = i - w.length;
    if (at < 0 || !text.startsWith(w, at)) continue;
    // A word currency must start at a word boundary; a symbol need not.
    if (!symbols.has(w) && letterUnitAt(text, at - 1)) continue;
    return { code: currencyByWord.get(w)!, at };
  }
  return null;
}

const symbolsByFirst = byChar(symbols, 'first');
const wordsByFirst = byChar([...currencyByWord.keys()].filter((k) => !symbols.has(k)), 'first');
// A Kyrgyz case ending glued to a currency word ("1000 долларга", "сомго", "евродон"), in every vowel
// harmony, tried in the table's order (longer first where one begins another).
const KY_ENDINGS = money.kyrgyzEndings;

/**
 * A currency written just after an amount ("3000 $", "500 сом", "1000 долларга"), after at most two
 * spaces: its code and where it ends. A symbol needs no boundary; a word must not run into a following
 * letter ("tl" in "tly") unless through a Kyrgyz case ending. Longest symbol, then longest word, first.
 */
function currencyAfter(text: string, from: number): { code: string; end: number } | null {
  let i = from;
  for (let k = 0; k < 2 && (text[i] === ' ' || text[i] === '\u00a0'); k++) i++;
  const ch = text[i];
  if (ch === undefined) return null;
  for (const w of symbolsByFirst.get(ch) ?? []) {
    if (!text.startsWith(w, i)) continue;
    // A symbol with digits right after it is the next amount's: "Year 1-3 $265,847".
    return isAsciiDigit(text.charCodeAt(i + w.length)) ? null : { code: currencyByWord.get(w)!, end: i + w.length };
  }
  for (const w of wordsByFirst.get(ch) ?? []) {
    if (!text.startsWith(w, i)) continue;
    const e = i + w.length;
    const code = currencyByWord.get(w)!;
    for (const ending of KY_ENDINGS) if (text.startsWith(ending, e) && !letterAt(text, e + ending.length)) return { code, end: e + ending.length };
    if (!letterAt(text, e)) return { code, end: e };
  }
  return null;
}

const periodByPhrase = new Map<string, Period>();
for (const [p, byLang] of Object.entries(money.periods) as Array<[Period, Record<Lang, string[]>]>) {
  for (const lang of ['en', 'ru', 'ky'] as Lang[]) for (const w of byLang[lang]) periodByPhrase.set(w, p);
}
// Up to 24 other characters may stand between the amount and its period ("$3000 + tips per month").
const periodByFirst = byChar(periodByPhrase.keys(), 'first');
const periodByLast = byChar(periodByPhrase.keys(), 'last');
const GAP_STOP = new Set(['\n', '.', '!', '?', ';']);

/** The first pay period starting within 24 characters after `from`, in the same sentence; the gap before it ends at `gapEnd`. */
function periodAfter(text: string, from: number): { period: Period; gapEnd: number; end: number } | null {
  for (let p = from; p <= from + 24 && p < text.length; p++) {
    // A word starts after a non-letter; a "/" phrase anywhere ("руб/мес", "сом/ай").
    if (text[p] === '/' || !letterUnitAt(text, p - 1)) {
      for (const w of periodByFirst.get(text[p]!) ?? []) {
        if (text.startsWith(w, p) && !letterUnitAt(text, p + w.length)) return { period: periodByPhrase.get(w)!, gapEnd: p, end: p + w.length };
      }
    }
    if (GAP_STOP.has(text[p]!)) return null;
  }
  return null;
}

/** A pay period ending within 16 characters before `to` ("monthly salary $900", "айына 800$"), no digits between. */
function periodBefore(text: string, view: string, to: number): Period | null {
  for (let e = to; e >= Math.max(0, to - 16); e--) {
    if (e < to && (GAP_STOP.has(text[e]!) || /\d/.test(text[e]!))) return null;
    if (letterUnitAt(text, e)) continue;
    for (const w of periodByLast.get(text[e - 1] ?? '') ?? []) {
      const at = e - w.length;
      if (at >= 0 && text.startsWith(w, at) && !letterUnitAt(text, at - 1)) {
        // "(35 hours per week)Salary: $44,624", "6 days a week, $500": the week is the schedule's.
        return SCHEDULE.test(view.slice(Math.max(0, at - 16), at)) ? null : periodByPhrase.get(w)!;
      }
    }
  }
  return null;
}
// "ар 15 күн сайын" (every 15 days), "2 раза в месяц", "twice" written "2 times a month": a number just
// before the period counts it, or counts the payments in it.
const COUNT_BEFORE = /\d[ \u00a0]{0,2}(?:(?:раз[а-я]{0,2}|times?)[ \u00a0]{0,2})?$/;
// "6 days a week", "40 hrs/week", "35 hours per week", "жумасына 6 күн": a schedule, not the pay period
// (before a period phrase, after the amount or before it).
const SCHEDULE = onView(/\d\s{0,2}(?:hours?|hrs?|час\p{L}{0,2}|саат|days?|дн\p{L}{0,2}|күн|кун|смен\p{L}{0,2}|shifts?)\s{0,2}$/u);

/** Multipliers by word: a factor, and for the words that also name a currency ("т.р."), its code. */
const multiplierByWord = new Map<string, { factor: number; code?: string; below?: number }>();
for (const [w, factor] of Object.entries(money.multipliers)) multiplierByWord.set(w, { factor });
for (const m of money.currencyMultiples) for (const w of m.words) multiplierByWord.set(w, { factor: m.factor, code: m.code, below: m.below });
const multByFirst = byChar(multiplierByWord.keys(), 'first');
/**
 * A multiplier just after an amount ("5k", "50 тыс.", "2 million", "70 т.р."): its factor, its currency
 * when the word names one, and where it ends. Its full stop is taken when no letter follows it, or when
 * a currency does ("30 тыс.руб").
 */
function multiplierAfter(text: string, from: number): { factor: number; code?: string; below?: number; end: number } | null {
  const i = text[from] === ' ' || text[from] === '\u00a0' ? from + 1 : from;
  for (const w of multByFirst.get(text[i] ?? '') ?? []) {
    if (!text.startsWith(w, i)) continue;
    const e = i + w.length;
    const m = multiplierByWord.get(w)!;
    if (text[e] === '.' && (!letterAt(text, e + 1) || (m.code === undefined && currencyAfter(text, e + 1)))) return { ...m, end: e + 1 };
    if (!letterAt(text, e)) return { ...m, end: e };
  }
  return null;
}

/**
 * Does a currency or a multiplier follow `at` ("…45 67 сом", "120 000-150 000 т.р")? Then the digits
 * before it are an amount: contacts.ts asks this of what looks like a phone number.
 */
export function unitAfter(text: string, at: number): boolean {
  return currencyAfter(text, at) !== null || multiplierAfter(text, at) !== null;
}

const SHORTENED = new Set(money.shortened);
/**
 * The pay period after an amount that ends at `end`: the first within 24 characters (periodAfter),
 * or, past a full stop that shortens the currency word ("руб.", "долл."), one right after the stop
 * ("50 000 руб./мес", "3000 долл. в месяц"). Only right after it: in "200 000 руб. (оклад) + годовой
 * бонус" the year is the bonus's. Not "2р.в мес" ("twice a month": no space or slash after the stop).
 */
function periodAfterAmount(text: string, end: number): { period: Period; gapEnd: number; end: number } | null {
  const found = periodAfter(text, end);
  if (found || text[end] !== '.') return found;
  const next = text[end + 1];
  if (next !== ' ' && next !== '/' && next !== '\u00a0') return null;
  let s = end;
  while (s > 0 && letterUnitAt(text, s - 1)) s--;
  if (!SHORTENED.has(text.slice(s, end))) return null;
  const past = periodAfter(text, end + 1);
  return past && past.gapEnd <= end + 2 ? past : null;
}
// What joins the two ends of a range ("2000-3000", "от 2000 до 3000"), with at most two spaces each side.
const JOIN = '(?:-|–|—|~|to|до|по|чейин)';
const RANGE_JOIN = new RegExp(`^[ \u00a0]{0,2}${JOIN}[ \u00a0]{0,2}$`, 'u');

// A number: grouped thousands ("1 500", "12,000", "3.000") or plain digits, optional decimals. It must
// not follow a letter, digit or "+": checked in code (numbers()), since a leading lookbehind would stop
// V8 from skipping ahead to the next digit.
const NUMBER = onView(/(\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3}){1,3}|\d{1,9})(?:[.,](\d{1,2}))?(?![\p{N}])/gu);

/**
 * NUMBER's matches that follow no letter, digit or "+". A rejected start lies in a run of digits no
 * match can start inside (each digit follows a digit), so the search resumes after the run.
 */
function numbers(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    if (text.charCodeAt(m.index - 1) === 0x2b || wordCharBefore(text, m.index)) {
      let e = m.index + 1;
      while (e < text.length && isAsciiDigit(text.charCodeAt(e))) e++;
      NUMBER.lastIndex = e;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Words before an amount that make it something the worker pays, not pay. */
// Led by a word that must not follow a letter: checked in code (costContext), as a leading lookbehind
// stops V8 from scanning for the first letters (twice as slow, measured on these contexts).
const COST_CONTEXT = onView(/(?:fee|fees|cost|costs|deposit|charge|charged|pay us|paid by you|payment for|ticket|visa|registration|processing|price|deducted|deduct|debt|loan|взнос|сбор|стоимость|оплата за|оплатить|платно|долг|кредит|удерж\p{L}*|вычет\p{L}*|билет|виза|визы|оформлени\p{L}*|каттоо|төлөм|толом|төлөйсүз|тоголосуз|акысы|карыз|кармалат)(?![\p{L}])[^\n.!?,;]{0,20}$/gu);

/** Do the words before an amount make it a cost (COST_CONTEXT, at a word start)? */
function costContext(context: string): boolean {
  COST_CONTEXT.lastIndex = 0;
  for (let m = COST_CONTEXT.exec(context); m !== null; m = COST_CONTEXT.exec(context)) {
    if (!letterBefore(context, m.index)) return true;
    // Refused in mid-word: a match may still start one character on.
    COST_CONTEXT.lastIndex = afterCharAt(context, m.index);
  }
  return false;
}

export interface MoneyFacts {
  salary: SalaryFact[];
  costs: SalaryFact[];
}

interface Amount {
  value: number;
  start: number;
  end: number;
  /** The factor of the multiplier written after it ("5k", "50 тыс."), when one was applied. */
  factor?: number;
  /** The currency its multiplier word names ("70 т.р."). */
  code?: string;
}

/** The value of NUMBER's digits, the separators of grouped thousands skipped (at most 12 digits: exact). */
function parseNumber(whole: string, decimals: string | undefined): number {
  let value = 0;
  for (let i = 0; i < whole.length; i++) {
    const c = whole.charCodeAt(i);
    if (isAsciiDigit(c)) value = value * 10 + (c - 0x30);
  }
  return value + (decimals ? Number(`0.${decimals}`) : 0);
}

const NEAR_WORDS = 80;

// A range join after an amount in words, with an amount in digits after it ("five to 300 $"), or
// before it, after an amount in digits ("$300 to five"): the `$` signs a range join may carry included.
const JOIN_THEN_DIGIT = new RegExp(`^[ \u00a0$]{0,6}${JOIN}[ \u00a0$]{0,6}\\d`, 'u');
const JOIN_BEFORE = new RegExp(`${JOIN}[ \u00a0$]{0,6}$`, 'u');

/**
 * Does a currency stand next to one of the run's words, as extractMoney looks for one: after a word
 * (currencyAfter) or before one (currencyBefore)? An amount read from the run starts and ends where
 * its words do (compromise's offsets leave punctuation out, and the browser stand-in strips it), so
 * these are the only places its currency can be found. Asked exactly, not as "a currency somewhere
 * near": "uniform" and "farms" hold the ringgit's "rm", and that alone sent sentences to the tokenizer.
 */
function currencyNextToWord(text: string, run: { start: number; end: number }): boolean {
  let p = run.start;
  while (p < run.end) {
    if (currencyBefore(text, p)) return true;
    let q = p;
    while (q < run.end && letterUnitAt(text, q)) q++;
    if (currencyAfter(text, q)) return true;
    p = q;
    while (p < run.end && !letterUnitAt(text, p)) p++;
  }
  return false;
}

/**
 * Can an amount in words inside this run change what extractMoney finds? Only with a currency next
 * to it, or as one end of a range whose other end is an amount in digits. (A range of two amounts in
 * words matters only through a currency next to one of them, which that one's own run sees.) Runs
 * that cannot are not read: the sentence tokenizer costs ~100 µs a sentence, and "one of our team"
 * or "two children" are common.
 */
export function wordAmountMayCount(text: string, run: { start: number; end: number }): boolean {
  if (currencyNextToWord(text, run)) return true;
  if (JOIN_THEN_DIGIT.test(text.slice(run.end, run.end + 24))) return true;
  const before = text.slice(Math.max(0, run.start - 16), run.start);
  return JOIN_BEFORE.test(before) && /\d/.test(text.slice(Math.max(0, run.start - 60), run.start));
}

/**
 * `everySentence`: read every sentence with a number word near a currency, ungated and whole (for
 * tests: the reference the gated reading is held to).
 */
function scanAmounts(text: string, view: string, tokens: readonly Token[], hasLatin: boolean, everySentence = false): Amount[] {
  const out: Amount[] = [];
  for (const m of numbers(view)) {
    const value = parseNumber(m[1]!, m[2]);
    const end = m.index + m[0].length;
    const mult = multiplierAfter(text, end);
    const amount: Amount = { value, start: m.index, end };
    if (mult) {
      // "30.000-50.000 т.р": the thousands are written out, and the word names only the currency.
      if (mult.below === undefined || value < mult.below) {
        amount.value *= mult.factor;
        amount.factor = mult.factor;
      }
      amount.end = mult.end;
      if (mult.code) amount.code = mult.code;
    }
    out.push(amount);
  }
  if (hasLatin) {
    // Only sentences with a currency near a number word go through the tokenizer ("one day off" does
    // not): an amount in words counts only with a currency at most two spaces from it, and no run of
    // number words is longer than NEAR_WORDS characters. Of such a sentence, the stretch from its first
    // run of number words to its last is read (not the whole sentence: the tokenizer's cost grows with
    // the text it is given), so every amount in words of the sentence is found, in ranges as well.
    const seen = new Set<number>();
    const digitAmounts = out.length;
    const positions = numberWordPositions(tokens);
    for (const at of positions) {
      if (!everySentence && !wordAmountMayCount(text, numberRun(text, at))) continue;
      if (!ANY_CURRENCY.test(text.slice(Math.max(0, at - NEAR_WORDS), at + NEAR_WORDS))) continue;
      let a = at;
      while (a > 0 && !SENTENCE_END.has(text[a - 1]!)) a--;
      if (seen.has(a)) continue;
      seen.add(a);
      let b = at;
      while (b < text.length && !SENTENCE_END.has(text[b]!)) b++;
      if (!everySentence) {
        let first = at;
        let last = at;
        for (const p of positions) {
          if (p >= a && p < first) first = p;
          if (p < b && p > last) last = p;
        }
        a = numberRun(text, first).start;
        b = numberRun(text, last).end;
      }
      for (const w of readNumberWords(text.slice(a, b))) out.push({ value: w.value, start: a + w.start, end: a + w.end });
    }
    // The amounts in digits came in text order: sort only when amounts in words joined them.
    if (out.length > digitAmounts) sortSmall(out, (x, y) => x.start - y.start);
  }
  return out;
}

/** The currency after an amount, or the one its multiplier word names ("70 т.р."). */
function currencyOf(text: string, a: Amount): { code: string; end: number } | null {
  return a.code ? { code: a.code, end: a.end } : currencyAfter(text, a.end);
}

function toUsdMonthly(value: number, currency: string, period: Period | 'unspecified'): number | null {
  const rate = money.fx.usdPer[currency];
  if (rate === undefined) return null;
  const usd = value * rate;
  if (period === 'unspecified') return usd < 150 ? null : Math.round(usd); // "$25" alone is probably hourly: unknown
  return Math.round(usd * money.monthlyFactor[period]);
}

/** A stem of the data ("зарплат*", "заработн* плат*") as a regex source: `*` ends a stem, a space is any run of spaces. */
const stemSource = (w: string): string => w.split(' ').map((p) => (p.endsWith('*') ? `${escapeRegex(p.slice(0, -1))}\\p{L}*` : escapeRegex(p))).join('\\s+');
/** Words of the data (stemSource) as one regex alternation. */
const stemAlternation = (words: readonly string[]): string => words.map(stemSource).join('|');
/**
 * One of `words`, as a whole word, and then up to `reach` characters of the class `gap` to the end of
 * the text it is tested on (the stretch just before an amount).
 */
const wordBefore = (words: readonly string[], gap: string, reach: number): RegExp =>
  onView(new RegExp(`(?<![\\p{L}])(?:${stemAlternation(words)})(?![\\p{L}])${gap}{0,${reach}}$`, 'u'));

// "lift up to 50 pounds": a weight word earlier in the sentence, within 60 characters (money.json `weights`).
const WEIGHT_UNITS = new Set(money.weights.units);
const WEIGHT_BEFORE = wordBefore(money.weights.before, '[^\\n.!?;]', 60);

/** Is the amount at [start, end), whose currency word ends at `currencyEnd`, a weight ("lifting up to 55 pounds")? */
function isWeight(text: string, view: string, start: number, end: number, currencyEnd: number): boolean {
  if (!WEIGHT_UNITS.has(text.slice(end, currencyEnd).trim())) return false;
  return WEIGHT_BEFORE.test(view.slice(Math.max(0, start - 60), start));
}

/** The code of pay whose currency the ad does not give (ISO 4217's "no currency"). */
const NO_CURRENCY = 'XXX';
/** The pay words of money.json `unstated.labels` as one regex alternation (contacts.ts reads them too). */
export const PAY_WORDS = stemAlternation(money.unstated.labels);
// A pay word up to 24 characters before the amount, no digit or sentence end between (money.json `unstated`).
const LABEL_GAP = '[^\\d\\n.!?;%]';
const PAY_LABEL = wordBefore(money.unstated.labels, LABEL_GAP, 24);
// "Оплата до 20000 в месяц", "ставка 2500 за смену": pay only with a period after the amount.
const PERIOD_LABEL = wordBefore(money.unstated.periodLabels, LABEL_GAP, 24);
const NEXT_WORDS = new Set(money.unstated.nextWords);
const WORD_AFTER = /^[ \u00a0]{0,2}(\p{L}+|%)/u;

/**
 * Is an amount with no currency at [start, end) pay as the ad states it: after a pay word, at least
 * `unstated.min`, and not followed by a word that makes it a count or a share ("2 раза в месяц",
 * "40% от чека", "4 млн складских помещений")? A currency word glued to the next one in lower case
 * ("45000 рублейтерриториально") is such a word too, so no currency is made up for it.
 */
function unstatedPay(text: string, view: string, start: number, end: number, max: number): boolean {
  if (max < money.unstated.min) return false;
  const next = WORD_AFTER.exec(text.slice(end, end + 24));
  if (next && !NEXT_WORDS.has(next[1]!)) return false;
  const before = view.slice(Math.max(0, start - 48), start);
  return PAY_LABEL.test(before) || (PERIOD_LABEL.test(before) && payPeriodAfter(text, view, end) !== null);
}

/** The pay period written after an amount that ends at `end`, unless a number or a schedule stands before it ("25 000 сом, ар 15 күн сайын"). */
function payPeriodAfter(text: string, view: string, end: number): ReturnType<typeof periodAfterAmount> {
  const p = periodAfterAmount(text, end);
  if (!p) return null;
  const gap = view.slice(end, p.gapEnd);
  return SCHEDULE.test(gap) || COUNT_BEFORE.test(gap) ? null : p;
}

/**
 * `tokens`: the tokens of norm.text (tokenize(norm)). `yen`: the ad names Japan and not China, so "¥"
 * (and "￥", which normalising folds to it) is the yen, not the yuan it is read as otherwise:
 * "¥195,000 a month" in Osaka is a care worker's pay, not 27,000 USD.
 */
export function extractMoney(norm: Normalized, tokens: readonly Token[], hasLatin: boolean, everySentence = false, yen = false): MoneyFacts {
  const text = norm.text;
  // The regexes compiled onView read the view, at the text's offsets.
  const view = norm.view;
  const amounts = scanAmounts(text, view, tokens, hasLatin, everySentence);
  const salary: SalaryFact[] = [];
  const costs: SalaryFact[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    let b: Amount | undefined;
    const next = amounts[i + 1];
    // A range: "2000-3000$", "от 2000 до 3000 сом", "$2,000 to $3,000".
    const curMid = currencyOf(text, a);
    const joinEnd = curMid ? curMid.end : a.end;
    // The join is a few characters ("-", " to ", " до "), with "$", "£" and "€" signs dropped ("£20,000 -
    // £25,000"): no longer gap can be one.
    if (next && next.start > joinEnd && next.start - joinEnd <= 24 && RANGE_JOIN.test(text.slice(joinEnd, next.start).replace(/[$£€]/g, ''))) b = next;
    const last = b ?? a;
    let start = a.start;
    let end = last.end;
    let currency: string | undefined;
    // Without a range the amount ends where curMid was looked for.
    const after = b ? currencyOf(text, b) : curMid;
    if (after) {
      currency = after.code;
      end = after.end;
    } else if (curMid) {
      currency = curMid.code;
    }
    if (!currency) {
      const before = currencyBefore(text, start);
      if (before) {
        currency = before.code;
        start = before.at;
      }
    }
    if (b) i++;
    if (yen && currency === 'CNY' && text.slice(start, end).includes('¥')) currency = 'JPY';
    if (currency && after && isWeight(text, view, start, b ? b.end : a.end, after.end)) continue;
    let min = a.value;
    let max = b ? b.value : a.value;
    // "3-5k", "120-150 тыс. руб": the multiplier written once applies to both ends; not in "500-2k".
    if (b && b.factor !== undefined && a.factor === undefined && min * b.factor <= max) min *= b.factor;
    // "3-5000$": the thousands written out once.
    else if (b && max >= 1000 && min < 100 && max / min >= 100) min *= 1000;
    if (max < min) [min, max] = [max, min];
    if (!currency) {
      if (!unstatedPay(text, view, start, end, max)) continue;
      currency = NO_CURRENCY;
    }
    let period: Period | 'unspecified' = 'unspecified';
    const pAfter = payPeriodAfter(text, view, end);
    if (pAfter) {
      period = pAfter.period;
      end = pAfter.end;
    } else {
      period = periodBefore(text, view, start) ?? 'unspecified';
    }
    const o = toOriginal(norm, start, end);
    const fact: SalaryFact = {
      text: norm.original.slice(o.start, o.end),
      start: o.start,
      end: o.end,
      min,
      max,
      currency,
      period,
      monthlyUsdMin: toUsdMonthly(min, currency, period),
      monthlyUsdMax: toUsdMonthly(max, currency, period),
    };
    const context = view.slice(Math.max(0, start - 40), start);
    if (costContext(context)) {
      costs.push(fact);
      continue;
    }
    // "£30,000 - £40,000", "$120,000 - $150,000" with no period: a year's pay (`annualFrom`), up to
    // `annualCeilingUsd` a year ("loans of $50,000 to $500,000" is a company's figure). The period
    // stays unspecified; the monthly figures are a twelfth.
    const annualFrom = money.annualFrom[currency];
    if (period === 'unspecified' && annualFrom !== undefined && max >= annualFrom) {
      if (max * money.fx.usdPer[currency]! > money.annualCeilingUsd) continue;
      fact.monthlyUsdMin = toUsdMonthly(min, currency, 'year');
      fact.monthlyUsdMax = toUsdMonthly(max, currency, 'year');
    } else if ((fact.monthlyUsdMin ?? 0) > money.payCeilingMonthlyUsd) {
      // "Raised $30 million", "выручка $400 млн": a company's figure, not pay (rules/data/money.json).
      continue;
    }
    salary.push(fact);
  }
  return { salary, costs };
}
