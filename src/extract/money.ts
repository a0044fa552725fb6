import { money, type Period } from '../data.js';
import type { Lang } from '../schema/rule.js';
import { toOriginal, type Normalized } from '../text/normalize.js';
import { NUMBER_WORD, readNumberWords } from './number-words.js';
import type { SalaryFact } from './types.js';

/**
 * Money amounts with currency and period, normalised to monthly USD. Numbers are scanned once,
 * left to right, with bounded quantifiers (an unbounded `\d[\d,.\s]*` goes quadratic on long digit runs).
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

const currencyByWord = new Map<string, string>();
const symbols = new Set<string>();
for (const c of money.currencies) {
  for (const s of c.symbols) {
    currencyByWord.set(s, c.code);
    symbols.add(s);
  }
  for (const lang of ['en', 'ru', 'ky'] as Lang[]) for (const w of c[lang]) currencyByWord.set(w, c.code);
}
const CUR = alternation(currencyByWord.keys());
// A currency word must not run into a following letter ("tl" in "tly"), except a Kyrgyz case ending
// glued to it ("1000 долларга", "$дан"); a symbol needs no boundary.
const KY_ENDING = '(?:га|ка|дан|тан|ден|тен|да|та|дин|дын|ге|ке|ча)?';
const CUR_AFTER = new RegExp(`^[ \\u00a0]{0,2}(?:(${alternation(symbols)})|(${alternation([...currencyByWord.keys()].filter((k) => !symbols.has(k)))})${KY_ENDING}(?![\\p{L}]))`, 'u');
const ANY_CURRENCY = new RegExp(`(?:${alternation(symbols)})|(?<![\\p{L}])(?:${alternation([...currencyByWord.keys()].filter((k) => !symbols.has(k)))})`, 'u');
const CUR_BEFORE = new RegExp(`(?<![\\p{L}])(${CUR})\\.?[ \\u00a0:]{0,2}$`, 'u');

const periodByPhrase = new Map<string, Period>();
for (const [p, byLang] of Object.entries(money.periods) as Array<[Period, Record<Lang, string[]>]>) {
  for (const lang of ['en', 'ru', 'ky'] as Lang[]) for (const w of byLang[lang]) periodByPhrase.set(w, p);
}
const PERIOD = alternation(periodByPhrase.keys());
// Up to 24 other characters may stand between the amount and its period ("$3000 + tips per month").
const PERIOD_AFTER = new RegExp(`^[^\\n.!?;]{0,24}?(?<![\\p{L}])(${PERIOD})(?![\\p{L}])`, 'u');
// "6 days a week", "жумасына 6 күн": a schedule, not the pay period.
const SCHEDULE = /\d\s{0,2}(?:days?|дн\p{L}{0,2}|күн|кун|смен\p{L}{0,2}|shifts?)\s{0,2}$/u;
const PERIOD_BEFORE = new RegExp(`(?<![\\p{L}])(${PERIOD})(?![\\p{L}])[^\\n.!?;\\d]{0,16}$`, 'u');

const MULT = alternation(Object.keys(money.multipliers));
const MULT_AFTER = new RegExp(`^[ \\u00a0]?(${MULT})\\.?(?![\\p{L}])`, 'u');
const RANGE_JOIN = /^[ \u00a0]{0,2}(?:-|–|—|~|to|до|по|чейин)[ \u00a0]{0,2}$/u;

// A number: grouped thousands ("1 500", "12,000", "3.000") or plain digits, optional decimals.
const NUMBER = /(?<![\p{L}\p{N}+])(\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3}){1,3}|\d{1,9})(?:[.,](\d{1,2}))?(?![\p{N}])/gu;

/** Words before an amount that make it something the worker pays, not pay. */
const COST_CONTEXT = /(?<![\p{L}])(?:fee|fees|cost|costs|deposit|charge|charged|pay us|paid by you|payment for|ticket|visa|registration|processing|price|deducted|deduct|debt|loan|взнос|сбор|стоимость|оплата за|оплатить|платно|долг|кредит|удерж\p{L}*|вычет\p{L}*|билет|виза|визы|оформлени\p{L}*|каттоо|төлөм|толом|төлөйсүз|тоголосуз|акысы|карыз|кармалат)(?![\p{L}])[^\n.!?,;]{0,20}$/u;

