import { analyseRegex } from '../match/literals.js';
import { onView } from '../match/view-source.js';
import { afterCharAt, isAsciiDigit, letterBefore, letterUnitAt, numberBefore } from '../text/chars.js';
import { toOriginal, type Normalized } from '../text/normalize.js';
import type { AgeFact } from './types.js';
import { sortSmall } from '../sort-small.js';

/**
 * Age requirements: "18-25 years", "aged 18 to 25", "от 18 до 25 лет", "18 жаштан 25 жашка чейин",
 * "jashy 18-25", "from 16", "16+", "under 30", "не старше 30". Only 14-70 counts as an age.
 */
// Kyrgyz typed in Latin letters writes жаш as "jash" or "zhash" (and чейин as "cheyin" or "cheiin").
const JASH = String.raw`(?:j|zh)ash`;
const CHEYIN = String.raw`(?:чейин|che[yi]in)`;
const AGE_WORD = String.raw`(?:years?(?:\s?old)?|y\.?\s?o\.?|yrs?|лет|года|годиков|let|goda|жаш\p{L}{0,6}|${JASH}\p{L}{0,6})`;
const AGE_CUE = String.raw`(?:ages?|aged|возраст\p{L}{0,3}|vozrast|жашы|жаш курагы|${JASH}y|${JASH} kuragy|age limit)`;
// The people an ad addresses, just before a bare "18-25", make it an age range too ("Girls 18-25",
// "girls should be 18-24").
const PEOPLE = String.raw`(?:girls?|women|ladies|boys|men|guys|девушки|девушек|девочки|женщины|парни|мужчины|devushki|devushek|кыздар|кыз-келиндер|жигиттер|эркектер|kyzdar|kyz-kelinder|jigitter|erkekter)`;
const PEOPLE_BEFORE = onView(new RegExp(String.raw`(?<![\p{L}])${PEOPLE}(?:\s(?:should|must)\sbe)?[\s,:-]{1,3}$`, 'u'));
// The words before a lower bound ("from 18", "старше 18").
const MIN_CUE = String.raw`(?:from|over|above|с|от|старше|min(?:imum)?\.?\s?age)`;
const RANGE = onView(new RegExp(
  String.raw`(?:${AGE_CUE}[\s:]{0,3}(?:от|from|between)?\s{0,2})?(?<![\p{N}])(\d{2})\s{0,2}(?:(?:жаш|${JASH})\p{L}{0,4}\s{0,2})?(?:-|–|—|to|до|and|и)\s{0,2}(\d{2})(?![\p{N}])(?:\s{0,2}${AGE_WORD}(?:\s{0,2}${CHEYIN})?)?`,
  'gu',
));
const KY_RANGE = onView(new RegExp(String.raw`(?<![\p{N}])(\d{2})\s{0,2}(?:жаштан|${JASH}tan)\s{0,2}(\d{2})\s{0,2}(?:жаш|${JASH})\p{L}{0,4}(?:\s{0,2}${CHEYIN})?`, 'gu'));
// Kyrgyz "17ден жогору" (17 and over), "35ке чейин" (up to 35), with the case ending on the digits.
const KY_MIN = onView(/(?<![\p{N}])(\d{2})\s?-?\s?(?:(?:ден|дан|тен|тан|дөн|дон)\s{0,2}(?:жогору|баштап|өйдө|ойдо)|(?:den|dan|ten|tan|dön|don)\s{0,2}(?:jogoru|bashtap|öidö|oido))/gu);
const KY_MAX = onView(new RegExp(String.raw`(?<![\p{N}])(\d{2})\s?-?\s?(?:(?:ке|ка|ге|га|кө|ко)\s{0,2}чейин|(?:ke|ka|ge|ga|kö|ko)\s{0,2}che[yi]in)`, 'gu'));
// MIN_ONLY and MAX_ONLY start where no letter (an alternative led by a word) or no number (one led by
// digits) stands before them. That boundary is checked in code (boundaryBefore), not by a leading
// lookbehind: with one, V8 tried every alternative at every position of a window (5.6 against 0.7 µs
// a window, measured on the dense English ads).
const MIN_ONLY = onView(new RegExp(
  String.raw`${MIN_CUE}\s{0,2}(\d{2})\s{0,2}${AGE_WORD}|(\d{2})\s?\+(?!\s?\d)|(\d{2})\s{0,2}(?:жаштан(?:\s{0,2}(?:баштап|жогору))?|${JASH}tan(?:\s{0,2}(?:bashtap|jogoru))?)|${AGE_CUE}[\s:]{0,3}(?:from|от)\s{0,2}(\d{2})(?![\p{N}])`,
  'gu',
));
const MAX_ONLY = onView(new RegExp(
  String.raw`(?:under|up to|below|not older than|до|не старше|младше)\s{0,2}(\d{2})\s{0,2}${AGE_WORD}|(\d{2})\s{0,2}(?:жашка|${JASH}ka)\s{0,2}${CHEYIN}|(?:under|не старше)\s(\d{2})(?![\p{N}\p{L}])`,
  'gu',
));
const BOUNDARY_IN_CODE = new Set([MIN_ONLY, MAX_ONLY]);
/**
 * The leading lookbehind of the alternative a match of MIN_ONLY or MAX_ONLY took: no number before one
 * that starts with a digit, no letter before any other. Alternatives led by the same kind of character
 * share their lookbehind, so this is the regex's own answer at that position.
 */
