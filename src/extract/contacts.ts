import { lexicon, REGION_CODES } from '../data.js';
import { isAsciiDigit, wordCharBefore } from '../text/chars.js';
import { perWord } from '../text/words.js';
import { onView } from '../match/view-source.js';
import { toOriginal, type Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { PAY_WORDS, unitAfter } from './money.js';
import type { ContactFact } from './types.js';
import { sortSmall } from '../sort-small.js';

/** Calling codes of the countries recruitment in the region runs through, longest first when matching. */
const CALLING_CODES: Record<string, string> = {
  '996': 'KG', '971': 'AE', '973': 'BH', '966': 'SA', '974': 'QA', '965': 'KW', '968': 'OM', '998': 'UZ', '992': 'TJ',
  '993': 'TM', '994': 'AZ', '995': 'GE', '374': 'AM', '375': 'BY', '380': 'UA', '357': 'CY', '855': 'KH', '856': 'LA',
  '972': 'IL', '961': 'LB', '962': 'JO', '90': 'TR', '82': 'KR', '86': 'CN', '66': 'TH', '95': 'MM', '48': 'PL', '44': 'GB',
  '49': 'DE', '30': 'GR', '81': 'JP', '60': 'MY', '84': 'VN', '63': 'PH', '39': 'IT', '34': 'ES', '33': 'FR', '7': 'RU/KZ', '1': 'US/CA',
};
const CODES_BY_LENGTH = Object.keys(CALLING_CODES).sort((a, b) => b.length - a.length);

const EMAIL = onView(/[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,4}\.\p{L}{2,24}/uy);
const LOCAL_CHAR = onView(/[\p{L}\p{N}._%+-]/u);

/**
 * E-mails in the view, found from each "@" (a scan of the whole ad with a leading character class is
 * slow), as [index, end) ranges.
 */
function emails(text: string): Array<{ index: number; end: number }> {
  const out: Array<{ index: number; end: number }> = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    // The leftmost start that still gives a match, as a left-to-right scan would find it.
    for (let s = start; s < at; s++) {
      EMAIL.lastIndex = s;
      const m = EMAIL.exec(text);
      if (m) {
        out.push({ index: s, end: s + m[0].length });
        from = s + m[0].length;
        at = Math.max(at, from - 1);
        break;
      }
    }
  }
  return out;
}
const URL = onView(/(?<![\p{L}\p{N}@])(?:https?:\/\/|www\.|t\.me\/|wa\.me\/)[^\s<>"'()]{1,200}/gu);
// A bare company domain ("careers.vistuladata.pl", "northfieldagri.co.uk/jobs").
const DOMAIN = onView(/(?<![\p{L}\p{N}@.\/_-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}(?:com|org|net|info|biz|io|co|kg|ru|kz|uz|ua|by|tr|ae|kr|cn|pl|de|uk|eu|gov|edu|me|ge|am|az|lt|cz|jp|th)(?:\/[^\s<>"'()]{0,100})?(?![\p{L}\p{N}])/gu);
// Not followed by "/": "@microsoft/rush" is a package's scope, not an account.
const HANDLE = onView(/(?<![\p{L}\p{N}._@\/])@[a-z0-9_][a-z0-9_.]{2,31}(?![\p{L}\p{N}\/])/gu);
/** "follow us on Twitter (@acme_jobs)": a company's own account to follow, not a contact to apply through. */
const FOLLOW_BEFORE = /(?:follow|following)\s+(?:us|me)(?:\s+on\s+[a-z]+)?[\s:(]{0,3}$/;
// 7-15 digits with single separators; an international prefix or at least 9 digits makes it a phone.
// Starts with "+", "(" or a digit so V8 can scan for those; the boundary before it is checked in code.
const PHONE = onView(/(?:(\+|00)[ ]?)?\(?\d(?:[ \-.()\u00a0]{0,2}\d){6,14}(?![\p{N}])/gu);
const TLD_HINT = /\.(?:com|org|net|info|biz|io|co|kg|ru|kz|uz|ua|by|tr|ae|kr|cn|pl|de|uk|eu|gov|edu|me|ge|am|az|lt|cz|jp|th)(?![a-z])/g;
const DOMAIN_AT = new RegExp(DOMAIN.source, 'uy');
const isDomainChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || isAsciiDigit(c) || c === 0x2e || c === 0x2d;

/**
 * Bare domains, found from each ".com"-like ending: a domain can only start where the run of
 * [a-z0-9.-] before that ending starts (DOMAIN's lookbehind rejects any start inside the run), so
 * DOMAIN is tried there alone instead of at every position of the ad. Same matches, in the same order.
 */
function domains(text: string): Array<{ index: number; end: number }> {
  const out: Array<{ index: number; end: number }> = [];
  let done = -1;
  TLD_HINT.lastIndex = 0;
  for (let m = TLD_HINT.exec(text); m !== null; m = TLD_HINT.exec(text)) {
    let start = m.index;
    while (start > 0 && isDomainChar(text.charCodeAt(start - 1))) start--;
    if (start <= done) continue;
    done = start;
    DOMAIN_AT.lastIndex = start;
    const d = DOMAIN_AT.exec(text);
    if (!d) continue;
    done = start + d[0].length;
    TLD_HINT.lastIndex = Math.max(TLD_HINT.lastIndex, done);
    out.push({ index: start, end: done });
  }
  return out;
}

/**
 * Runs of the characters a phone number is written with, long enough to hold 7 digits (greedy, so
 * each is a whole run: a shorter one has too few characters, and a match never starts inside a run).
 */
const PHONE_RUN = /[0-9 \-.()\u00a0+]{7,}/g;

/**
 * PHONE matches, searched only in runs of phone characters with at least 7 digits (a match uses no
 * other character, so it cannot cross a run's edge), instead of trying the regex at every position.
 */
function phones(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  PHONE_RUN.lastIndex = 0;
  for (let run = PHONE_RUN.exec(text); run !== null; run = PHONE_RUN.exec(text)) {
    const start = run.index;
    const i = start + run[0].length;
    let digits = 0;
    for (let k = start; k < i; k++) if (isAsciiDigit(text.charCodeAt(k))) digits++;
    if (digits < 7) continue;
    // One character past the run (two for a surrogate pair), so the lookahead sees what follows.
    const sub = text.slice(start, Math.min(n, i + 2));
    PHONE.lastIndex = 0;
    for (let m = PHONE.exec(sub); m !== null; m = PHONE.exec(sub)) {
      if (m.index >= i - start) break;
      m.index += start;
      out.push(m);
    }
  }
  return out;
}
/**
 * Two round numbers joined by a hyphen ("15000-25000", "100000 - 120000"): a pay range written
 * without its currency, not a phone number (phones do not end in 00 on both sides of a hyphen).
 */
const ROUND_RANGE = /^\d{2,5}00 ?- ?\d{2,5}00$/;
/** Working hours ("2/2 09.00-21.00", "(09:30-18:30)"): two times of day joined by a dash. */
const TIME_RANGE = /(?:^|[^\d])(?:[01]?\d|2[0-4])[.:][0-5]\d ?[-–] ?(?:[01]?\d|2[0-4])[.:][0-5]\d$/;
/**
 * A range just after a pay word ("Salary range: 23040-28800", "зп от 120 000-150 000", "Заработная
 * плата 40 000-50 000"): two amounts that start with no 0 (a local phone does), joined by a dash.
 */
const PAY_BEFORE = new RegExp(`(?:${PAY_WORDS})(?:[ \u00a0:.,(\\-–—]|range|from|of|gross|net|плата|от|до)*$`, 'iu');
const AMOUNT_RANGE = /^[1-9][\d .\u00a0]*[-–] ?[1-9][\d .\u00a0]*$/;

/** Is this phone-like match (m, text[s, e)) an amount or the hours of a shift rather than a phone? */
function notAPhone(text: string, raw: string, s: number, e: number): boolean {
  const digits = raw.trim();
  if (unitAfter(text, e) || ROUND_RANGE.test(digits) || TIME_RANGE.test(digits)) return true;
  return AMOUNT_RANGE.test(digits) && PAY_BEFORE.test(text.slice(Math.max(0, s - 40), s));
}

/**
 * A US ZIP code after its state's code, with the house number of the next address glued on when a
 * scrape dropped the line break ("Houston TX 770921100 E Nasa Pkwy", "Corpus Christi TX 7840115600"):
 * five digits with no separator, right after two capitals that are a state or province code in the
 * original ("TX ", "TX, "). A phone after an address starts with its area code ("TX 214-555-0100",
 * "TX (713) 555-0100"), which this leaves alone, and so do the New England ZIP codes that start with 0.
 */
const STATE_BEFORE = /(?:^|[^A-Za-z])([A-Z]{2}),? $/;
function zipAfterState(norm: Normalized, s: number, raw: string): boolean {
  // Not a leading 0: local numbers in Kyrgyzstan and Russia start with one ("IN 0555 123 456").
  if (!/^[1-9]\d{4}/.test(raw)) return false;
  const o = toOriginal(norm, s, s + 1).start;
  const code = STATE_BEFORE.exec(norm.original.slice(Math.max(0, o - 5), o))?.[1];
  return code !== undefined && REGION_CODES.has(code);
}

const freeMail = new Set(lexicon.freeMailDomains);
const messengerByWord = new Map<string, string>();
for (const [name, words] of Object.entries(lexicon.messengers)) for (const w of words) messengerByWord.set(w, name);
const messengerOf = perWord((word: string): string | null => messengerByWord.get(word) ?? null);

/**
 * A messenger word is a contact when the text reads it as one (word lists: rules/data/lexicon.json,
 * `messengerInContext`):
 * - a number or handle after it ("WA +971…", "ТГ @job"), or a word that sends a message to it just
 *   before it ("пишите в WhatsApp", "on WA"; not for a strict word: "via direct deposit");
 * - otherwise not in a list with a platform ("Facebook, Instagram, YouTube"; but "on Facebook or
 *   WhatsApp", "Instagram, Facebook: @shop" list contacts, and SMS is a channel, not a platform) or
 *   before a product word, itself or the list's last name ("Telegram bots", "телеграм-ботов",
 *   "whatsapp и viber рассылки"): a platform the job works with, unless the list follows a contact
 *   label ("Contacts: Facebook, WhatsApp");
 * - otherwise, a plain name ("WhatsApp") is one; a word that is also an everyday word or another
 *   thing's name ("Redmond, WA", "a direct role", "Яндекс Директ", "какао", "250 000 тг") only with
 *   a plain name that is one beside it or one joining word away ("WA/Telegram", "Директ же WhatsApp").
 */
const { words: inContext, strictWords, before: sendWords, joins: joinWords, labels, platforms, products } = lexicon.messengerInContext;
const NEEDS_CONTEXT = new Set([...inContext, ...strictWords]);
const STRICT = new Set(strictWords);
const SEND_BEFORE = new Set(sendWords);
const JOINS = new Set(joinWords);
const LABELS = new Set(labels);
const PLATFORMS = new Set(platforms);
const PRODUCTS = new Set(products);
const CONTACT_AFTER = /^[ \u00a0:\-–—]{0,3}(?:[+(]?\d|@\w)/u;
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'на']);
/** Between a name and its product word: a space or a hyphen, not a full stop ("WhatsApp. Реклама"). */
const PRODUCT_GAP = /^[ \u00a0-]{1,2}$/u;
/** The longest list after a contact label that labelledList() walks back over, in tokens. */
const LIST_MAX = 12;
/** How many words before the colon that opens a list its label may stand ("Свяжитесь с нами:"). */
const LABEL_REACH = 3;

function readsAsContact(text: string, tokens: readonly Token[], i: number): boolean {
  const n = tokens.length;
  const isMessenger = (k: number): boolean => messengerOf(tokens[k]!.word) !== null;
  /** At most three characters between tokens a and a + 1: a space, a slash, a comma. */
  const near = (a: number): boolean => a >= 0 && a + 1 < n && tokens[a + 1]!.start - tokens[a]!.end <= 3;
  /** Tokens beside token k, and one joining word away ("Facebook and WhatsApp"). */
  const besideOf = (k: number): number[] => {
    const out: number[] = [];
    if (near(k - 1)) {
      out.push(k - 1);
      if (JOINS.has(tokens[k - 1]!.text) && near(k - 2)) out.push(k - 2);
    }
    if (near(k)) {
      out.push(k + 1);
      if (JOINS.has(tokens[k + 1]!.text) && near(k + 1)) out.push(k + 2);
    }
    return out;
  };
  const contactAfter = (k: number): boolean => CONTACT_AFTER.test(text.slice(tokens[k]!.end, tokens[k]!.end + 6));
  // "Write to us on Facebook or WhatsApp", "Instagram, Facebook: @shop" list contacts: a platform with
  // a word that sends a message to it before it, or a handle after it. Not after the Russian "в", "во",
  // "на": "кампании в Facebook, Instagram" is where ads run.
  const contactPlatform = (b: number): boolean =>
    contactAfter(b) || (near(b - 1) && SEND_BEFORE.has(tokens[b - 1]!.text) && !PLACE_PREPOSITIONS.has(tokens[b - 1]!.text));
  // A product word right after the name, or after the list's last name ("WhatsApp и Viber рассылки").
  const productAfter = (k: number): boolean =>
    k + 1 < n && PRODUCTS.has(tokens[k + 1]!.text) && PRODUCT_GAP.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  const inPlatformList = (k: number): boolean =>
    productAfter(k) ||
    besideOf(k).some((b) => (PLATFORMS.has(tokens[b]!.text) && !contactPlatform(b)) || (isMessenger(b) && productAfter(b)));
  // "Contacts: Facebook, WhatsApp", "Contact us: Instagram, Facebook", "Свяжитесь с нами: Facebook,
  // WhatsApp": a list after a contact label lists contacts, platforms and all. The list runs back over
  // names and joining words, at most LIST_MAX tokens: a label's list is short, and an unbounded walk
  // from every name of a long run of names would take time quadratic in its length. Before a colon
  // the label may stand LABEL_REACH words back; without one, it stands right before the list
  // ("contact us" too): "contact customers on Facebook, WhatsApp" names their channels, not the ad's.
  const labelledList = (k: number): boolean => {
    let j = k;
    while (j > k - LIST_MAX && near(j - 1) && (PLATFORMS.has(tokens[j - 1]!.text) || JOINS.has(tokens[j - 1]!.text) || isMessenger(j - 1))) j--;
    if (!near(j - 1)) return false;
    const before = tokens[j - 1]!.text;
    if (LABELS.has(before) || (before === 'us' && near(j - 2) && LABELS.has(tokens[j - 2]!.text))) return true;
    if (!text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(':')) return false;
    for (let b = j - 2; b >= j - LABEL_REACH && near(b); b--) if (LABELS.has(tokens[b]!.text)) return true;
    return false;
  };
  const t = tokens[i]!;
  if (contactAfter(i)) return true;
  if (!STRICT.has(t.text) && near(i - 1) && SEND_BEFORE.has(tokens[i - 1]!.text)) return true;
  if (inPlatformList(i)) return labelledList(i);
  if (!NEEDS_CONTEXT.has(t.text)) return true;
  return besideOf(i).some((b) => isMessenger(b) && !NEEDS_CONTEXT.has(tokens[b]!.text) && !inPlatformList(b));
}

/** Digits with country code: +996 700 12 34 56, 0700123456 and 996700123456 are one number. */
export function normalizePhone(raw: string, defaultCountryCode = '996'): { value: string; country?: string } {
  let digits = raw.replace(/\D/g, '');
  const international = /^\s*(\+|00)/.test(raw);
  if (international && raw.trim().startsWith('00')) digits = digits.slice(2);
  if (!international) {
    if (defaultCountryCode === '996' && digits.length === 10 && digits.startsWith('0')) digits = '996' + digits.slice(1);
    else if (digits.length === 11 && digits.startsWith('8') && /^8[3-9]/.test(digits)) digits = '7' + digits.slice(1);
  }
  const code = CODES_BY_LENGTH.find((c) => digits.startsWith(c) && digits.length - c.length >= 6);
  return { value: digits, ...(code && (international || digits.length >= 11) ? { country: CALLING_CODES[code] } : {}) };
}

export function isFreeMail(email: string): boolean {
  return freeMail.has(email.slice(email.lastIndexOf('@') + 1));
}

export function extractContacts(norm: Normalized, tokens: readonly Token[]): ContactFact[] {
  const { text, original } = norm;
  // The regexes compiled onView search the view; what they find is read from the text, at the same offsets.
  const view = norm.view;
  const out: ContactFact[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && a < e);
  const add = (type: ContactFact['type'], s: number, e: number, value: string, country?: string): void => {
    taken.push([s, e]);
    const o = toOriginal(norm, s, e);
    out.push({ type, value, text: original.slice(o.start, o.end), start: o.start, end: o.end, ...(country ? { country } : {}) });
  };
  // Cheap guards: the e-mail, link and handle scans are the costly ones and most ads have none.
  const hasAt = text.includes('@');
  if (hasAt) for (const m of emails(view)) add('email', m.index, m.end, text.slice(m.index, m.end));
  if (/https?:|www\.|t\.me\/|wa\.me\//.test(text)) for (const m of view.matchAll(URL)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const url = text.slice(m.index, m.index + m[0].length).replace(/[.,;:!?]+$/, '');
    add('url', m.index, m.index + url.length, url);
  }
  for (const m of domains(view)) {
    const value = text.slice(m.index, m.end);
    if (overlaps(m.index, m.end) || /^(?:t\.me|wa\.me)\b/.test(value)) continue;
    const url = value.replace(/[.,;:!?]+$/, '');
    add('url', m.index, m.index + url.length, url);
  }
  if (hasAt) for (const m of view.matchAll(HANDLE)) {
    if (overlaps(m.index, m.index + m[0].length) || FOLLOW_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    add('handle', m.index, m.index + m[0].length, text.slice(m.index, m.index + m[0].length));
  }
  // A phone number's characters are all kept by the view: m[0] reads as in the text.
  for (const m of phones(view)) {
    const s = m.index;
    const e = s + m[0].length;
    // A digit or letter before it, or the "_" of a masked link or an identifier ("#URL_3415749237607a18…").
    if (wordCharBefore(text, s) || text.charCodeAt(s - 1) === 0x5f) continue;
    if (overlaps(s, e) || zipAfterState(norm, s, m[0])) continue;
    const digits = m[0].replace(/\D/g, '');
    if (!m[1] && digits.length < 9) continue;
    if (notAPhone(text, m[0], s, e)) continue;
    const p = normalizePhone(m[0]);
    add('phone', s + (m[0].length - m[0].trimStart().length), e, p.value, p.country);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const name = messengerOf(t.word);
    if (name && !overlaps(t.start, t.end) && readsAsContact(text, tokens, i)) add('messenger', t.start, t.end, name);
  }
  return sortSmall(out, (a, b) => a.start - b.start);
}