export interface MoneyFacts {
  salary: SalaryFact[];
  costs: SalaryFact[];
}

interface Amount {
  value: number;
  start: number;
  end: number;
}

function parseNumber(whole: string, decimals: string | undefined): number {
  const digits = whole.replace(/[ \u00a0\u202f,.'’]/g, '');
  return Number(digits) + (decimals ? Number(`0.${decimals}`) : 0);
}

function scanAmounts(text: string, hasLatin: boolean): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(NUMBER)) {
    let value = parseNumber(m[1]!, m[2]);
    let end = m.index + m[0].length;
    const mult = MULT_AFTER.exec(text.slice(end, end + 12));
    if (mult) {
      value *= money.multipliers[mult[1]!]!;
      end += mult[0].length;
    }
    out.push({ value, start: m.index, end });
  }
  if (hasLatin && NUMBER_WORD.test(text)) {
    // Only sentences with a number word AND a currency go through the tokenizer ("one day off" does not).
    const re = /[^.!?\n]+/g;
    for (const s of text.matchAll(re)) {
      if (!NUMBER_WORD.test(s[0]) || !ANY_CURRENCY.test(s[0])) continue;
      for (const w of readNumberWords(s[0])) out.push({ value: w.value, start: s.index + w.start, end: s.index + w.end });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

function toUsdMonthly(value: number, currency: string, period: Period | 'unspecified'): number | null {
  const rate = money.fx.usdPer[currency];
  if (rate === undefined) return null;
  const usd = value * rate;
  if (period === 'unspecified') return usd < 150 ? null : Math.round(usd); // "$25" alone is probably hourly: unknown
  return Math.round(usd * money.monthlyFactor[period]);
}

export function extractMoney(norm: Normalized, hasLatin: boolean): MoneyFacts {
  const text = norm.text;
  const amounts = scanAmounts(text, hasLatin);
  const salary: SalaryFact[] = [];
  const costs: SalaryFact[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    let b: Amount | undefined;
    const next = amounts[i + 1];
    // A range: "2000-3000$", "от 2000 до 3000 сом", "$2,000 to $3,000".
    let joinEnd = a.end;
    const after0 = text.slice(a.end, a.end + 24);
    const curMid = CUR_AFTER.exec(after0);
    if (curMid) joinEnd = a.end + curMid[0].length;
    const curCode = (m: RegExpExecArray): string | undefined => currencyByWord.get(m[1] ?? m[2]!);
    if (next && next.start > joinEnd && RANGE_JOIN.test(text.slice(joinEnd, next.start).replace(/\$/g, ''))) b = next;
    const last = b ?? a;
    let start = a.start;
    let end = last.end;
    let currency: string | undefined;
    const after = CUR_AFTER.exec(text.slice(end, end + 24));
    if (after) {
      currency = curCode(after);
      end += after[0].length;
    } else if (curMid) {
      currency = curCode(curMid);
    }
    if (!currency) {
      const before = CUR_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
      if (before) {
        currency = currencyByWord.get(before[1]!);
        start -= before[0].length;
      }
    }
    if (b) i++;
    if (!currency) continue;
    let period: Period | 'unspecified' = 'unspecified';
    const pAfter = PERIOD_AFTER.exec(text.slice(end, end + 48));
    if (pAfter && !SCHEDULE.test(pAfter[0].slice(0, pAfter[0].length - pAfter[1]!.length))) {
      period = periodByPhrase.get(pAfter[1]!)!;
      end += pAfter[0].length;
    } else {
      const pBefore = PERIOD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (pBefore) period = periodByPhrase.get(pBefore[1]!)!;
    }
    let min = a.value;
    let max = b ? b.value : a.value;
    // "3-5k": the multiplier written once applies to both ends.
    if (b && max >= 1000 && min < 100 && max / min >= 100) min *= 1000;
    if (max < min) [min, max] = [max, min];
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
    const context = text.slice(Math.max(0, start - 40), start);
    (COST_CONTEXT.test(context) ? costs : salary).push(fact);
  }
  return { salary, costs };
}