function boundaryBefore(text: string, at: number): boolean {
  return !(isAsciiDigit(text.charCodeAt(at)) ? numberBefore : letterBefore)(text, at);
}

const isAge = (n: number): boolean => n >= 14 && n <= 70;

/**
 * What follows a number read as an age and shows it counts something else: the years of a career or
 * of a company ("over 15 years of experience", "15+ years in the industry", "over 15 years of
 * history"), a head count ("15+ people", "20+ countries"), or an audience ("16-24 year-old readers").
 * Ordinary employers write these in their company profiles, and read as ages they made a minor-age
 * signal out of "15+" or "over 15 years". A career or company needs its "years": "Girls 18-25
 * experience not needed" keeps its age. What follows is read as words with Sets, not with regexes:
 * a regex is compiled on its first use, and nearly every ad's first screen meets an age-like number.
 * The two checks of what comes before (a duration, children) stay regexes: they are asked only of a
 * lower bound in years and of an upper bound.
 */
const YEARS = new Set(['year', 'years', 'yr', 'yrs', 'лет', 'года']);
const CAREER = new Set([
  'relevant', 'professional', 'industry', 'proven', 'practical', 'combined', 'hands', 'work', 'working', 'field', 'sales', 'management', 'leadership', 'international', 'commercial', 'technical', 'successful', 'continuous',
  // "18+ years of overall experience", "over 20 years in the mobile industry"
  'overall', 'total', 'cumulative', 'progressive', 'prior', 'previous', 'related', 'direct', 'corporate', 'consulting', 'mobile', 'software', 'digital', 'retail', 'financial', 'banking', 'healthcare', 'technology', 'media', 'marketing', 'engineering',
]);
const CAREER_NOUNS = new Set(['experience', 'expertise', 'history', 'service', 'practice', 'operation', 'operations', 'record', 'industry', 'business', 'market', 'field', 'sector', 'trade', 'profession', 'ago']);
const COUNT_NOUNS = new Set([
  'people', 'persons', 'employees', 'staff', 'colleagues', 'members', 'clients', 'customers', 'countries', 'cities', 'offices', 'locations', 'stores', 'shops', 'restaurants', 'hotels', 'venues', 'languages', 'partners', 'projects', 'brands', 'nationalities', 'specialists', 'engineers', 'developers', 'professionals',
  // "50+ accounts", "43+ centres", "35+ collaborators"
  'accounts', 'speakers', 'centres', 'centers', 'collaborators', 'branches', 'sites', 'schools', 'students', 'teachers', 'teams', 'companies', 'markets', 'events', 'courses', 'products', 'vehicles', 'trucks', 'apps', 'games',
]);
/** Units a number measures other than years of age: "lift 65+ lbs", "if your dog is under 30 pounds", "40+ hours a month". */
const UNITS = new Set(['pounds', 'pound', 'lbs', 'lb', 'kg', 'kilos', 'kilograms', 'minutes', 'mins', 'hours', 'hrs', 'days', 'weeks', 'months', 'miles', 'km', 'percent', 'mph', 'feet', 'ft', 'meters', 'metres', 'inches', 'кг', 'минут', 'часов', 'часа', 'дней', 'км', 'процентов']);
/** Words that describe the people counted, whose age an "18+" before them may be: "18+ female staff", "18+ young professionals". */
const PERSON_WORDS = new Set(['female', 'male', 'young', 'women', 'woman', 'men', 'girls', 'girl', 'ladies', 'boys', 'single', 'attractive', 'pretty', 'beautiful', 'slim', 'student', 'foreign', 'local']);
const AUDIENCE = new Set(['readers', 'audience', 'audiences', 'users', 'viewers', 'followers', 'fans', 'consumers', 'customers', 'shoppers', 'eyes', 'players', 'gamers', 'demographic', 'market']);
// Russian, after "лет": "опыта", "стажа", "назад", "на рынке", "в сфере", "в отрасли".
const RU_AFTER = new Set(['опыта', 'стажа', 'назад']);
const RU_FIELD = new Set(['рынке', 'сфере', 'отрасли']);
const isGap = (c: number): boolean => c === 0x20 || c === 0x2d || c === 0xa0 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Up to `max` words after `at`: runs of letters apart by spaces or hyphens (at most three characters;
 * a word may end in one dot, "yrs."). Stops at any other character, as the age forms' own gaps do.
 */
