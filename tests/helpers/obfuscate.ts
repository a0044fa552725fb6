/**
 * The tricks ads use to slip past keyword filters, applied to clean text for the metamorphic tests.
 * Each takes a seeded random source, so a run is reproducible. They change what a filter sees, not
 * what a reader understands.
 */
export type Rand = () => number;
export type Lang = 'en' | 'ru' | 'ky' | 'mixed';
export type Obfuscation = (text: string, lang: Lang, rand: Rand) => string;

/** mulberry32: a small seeded generator. */
export function rng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const WORD = /\p{L}+/gu;
/** Addresses, links and handles are left alone: changing them changes the contact, not the wording. */
const ADDRESS = /\S*(?:@|https?:|www\.|t\.me|wa\.me|\.com|\.ru|\.kg|\.org|\.net)\S*/giu;

function protectedRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

/** Rewrite each word (a run of letters) outside addresses. */
function eachWord(text: string, f: (word: string, at: number, index: number, words: string[]) => string): string {
  const guard = protectedRanges(text);
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  let index = -1;
  return text.replace(WORD, (w, at: number) => {
    index++;
    if (guard.some(([a, b]) => at >= a && at < b)) return w;
    return f(w, at, index, words);
  });
}

const CYR_TO_LAT: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X' };
const LAT_TO_CYR: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х' };

/** One or two inner letters swapped for look-alikes of the other script; "3000" written "3ООО". */
export const homoglyphs: Obfuscation = (text, _lang, rand) => {
  const swapped = eachWord(text, (w) => {
    if (w.length < 4 || rand() < 0.4) return w;
    const chars = [...w];
    const inner = chars.map((c, i) => i).filter((i) => i > 0 && i < chars.length - 1 && (CYR_TO_LAT[chars[i]!] ?? LAT_TO_CYR[chars[i]!]));
    const k = Math.min(inner.length, 1 + Math.floor(rand() * Math.max(1, Math.floor((chars.length - 1) / 3))));
    for (let n = 0; n < k; n++) {
      const i = inner.splice(Math.floor(rand() * inner.length), 1)[0]!;
      chars[i] = CYR_TO_LAT[chars[i]!] ?? LAT_TO_CYR[chars[i]!]!;
    }
    return chars.join('');
  });
  return swapped.replace(/(?<![\p{L}\p{N}+])(\d{1,3}[ ,.]?)000(?!\p{N})/gu, (m, head: string) => (rand() < 0.7 ? head + pick(rand, ['ООО', 'OOO', 'ОOО']) : m));
};

const INVISIBLE = ['\u200b', '\u00ad', '\u200c', '\u2060', '\ufeff'];
/** A zero-width character or soft hyphen inside words. */
export const invisible: Obfuscation = (text, _lang, rand) =>
  eachWord(text, (w) => {
    if (w.length < 4 || rand() < 0.5) return w;
    const i = 1 + Math.floor(rand() * (w.length - 2));
    return w.slice(0, i) + pick(rand, INVISIBLE) + w.slice(i);
  });

const MARKS = ['\u0336', '\u0332', '\u0335', '\u0301'];
/** Combining marks (strike-through, underline, accents) over the letters of some words. */
export const combining: Obfuscation = (text, _lang, rand) =>
  eachWord(text, (w) => {
    if (w.length < 4 || rand() < 0.6) return w;
    const mark = pick(rand, MARKS);
    return [...w].map((c) => c + mark).join('');
  });

/** Letters split by spaces (in capitals), dots, dashes or underscores: "W A I T R E S S", "w.a.i.t". */
export const split: Obfuscation = (text, _lang, rand) => {
  const style = pick(rand, ['space', 'dot', 'dash', 'underscore'] as const);
  const sep = { space: ' ', dot: '.', dash: '-', underscore: '_' }[style];
  const guard = protectedRanges(text);
  const matches = [...text.matchAll(WORD)];
  const chosen = matches.map((m) => m[0].length >= 4 && m[0].length <= 12 && !guard.some(([a, b]) => m.index >= a && m.index < b) && rand() < 0.35);
  let out = '';
  let last = 0;
  matches.forEach((m, i) => {
    let gap = text.slice(last, m.index);
    // Words spaced out letter by letter are set apart by a wider gap from each other and from
    // one-letter words, as posters do; otherwise no reader could tell where a word ends either.
    const prevSpaced = i > 0 && (chosen[i - 1] || matches[i - 1]![0].length === 1);
    const thisSpaced = chosen[i] || m[0].length === 1;
    if (style === 'space' && gap === ' ' && (chosen[i - 1] || chosen[i]) && prevSpaced && thisSpaced) gap = '   ';
    out += gap + (chosen[i] ? [...(style === 'space' ? m[0].toUpperCase() : m[0])].join(sep) : m[0]);
    last = m.index + m[0].length;
  });
  return out + text.slice(last);
};

