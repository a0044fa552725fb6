import type { Lang } from '../schema/rule.js';
import { scriptOf } from '../text/script.js';
import type { Token } from '../text/tokenize.js';
import { perWord } from '../text/words.js';
import { foldKyrgyzLetters } from './kyrgyz.js';
import { ENGLISH_WORDS, KYRGYZ_LATIN_WORDS, KYRGYZ_WORDS, NEUTRAL_LATIN, RUSSIAN_WORDS, TRANSLIT_RUSSIAN_WORDS } from './language-words.js';
import { translitToCyrillic } from './translit.js';

/**
 * Language of an ad and of each sentence, from the evidence of its words.
 *
 * Kyrgyz is told from Russian by its letters (ң ө ү), its frequent words and its endings. Many people
 * type Kyrgyz on a Russian keyboard with н о у instead, so words are compared folded to that alphabet,
 * and Kyrgyz endings, plural-plus-case chains and long vowels (аа, уу, ээ) count as well. Russian
 * shows in its function words and inflections; English in its function words; Russian typed in Latin
 * letters in its frequent words and Russian-looking endings; Kyrgyz typed in Latin letters in its
 * frequent words only (they count as Kyrgyz words). Messenger names, handles (the Latin words
 * after "Telegram:", "резюме:"), codes and words spelled out letter by letter are evidence of nothing.
 *
 * Each clause gets the language of its evidence; the ad's main language is the one with the most words,
 * words only it has counting three times. The ad is `mixed` when another language has clauses of its
 * own with real evidence: two points of Russian (a function word, or two inflected forms), three of
 * Kyrgyz, or three English function words or Russian words typed in Latin letters. Loanwords alone
 * (вахта, договор, WhatsApp), English job titles and tech names, and Kyrgyz company names in a Russian
 * post do not make an ad mixed. This runs on every ad: one memoised lookup per distinct word, then
 * counting.
 */
export type AdLanguage = Lang | 'mixed' | 'unknown';

export interface LanguageInfo {
  language: AdLanguage;
  /** Languages whose rules should run on this ad. */
  run: Set<Lang>;
  /** Language of each sentence, in sentence order (never 'mixed'). */
  sentences: Array<Lang | 'unknown'>;
  /** Per sentence: is it Russian or Kyrgyz typed in Latin letters? */
  sentenceTranslit: boolean[];
  /** Russian typed in Latin letters: the Russian rules also read the Latin words, transliterated. */
  translit: boolean;
  /** Kyrgyz typed in Latin letters (two of its words at least): the Kyrgyz rules also read the Latin words. */
  kyLatin: boolean;
}

/** What one word says about the language. Strong evidence counts double. */
const enum Ev {
  None, // digits, symbols, messenger names, handles: no evidence
  Cyr, // Cyrillic, could be either language
  Ky,
  KyWeak,
  Ru,
  RuWeak,
  En,
  EnWeak,
  Translit,
  KyLatin, // Kyrgyz typed in Latin letters: counts as Kyrgyz
}

const KY_WORDS = new Set(KYRGYZ_WORDS.map(foldKyrgyzLetters));
// Short Kyrgyz words that are also Russian words (бар "bar", той "that", так "so" / Kyrgyz "exact"): no evidence either
// way (Kyrgyz text that has them has plenty of other Kyrgyz words).
const KY_SHARED = new Set(['бар', 'той', 'ай', 'жай', 'тил', 'так']);
// Russian words that end like a Kyrgyz participle (-ган/-ген/-гон).
const RU_GAN = /(?:орган|рентген|аргон|вагон|хулиган|полигон)$/;
const RU_WORDS = new Set(RUSSIAN_WORDS);
const EN_WORDS = new Set(ENGLISH_WORDS);
const NEUTRAL = new Set(NEUTRAL_LATIN);
const TRANSLIT_RU = new Set(TRANSLIT_RUSSIAN_WORDS);
const KY_LATIN = new Set(KYRGYZ_LATIN_WORDS);