function wordsAfter(text: string, at: number, max: number): string[] {
  const out: string[] = [];
  let i = at;
  while (out.length < max) {
    let gap = 0;
    while (gap < 3 && isGap(text.charCodeAt(i))) {
      i++;
      gap++;
    }
    const start = i;
    while (letterUnitAt(text, i)) i++;
    if (i === start) break;
    out.push(text.slice(start, i));
    if (text.charCodeAt(i) === 0x2e) i++;
  }
  return out;
}

/** Do `w[k]...` read "(of|in|on) (the) (career word){0,2} career noun" (or "track record")? */
function readsACareer(w: readonly string[], k: number): boolean {
  if (w[k] === 'of' || w[k] === 'in' || w[k] === 'on') k++;
  if (w[k] === 'the') k++;
  for (let n = 0; n < 2 && CAREER.has(w[k] ?? '') && !CAREER_NOUNS.has(w[k] ?? ''); n++) k += w[k] === 'hands' && w[k + 1] === 'on' ? 2 : 1;
  return CAREER_NOUNS.has(w[k] ?? '') || (w[k] === 'track' && w[k + 1] === 'record');
}
/** "for over 15 years", "in the past 20 years": a lower bound in years after these is a length of time. */
const DURATION_BEFORE = onView(/(?:^|[^\p{L}])(?:for|since|past|last|than|about|almost|nearly)\s{1,2}$/u);
/**
 * "insurance for children under 16", "ДМС на детей до 16 лет", "детей от 3 до 16 лет": an upper bound
 * on children is the age of an employee's children (a benefit) or of the children in care. Only an
 * upper bound: "берём детей от 14 лет" hires children, and keeps its age.
 */
const CHILDREN_BEFORE = onView(/(?:^|[^\p{L}])(?:children|kids|child|детей|дети|детям|ребенка|ребёнка|ребенку|ребёнку)\s{1,2}(?:(?:aged|age|from|в возрасте|от)\s{1,2})?(?:\d{1,2}\s{0,2})?$/u);