const LEET: Record<string, string> = { a: '4', e: '3', o: '0', i: '1', s: '5', t: '7' };
/** Digits and symbols for letters inside Latin words ("d4nc3r", "$alary"); 0 and 3 in Cyrillic ones. */
export const leet: Obfuscation = (text, _lang, rand) =>
  eachWord(text, (w) => {
    if (w.length < 4 || rand() < 0.5) return w;
    const chars = [...w];
    const latin = /^[a-z]+$/i.test(w);
    const table: Record<string, string> = latin ? LEET : { о: '0', з: '3' };
    let done = -2;
    for (let i = 1; i < chars.length - 1 && chars.length - i > 1; i++) {
      const to = table[chars[i]!.toLowerCase()];
      if (to && i > done + 1 && rand() < 0.5) {
        chars[i] = to;
        done = i;
      }
    }
    if (latin && chars[0]!.toLowerCase() === 's' && rand() < 0.3) chars[0] = '$';
    return chars.join('');
  });

/** A letter stretched ("sooo", "moneyyy", "срочнооо"). */
export const stretch: Obfuscation = (text, _lang, rand) =>
  eachWord(text, (w) => {
    if (w.length < 3 || rand() < 0.7) return w;
    const i = /[aeiouyаеиоуыэюяөү]$/iu.test(w) ? w.length - 1 : Math.floor(rand() * w.length);
    return w.slice(0, i) + w[i]!.repeat(3 + Math.floor(rand() * 3)) + w.slice(i + 1);
  });

const EMOJI: Record<string, string> = {
  flight: '✈️', flights: '✈️', ticket: '✈️', tickets: '✈️', билет: '✈️', перелет: '✈️', перелёт: '✈️',
  housing: '🏨', accommodation: '🏨', жилье: '🏨', жильё: '🏨', жатакана: '🏨',
  money: '💰', деньги: '💰', акча: '💰',
  passport: '🛂', паспорт: '🛂',
  girls: '👱‍♀️', девушки: '👱‍♀️', кыздар: '👱‍♀️',
  dancer: '💃', dancers: '💃',
  dubai: '🇦🇪', uae: '🇦🇪', дубай: '🇦🇪', оаэ: '🇦🇪',
  turkey: '🇹🇷', türkiye: '🇹🇷', турция: '🇹🇷', түркия: '🇹🇷',
  korea: '🇰🇷', корея: '🇰🇷',
};
/** Words replaced by the emoji posters use for them. */
export const emoji: Obfuscation = (text, _lang, rand) => eachWord(text, (w) => EMOJI[w.toLowerCase()] !== undefined && rand() < 0.8 ? EMOJI[w.toLowerCase()]! : w);