// Evidence points a second language needs, in clauses of its own, for a Cyrillic ad to be mixed.
// Kyrgyz needs more: Russian posts name Kyrgyz companies and places ("Бирге Жумуш", "Ак Бата Той").
const CYRILLIC_POINTS: Record<Lang, number> = { ru: 2, ky: 3, en: Infinity };
// Legal-form abbreviations shared by Russian and Kyrgyz posts (ОсОО has a Kyrgyz-looking long vowel).
// Country names both languages write alike, whose endings look Russian (Германия, Турция).
const CYR_CODES = new Set([
  'осоо', 'жчк', 'ооо', 'тоо', 'ип', 'инн', 'оао', 'зао', 'ао', 'ачк',
  'германия', 'испания', 'британия', 'албания', 'румыния', 'словения', 'турция', 'франция', 'швеция', 'хорватия', 'малайзия',
  // Currency names Kyrgyz posts write as Russian does ("4200-4800 злотый").
  'злотый', 'злотых', 'злотые',
]);
// After one of these words the Latin words that follow in the sentence are a handle or an address
// ("Telegram: @rabota_lnr_vahta", "резюме: jobs@firm.kg"), whatever words they are made of.
const CONTACT_WORDS = new Set([
  'whatsapp', 'telegram', 'viber', 'instagram', 'insta', 'wechat', 'tg', 'direct', 'dm', 'email', 'mail', 'cv', 'resume', 'телеграм',
  'телеграмм', 'ватсап', 'вацап', 'вотсап', 'инстаграм', 'тг', 'директ', 'почта', 'резюме', 'лс', 'личку', 'личка', 'contact',
  'контакт', 'контакты', 'байланыш',
]);
const KY_LETTERS = /[ңөү]/;
// Kyrgyz endings that Russian words rarely have (folded): 2nd-person polite and 1st-person plural,
// participles and adjectives, a plural followed by a case or personal ending (кыздарга, жумушчулардан).
const KY_ENDING =
  /(?:ыныз|иниз|унуз|ыбыз|ибиз|убуз|быз|биз|буз|ган|ген|гон|луу|дуу|туу|чу|(?:лар|лер|лор|дар|дер|дор|тар|тер|тор)(?:д[ыиу]н|д[аео]н|г[аео]|д[аео]|д[ыиу]|ыбыз|ибиз|ыныз|иниз))$/;
// Long vowels are Kyrgyz (тоо, сатуу, кароо, ээси). Russian has оо inside words (сообщение,
// соответствие, документооборот) and уу in вакуум, so оо counts only at the end of a word or before
// a Kyrgyz ending (даярдоого, тоолор).
const KY_LONG_VOWEL = /аа|уу|ээ|ыы|оо(?:[гдкнт][оу]н?|[лд]ор|с[уы])?$/;
const RU_LONG_VOWEL_WORD = /уум/;
// Russian inflections that Kyrgyz words rarely have (adjectives, verbs, nouns). Surnames in -ов/-ев
// are as common in Kyrgyz posts as in Russian ones, so those endings are left out.
const RU_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ую|юю|ей|ого|его|ому|ему|ть|ться|тся|ешь|ишь|ете|ите|ает|яет|ают|яют|ами|ями|ость|ение|ения|ания|ция|ции)$/;
// Russian endings as they are usually typed in Latin letters (trudovoi, priyatnoy, rabochikh,
// predostavlyaetsya, informaciya). Not zh/kh: Kyrgyz and Ukrainian place names have them too.
const TRANSLIT_SHAPE = /(?:oi|yi|yy|iy|aya|oye|iye|ykh|ikh|tsya|sya|tsii|tsiya|ciya|enie|eniya|aniya|nyi|nyy|skiy|skii|skaya|yami)$/;
// The Russian endings a transliterated Latin word is tested for: fewer than RU_ENDING, since English
// words transliterate into -ите, -ете, -ее, -ой ("elite", "concrete", "coffee", "boy").
const RU_FORM = /(?:ый|ий|ая|ое|ые|ие|ых|их|ого|его|ому|ему|ться|тся|ость|ение|ения|ания|ция|ции)$/;
// English words whose transliteration ends like Russian ("movie" -> "мовие", "boy" -> "бой").
const EN_LOOKALIKE = /(?:ie|oy|ey|ay|ow|iy|ies|ing|tion|ness|ment|ih)$/;