/** Does the age-like match text[start, end) count something other than the age of whom the ad hires? */
function countsSomethingElse(text: string, start: number, end: number, bound: 'lower' | 'upper' | 'range'): boolean {
  const w = wordsAfter(text, end, 7);
  if (COUNT_NOUNS.has(w[0] ?? '') || UNITS.has(w[0] ?? '') || (w[0] === 'team' && w[1] === 'members')) return true;
  // "20+ guest speakers", "30+ retail locations": one word before the count, unless it describes people ("18+ female staff").
  if (COUNT_NOUNS.has(w[1] ?? '') && !PERSON_WORDS.has(w[0] ?? '')) return true;
  if ((w[0] === 'old' || w[0] === 'olds') && AUDIENCE.has(w[1] ?? '')) return true;
  if (YEARS.has(w[0] ?? '') && readsACareer(w, 1)) return true;
  if (bound === 'upper' && CHILDREN_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  // The match's own last word is its "years".
  let last = end;
  while (last > start && letterUnitAt(text, last - 1)) last--;
  if (!YEARS.has(text.slice(last, end))) return false;
  if (readsACareer(w, 0) || RU_AFTER.has(w[0] ?? '') || ((w[0] === 'на' || w[0] === 'в') && RU_FIELD.has(w[1] ?? ''))) return true;
  return bound === 'lower' && DURATION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

const LETTER = onView(/\p{L}/u);
const JOIN_WORD = onView(/(?<![\p{L}])(?:to|до|and|и|from|от|between)(?![\p{L}])/gu);

const TWO_DIGITS = /(?<!\d)\d\d(?!\d)/g;
const WORDISH = onView(/[\p{L}\p{N}]/u);
const REACH = 40;

/**
 * Every age form holds a two-digit number with its words within a few dozen characters, so the age
 * regexes run on windows around those numbers, not on the whole ad. A window is widened to word
 * boundaries, so that a lookbehind at its edge sees what it would see in the full text.
 */
function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  TWO_DIGITS.lastIndex = 0;
  for (let m = TWO_DIGITS.exec(text); m !== null; m = TWO_DIGITS.exec(text)) {
    const n = Number(m[0]);
    // Not an age: out of range, or a group of a longer number ("45,000", "0555 12 34 56").
    if (n < 14 || n > 70 || /^[,.]\d/.test(text.slice(m.index + 2, m.index + 4)) || /\d[ ,.]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    let a = Math.max(0, m.index - REACH);
    let b = Math.min(text.length, m.index + 2 + REACH);
    while (a > 0 && WORDISH.test(text[a - 1]!)) a--;
    while (b < text.length && WORDISH.test(text[b]!)) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Literals every match of a regex contains (the rule regexes' analysis), or null: run it everywhere. */
const needsOf = new Map<RegExp, string[] | null>();
for (const re of [RANGE, KY_RANGE, KY_MIN, KY_MAX, MIN_ONLY, MAX_ONLY]) needsOf.set(re, analyseRegex(re.source).needs);

/**
 * Gates for the age regexes the analysis finds no literals in (a one-character "+", "-" or "и" in an
 * alternative defeats it) or only common ones ("до"), built from the same parts as the regexes, so
 * that they do not run over every window. A window must hold a match of each of a regex's gates:
 * - every MIN_ONLY match holds a match of each of these two: its four alternatives each contain a
 *   lower-bound cue, "+", "жаштан" or an age cue, and each contains an age word ("жаштан" is one),
 *   "+" or an age cue. The first alone passes nearly every Russian window ("с", "от"), the second
 *   nearly every English one ("yo" in "you");
 * - every MAX_ONLY match holds an age word ("жашка" is one), "under" or "не старше" (its literals
 *   alone would let "до" through);
 * - a RANGE match is kept only with a letter besides its join words (from AGE_CUE, "жаш…" or
 *   AGE_WORD, which also ends in "чейин") or with the people it addresses just before it (inside the
 *   window, which reaches 40 characters before the number): a window holding none of these gives no
 *   age, whatever RANGE matches in it.
 */
const gatesOf = new Map<RegExp, RegExp[]>([
  [MIN_ONLY, [onView(new RegExp(String.raw`${MIN_CUE}|\d\s?\+|жаштан|${JASH}tan|${AGE_CUE}`, 'u')), onView(new RegExp(String.raw`${AGE_WORD}|\d\s?\+|${AGE_CUE}`, 'u'))]],
  [MAX_ONLY, [onView(new RegExp(String.raw`${AGE_WORD}|under|не старше`, 'u'))]],
  [RANGE, [onView(new RegExp(String.raw`${AGE_CUE}|жаш|${AGE_WORD}|${PEOPLE}`, 'u'))]],
]);

/**
 * Matches of `re` inside the windows (skipping windows without its literals), with indices into the
 * whole text. (An exec loop on the shared regex: matchAll copies the regex at every call, and a
 * generator costs a suspension per match.) No age regex matches the empty string.
 */
function inWindows(spans: ReadonlyArray<{ at: number; text: string }>, re: RegExp, ungated: boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const needs = ungated ? null : needsOf.get(re);
  const gates = ungated ? undefined : gatesOf.get(re);
  const boundary = BOUNDARY_IN_CODE.has(re);
  for (const w of spans) {
    if (needs && !needs.some((s) => w.text.includes(s))) continue;
    if (gates && !gates.every((g) => g.test(w.text))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(w.text); m !== null; m = re.exec(w.text)) {
      // Refused where the lookbehind would refuse it: resume one character on, as the regex would.
      if (boundary && !boundaryBefore(w.text, m.index)) {
        re.lastIndex = afterCharAt(w.text, m.index);
        continue;
      }
      m.index += w.at;
      out.push(m);
    }
  }
  return out;
}

/** `ungated`: run every age regex over every window, literals or not (for tests). */
export function extractAges(norm: Normalized, ungated = false): AgeFact[] {
  // The age regexes read the view (onView): with the text's offsets, and digits as they are.
  const text = norm.view;
  const out: AgeFact[] = [];
  const spans = windows(text).map(([a, b]) => ({ at: a, text: text.slice(a, b) }));
  if (spans.length === 0) return out;
  const taken: Array<[number, number]> = [];
  const push = (s: number, e: number, min: number | null, max: number | null): void => {
    if (taken.some(([a, b]) => s < b && a < e)) return;
    taken.push([s, e]);
    const o = toOriginal(norm, s, e);
    out.push({ min, max, text: norm.original.slice(o.start, o.end), start: o.start, end: o.end });
  };
  for (const m of inWindows(spans, KY_RANGE, ungated)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (isAge(a) && isAge(b) && a < b) push(m.index, m.index + m[0].length, a, b);
  }
  for (const m of inWindows(spans, RANGE, ungated)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const hasCue = LETTER.test(m[0].replace(JOIN_WORD, ''));
    // Without an age word, a cue or the people addressed, "18-25" could be anything (a date, a size).
    if (!hasCue && !PEOPLE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (countsSomethingElse(text, m.index, m.index + m[0].length, 'range')) continue;
    if (isAge(a) && isAge(b) && a < b) push(m.index, m.index + m[0].length, a, b);
  }
  for (const m of inWindows(spans, KY_MAX, ungated)) {
    const n = Number(m[1]);
    if (isAge(n)) push(m.index, m.index + m[0].length, null, n);
  }
  for (const m of inWindows(spans, KY_MIN, ungated)) {
    const n = Number(m[1]);
    if (isAge(n)) push(m.index, m.index + m[0].length, n, null);
  }
  for (const m of inWindows(spans, MAX_ONLY, ungated)) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    if (isAge(n) && !countsSomethingElse(text, m.index, m.index + m[0].length, 'upper')) push(m.index, m.index + m[0].length, null, n);
  }
  for (const m of inWindows(spans, MIN_ONLY, ungated)) {
    const n = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (isAge(n) && !countsSomethingElse(text, m.index, m.index + m[0].length, 'lower')) push(m.index, m.index + m[0].length, n, null);
  }
  return sortSmall(out, (x, y) => x.start - y.start);
}