/** Digits as full-width characters ("３０００＄"). */
export const fullwidth: Obfuscation = (text) => text.replace(/[0-9$]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

// Amounts written in words.
const EN_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function en999(n: number): string[] {
  const out: string[] = [];
  if (n >= 100) out.push(EN_UNITS[Math.floor(n / 100)]!, 'hundred');
  const r = n % 100;
  if (r >= 20) out.push(EN_TENS[Math.floor(r / 10)]!, ...(r % 10 ? [EN_UNITS[r % 10]!] : []));
  else if (r > 0) out.push(EN_UNITS[r]!);
  return out;
}
const RU_UNITS = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];
function ru999(n: number, feminine: boolean): string[] {
  const out: string[] = [];
  if (n >= 100) out.push(RU_HUNDREDS[Math.floor(n / 100)]!);
  const r = n % 100;
  const unit = (u: number): string => (feminine && u === 1 ? 'одна' : feminine && u === 2 ? 'две' : RU_UNITS[u]!);
  if (r >= 20) out.push(RU_TENS[Math.floor(r / 10)]!, ...(r % 10 ? [unit(r % 10)] : []));
  else if (r > 0) out.push(unit(r));
  return out;
}
const KY_UNITS = ['', 'бир', 'эки', 'үч', 'төрт', 'беш', 'алты', 'жети', 'сегиз', 'тогуз'];
const KY_TENS = ['', 'он', 'жыйырма', 'отуз', 'кырк', 'элүү', 'алтымыш', 'жетимиш', 'сексен', 'токсон'];
function ky999(n: number): string[] {
  const out: string[] = [];
  if (n >= 100) out.push(...(Math.floor(n / 100) > 1 ? [KY_UNITS[Math.floor(n / 100)]!] : []), 'жүз');
  const r = n % 100;
  if (r >= 10) out.push(KY_TENS[Math.floor(r / 10)]!);
  if (r % 10) out.push(KY_UNITS[r % 10]!);
  return out;
}
export function numberInWords(n: number, lang: 'en' | 'ru' | 'ky'): string {
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  const words: string[] = [];
  if (lang === 'en') {
    if (th) words.push(...en999(th), 'thousand');
    words.push(...en999(rest));
  } else if (lang === 'ru') {
    if (th) {
      const last = th % 100 >= 11 && th % 100 <= 19 ? 5 : th % 10;
      words.push(...ru999(th, true), last === 1 ? 'тысяча' : last >= 2 && last <= 4 ? 'тысячи' : 'тысяч');
    }
    words.push(...ru999(rest, false));
  } else {
    if (th) words.push(...(th > 1 ? ky999(th) : []), 'миң');
    words.push(...ky999(rest));
  }
  return words.join(' ');
}

const AMOUNT = /(?<![\p{L}\p{N}+.,])(\$|€)?[ \u00a0]?(\d{1,3}(?:[ ,.]\d{3})+|\d{3,6})(?![\p{N}.,]\d)([ \u00a0]?(?:\$|€|usd|eur|dollars?|euros?|долл\p{L}*|доллар\p{L}*|евро|сом\p{L}*|руб\p{L}*|рубл\p{L}*|лир\p{L}*|тенге|вон\p{L}*)(?![\p{L}]))?/giu;
/** Amounts of money written in words in the ad's language ("три тысячи долларов", "үч миң $"). */
export const numberWords: Obfuscation = (text, lang) =>
  text.replace(AMOUNT, (m, before: string | undefined, digits: string, after: string | undefined, at: number) => {
    if (!before && !after) return m;
    const value = Number(digits.replace(/[ ,.]/g, ''));
    if (!Number.isInteger(value) || value < 100 || value > 999_999) return m;
    const around = text.slice(Math.max(0, at - 40), at + m.length + 40);
    const l = lang === 'mixed' ? (/[а-яёңөү]/i.test(around) ? (/[ңөү]/i.test(text) ? 'ky' : 'ru') : 'en') : lang;
    const currency = after ? after.trim() : before!;
    return `${numberInWords(value, l)} ${currency}`;
  });

/** A word as it starts a camel-case tag: capitalised, or kept when it has capitals inside ("WhatsApp"). */
const tagPart = (w: string): string => (/^.\p{Ll}*\p{Lu}/u.test(w) ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase());
/** Two or three words in a row glued into a camel-case hashtag ("#РаботаВДубае", "#WorkInDubai"). */
export const hashtags: Obfuscation = (text, _lang, rand) => {
  const guard = protectedRanges(text);
  const words = [...text.matchAll(WORD)].filter((m) => !guard.some(([a, b]) => m.index >= a && m.index < b));
  let out = '';
  let last = 0;
  for (let i = 0; i < words.length; ) {
    // A run of words joined by single spaces only, so no punctuation is lost.
    let j = i + 1;
    const want = 2 + Math.floor(rand() * 2);
    while (j < words.length && j - i < want && text.slice(words[j - 1]!.index + words[j - 1]![0].length, words[j]!.index) === ' ') j++;
    if (j - i < 2 || rand() < 0.6) {
      i++;
      continue;
    }
    const first = words[i]!;
    const lastWord = words[j - 1]!;
    out += text.slice(last, first.index) + '#' + words.slice(i, j).map((m) => tagPart(m[0])).join('');
    last = lastWord.index + lastWord[0].length;
    i = j;
  }
  return out + text.slice(last);
};

export const OBFUSCATIONS: Record<string, Obfuscation> = { homoglyphs, invisible, combining, split, leet, stretch, emoji, numberWords, fullwidth, hashtags };