function evidenceOf(word: string): Ev {
  const script = scriptOf(word);
  if (script === 'cyrillic') {
    if (KY_LETTERS.test(word)) return Ev.Ky;
    if (CYR_CODES.has(word)) return Ev.Cyr;
    const folded = foldKyrgyzLetters(word);
    if (KY_SHARED.has(folded)) return Ev.Cyr;
    if (KY_WORDS.has(folded)) return Ev.Ky;
    if (RU_WORDS.has(word)) return Ev.Ru;
    if (word.length >= 4 && KY_ENDING.test(folded) && !RU_GAN.test(folded)) return Ev.KyWeak;
    if (word.length >= 4 && KY_LONG_VOWEL.test(folded) && !RU_LONG_VOWEL_WORD.test(folded)) return Ev.KyWeak;
    if (word.length >= 4 && RU_ENDING.test(word)) return Ev.RuWeak;
    return Ev.Cyr;
  }
  if (script === 'latin') {
    if (NEUTRAL.has(word)) return Ev.None;
    if (TRANSLIT_RU.has(word)) return Ev.Translit;
    if (KY_LATIN.has(word)) return Ev.KyLatin;
    if (EN_WORDS.has(word)) return Ev.En;
    if (word.length === 1) return Ev.None;
    if (word.length >= 4 && TRANSLIT_SHAPE.test(word) && !EN_LOOKALIKE.test(word)) return Ev.Translit;
    // A longer Latin word that reads as a Russian form once transliterated ("brachnoe", "bogatye").
    if (word.length >= 5 && RU_FORM.test(translitToCyrillic(word)) && !EN_LOOKALIKE.test(word)) return Ev.Translit;
    return Ev.EnWeak;
  }
  return Ev.None;
}

/**
 * A word's evidence, plus CONTACT for a contact word and LETTER for a word of one letter: one answer
 * per word, read once per token.
 */
const CONTACT = 16;
const LETTER = 32;
const wordInfo = perWord(
  (word: string): number => evidenceOf(word) | (CONTACT_WORDS.has(word) ? CONTACT : 0) | (word.length === 1 && scriptOf(word) !== 'digit' ? LETTER : 0),
);

/**
 * Why a Latin word stays in Latin letters when its sentence is read in Cyrillic (latin-reading.ts):
 * 'contact' for a messenger or contact word (the Latin words after it are a handle), 'kept' for an
 * English or neutral word (messenger names, currency codes, "EPS"), null for a word to transliterate.
 */
export function latinKeeps(word: string): 'contact' | 'kept' | null {
  // Asked only of posts typed in Latin letters: a few set lookups, not a slot on every word (perWord).
  if (CONTACT_WORDS.has(word)) return 'contact';
  if (TRANSLIT_RU.has(word) || KY_LATIN.has(word)) return null;
  return NEUTRAL.has(word) || EN_WORDS.has(word) ? 'kept' : null;
}

/** Evidence tallies of one clause or sentence. */
class Tally {
  ky = 0;
  ru = 0;
  kyStrong = 0;
  ruStrong = 0;
  cyr = 0; // Cyrillic words
  en = 0; // English words (strong or weak)
  enStrong = 0;
  tr = 0; // Russian words in Latin letters
  kyLatin = 0; // Kyrgyz words in Latin letters (counted as Kyrgyz words too)
  addAll(o: Tally): void {
    this.ky += o.ky;
    this.ru += o.ru;
    this.kyStrong += o.kyStrong;
    this.ruStrong += o.ruStrong;
    this.cyr += o.cyr;
    this.en += o.en;
    this.enStrong += o.enStrong;
    this.tr += o.tr;
    this.kyLatin += o.kyLatin;
  }
  add(e: Ev): void {
    switch (e) {
      case Ev.None:
        return;
      case Ev.Cyr:
        this.cyr++;
        return;
      case Ev.Ky:
        this.cyr++;
        this.ky += 2;
        this.kyStrong++;
        return;
      case Ev.KyWeak:
        this.cyr++;
        this.ky++;
        return;
      case Ev.Ru:
        this.cyr++;
        this.ru += 2;
        this.ruStrong++;
        return;
      case Ev.RuWeak:
        this.cyr++;
        this.ru++;
        return;
      case Ev.En:
        this.en++;
        this.enStrong++;
        return;
      case Ev.EnWeak:
        this.en++;
        return;
      case Ev.Translit:
        this.tr++;
        return;
      case Ev.KyLatin:
        this.cyr++;
        this.ky += 2;
        this.kyStrong++;
        this.kyLatin++;
        return;
    }
  }
  get words(): number {
    return this.cyr + this.en + this.tr;
  }
  /** Russian typed in Latin letters: enough Russian words among the Latin ones. */
  get translit(): boolean {
    return this.tr >= 2 && this.tr * 3 >= this.en;
  }
  /**
   * Latin words that read as Russian more than as English: more transliterated Russian words than
   * English function words (unknown Latin words, names and brands, decide nothing).
   */
  get latinRussian(): boolean {
    return this.tr > this.enStrong;
  }
  /** The language of the words, or null when there are none; `fallback` breaks a Kyrgyz–Russian tie. */
  language(fallback: Lang): Lang | null {
    if (this.words === 0) return null;
    // Cyrillic words against Latin ones; words only one language has count double (a Russian title with
    // an English brand name is Russian).
    if (this.cyr + this.kyStrong + this.ruStrong >= this.en + this.enStrong + this.tr) return this.ky > this.ru ? 'ky' : this.ru > this.ky ? 'ru' : fallback;
    return this.latinRussian ? 'ru' : 'en';
  }
  /** Words that only this language has. */
  strong(lang: Lang): number {
    return lang === 'ky' ? this.kyStrong : lang === 'ru' ? this.ruStrong + this.tr : this.enStrong;
  }
  /** Evidence points for a language in Cyrillic words (strong words 2, weak 1). */
  cyrPoints(lang: Lang): number {
    return lang === 'ky' ? this.ky : lang === 'ru' ? this.ru : 0;
  }
  /** Latin words that only this language has: English function words, Russian typed in Latin letters. */
  latinWords(lang: Lang): number {
    return lang === 'en' ? this.enStrong : lang === 'ru' ? this.tr : 0;
  }
}

const isLetter = (t: Token | undefined): boolean => t !== undefined && (wordInfo(t.word) & LETTER) !== 0;
/** A letter of a word spelled out with spaces ("Д у б а й г а"): evidence of nothing on its own. */
function spacedLetter(tokens: readonly Token[], i: number): boolean {
  if (!isLetter(tokens[i])) return false;
  const p = isLetter(tokens[i - 1]);
  const n = isLetter(tokens[i + 1]);
  return (p && n) || (p && isLetter(tokens[i - 2])) || (n && isLetter(tokens[i + 2]));
}

/**
 * The language a post is typed in with Latin letters, or null: Russian or Kyrgyz words typed in Latin
 * letters, two at least and more than its English function words; Kyrgyz when it has more of its words.
 */
function latinTyped(sentenceTallies: readonly Tally[]): Lang | null {
  const ad = new Tally();
  for (const t of sentenceTallies) if (t) ad.addAll(t);
  const typed = ad.tr + ad.kyLatin;
  if (typed < 2 || typed <= ad.enStrong) return null;
  return ad.kyLatin > ad.tr ? 'ky' : 'ru';
}

export function detectLanguage(tokens: readonly Token[]): LanguageInfo {
  // Evidence is tallied per clause; a sentence's tally is the sum of its clauses' (a clause never
  // spans two sentences), added up once at the end instead of a second tally per token.
  const clauseTallies: Tally[] = [];
  const clauseSentence: number[] = [];
  let latin = 0;
  let cyrillic = 0;
  let adKy = 0;
  let adRu = 0;
  let kyLatinWords = 0;
  let handleFrom = -1; // sentence in which Latin words are a handle (after a contact word)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.script === 'latin') latin++;
    else if (t.script === 'cyrillic') cyrillic++;
    let handle = false;
    const info = wordInfo(t.word);
    if (info & CONTACT) handleFrom = t.sentence;
    else if (t.script === 'cyrillic' || t.sentence !== handleFrom) handleFrom = -1;
    else handle = t.script === 'latin';
    const e: Ev = handle || ((info & LETTER) !== 0 && spacedLetter(tokens, i)) ? Ev.None : info & ~(CONTACT | LETTER);
    if (e === Ev.None) continue;
    let tally = clauseTallies[t.clause];
    if (tally === undefined) {
      clauseTallies[t.clause] = tally = new Tally();
      clauseSentence[t.clause] = t.sentence;
    }
    tally.add(e);
    if (e === Ev.Ky) adKy += 2;
    else if (e === Ev.KyLatin) {
      adKy += 2;
      kyLatinWords++;
    } else if (e === Ev.KyWeak) adKy++;
    else if (e === Ev.Ru) adRu += 2;
    else if (e === Ev.RuWeak) adRu++;
  }
  // Cyrillic stretches without evidence of their own follow the ad's evidence.
  const cyrDefault: Lang = adKy > adRu ? 'ky' : 'ru';

  const sentenceTallies: Tally[] = [];
  clauseTallies.forEach((tally, clause) => (sentenceTallies[clauseSentence[clause]!] ??= new Tally()).addAll(tally));
  const sentences: Array<Lang | 'unknown'> = [];
  const sentenceTranslit: boolean[] = [];
  let translit = false;
  const sentenceCount = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence + 1;
  const typedIn = latinTyped(sentenceTallies);
  // A post typed in Latin letters is typed so throughout: its sentences without an English function
  // word or a Cyrillic one are in its language, whatever words they have that the lists know.
  const typedSentence = (tally: Tally | undefined): boolean =>
    typedIn !== null && tally !== undefined && tally.enStrong === 0 && tally.cyr === tally.kyLatin && tally.en + tally.tr + tally.kyLatin > 0;
  for (let s = 0; s < sentenceCount; s++) {
    const tally = sentenceTallies[s];
    if (typedSentence(tally)) {
      sentences.push(typedIn!);
      sentenceTranslit.push(true);
    } else {
      const lang = tally?.language(cyrDefault) ?? null;
      sentences.push(lang ?? 'unknown');
      // Typed in Latin letters: Russian with as many Latin words as Cyrillic ones; Kyrgyz likewise
      // (its Latin words are among its Cyrillic-side count, cyr).
      sentenceTranslit.push((lang === 'ru' && tally!.tr > 0 && tally!.tr >= tally!.cyr) || (lang === 'ky' && tally!.kyLatin > 0 && 2 * tally!.kyLatin >= tally!.cyr));
    }
    if (tally?.translit) translit = true;
  }

  // The ad's languages, from its clauses: words per language, and the evidence of the clauses each
  // language wins.
  const words: Record<Lang, number> = { en: 0, ru: 0, ky: 0 };
  const strong: Record<Lang, number> = { en: 0, ru: 0, ky: 0 };
  const cyrPoints: Record<Lang, number> = { en: 0, ru: 0, ky: 0 };
  const latinWords: Record<Lang, number> = { en: 0, ru: 0, ky: 0 };
  const share: Record<Lang, number> = { en: 0, ru: 0, ky: 0 };
  let total = 0;
  for (const [clause, tally] of clauseTallies.entries()) {
    if (!tally) continue;
    // The clauses of a sentence typed in the post's Latin-typed language are in that language.
    const lang = typedSentence(sentenceTallies[clauseSentence[clause]!]) ? typedIn : tally.language(cyrDefault);
    if (!lang) continue;
    // Latin words of no known language (names, brands, tech terms) count half for English.
    words[lang] += lang === 'en' ? (tally.words + tally.enStrong) / 2 : tally.words;
    share[lang] += tally.words;
    total += tally.words;
    strong[lang] += tally.strong(lang);
    cyrPoints[lang] += tally.cyrPoints(lang);
    latinWords[lang] += tally.latinWords(lang);
  }
  const langs = (['en', 'ru', 'ky'] as const).filter((l) => words[l] > 0);
  // The main language: words, with the words only it has counting three times (a Russian post full of
  // English tech names is still Russian).
  const weight = (l: Lang): number => words[l] + 2 * strong[l];
  const main = langs.reduce<Lang | null>((a, l) => (a === null || weight(l) > weight(a) ? l : a), null);
  // A second language needs words only it has: English job titles and tech names in a Russian post,
  // or Russian loanwords in a Kyrgyz one, do not make it mixed.
  // In Latin letters: three English function words (or Russian words), or two in a short post where
  // they make up a real share of it.
  const latinPresent = (l: Lang): boolean => latinWords[l] >= 3 || (latinWords[l] >= 2 && share[l] >= total * 0.15);
  const present = langs.filter((l) => l === main || cyrPoints[l] >= CYRILLIC_POINTS[l] || latinPresent(l));
  // Russian phrases inside Kyrgyz clauses ("Стамбулдагы модельное агентство ищет моделей"): four points
  // of Russian anywhere in a Kyrgyz ad, and more in a long one, where four loanwords with Russian
  // endings ("миграция", "компания", "оформление") are no Russian phrase: one point for 20 of Kyrgyz.
  if (main === 'ky' && adRu >= Math.max(4, adKy / 20) && !present.includes('ru')) present.push('ru');
  const language: AdLanguage = main === null ? 'unknown' : present.length > 1 ? 'mixed' : main;

  const run = new Set<Lang>();
  if (latin > 0) run.add('en');
  if (cyrillic > 0) {
    run.add('ru');
    run.add('ky');
  }
  // Like `translit`, `kyLatin` adds its language in runMatchers, which reads the Latin words transliterated.
  return { language, run, sentences, sentenceTranslit, translit, kyLatin: kyLatinWords >= 2 };
}
