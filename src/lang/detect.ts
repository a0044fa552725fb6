import type { Lang } from '../schema/rule.js';
import { memoize } from '../memo.js';
import { scriptOf, type Token } from '../text/tokenize.js';
import { translitToCyrillic } from './translit.js';

/**
 * Language of an ad: counted over words, per sentence. Kyrgyz is told from Russian by its letters
 * (ң ө ү) and by frequent Kyrgyz words, which also catches Kyrgyz typed on a Russian keyboard.
 */
export type AdLanguage = Lang | 'mixed' | 'unknown';

const KY_LETTERS = /[ңөү]/;
// Frequent Kyrgyz function and job words, as typed with or without ң ө ү.
const KY_WORDS = new Set([
  'жана', 'менен', 'үчүн', 'учун', 'керек', 'бар', 'жок', 'эмес', 'болот', 'биз', 'сиз', 'бизге', 'сизге', 'бизде', 'бул', 'же', 'ал', 'анын',
  'жумуш', 'жумушка', 'жумушу', 'жумушчу', 'иш', 'ишке', 'маяна', 'айлык', 'айына', 'күнүнө', 'кунуно', 'кыз', 'кыздар', 'жаш', 'жаштагы', 'шарттар',
  'түзүлгөн', 'тузулгон', 'жогору', 'чейин', 'дагы', 'абдан', 'кайрылыңыз', 'кайрылыныз', 'чалыңыз', 'чалыныз', 'берилет', 'тамак', 'жатакана',
  'турак', 'жай', 'акысыз', 'бекер', 'чет', 'өлкөгө', 'олкого', 'жөнөйбүз', 'жонойбуз', 'эркектер', 'аялдар', 'алабыз', 'издейбиз', 'керектелет',
  'тажрыйба', 'тажрыйбасы', 'жакшы', 'тез', 'эртең', 'эртен', 'бүгүн', 'саат', 'кийин', 'мурун', 'толук', 'кошумча', 'жигиттер', 'балдар',
  'келиңиз', 'келиниз', 'жазыңыз', 'жазыныз', 'шарт', 'кепилдик', 'келишим', 'дарек', 'дареги', 'талаптар', 'милдеттер', 'сом', 'ошондой', 'эле',
]);
// Russian function words: a sentence made of them is Russian, whatever its nouns are.
const RU_WORDS = new Set([
  'в', 'во', 'на', 'и', 'с', 'со', 'по', 'для', 'от', 'до', 'не', 'что', 'это', 'как', 'за', 'из', 'к', 'у', 'о', 'об', 'при', 'без', 'или', 'но',
  'а', 'же', 'ли', 'бы', 'мы', 'вы', 'вас', 'нас', 'вам', 'нам', 'все', 'всё', 'есть', 'будет', 'наш', 'наша', 'ваш', 'ваша', 'если', 'только',
  'требуется', 'требуются', 'работа', 'работу', 'работы', 'зарплата', 'опыт', 'опыта', 'оплата', 'звоните', 'пишите', 'условия', 'предоставляется',
  'проживание', 'питание', 'лет', 'года', 'месяц', 'день', 'час', 'также', 'очень', 'можно', 'нужно', 'нужны', 'срочно', 'компания', 'обязанности',
]);
// Kyrgyz endings that Russian words rarely have (2nd-person, 1st-person plural, participles, adjectives).
const KY_ENDING = /(?:ыңыз|иңиз|уңуз|үңүз|ыныз|иниз|унуз|ыбыз|ибиз|убуз|үбүз|быз|биз|буз|ган|ген|гон|гөн|кан|кен|кон|көн|луу|лүү|дуу|дүү|туу|түү|чу|чү)$/;
// Russian endings that Kyrgyz words rarely have (adjectives, verbs, genitive plurals).
const RU_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ть|ться|тся|ешь|ов|ей|ями|ами|ость|ение|ания|ция|ции)$/;

// Russian written in Latin letters.
const TRANSLIT_RU = new Set([
  'rabota', 'raboty', 'rabotu', 'devushki', 'devushek', 'zarplata', 'zp', 'oplata', 'dlya', 'bez', 'opyta', 'let', 'zhile', 'zhilye',
  'pitanie', 'v', 'na', 'ot', 'do', 'i', 's', 'vakhta', 'vahta', 'trebuyutsya', 'trebuetsya', 'srochno', 'mesyac', 'mesyats', 'v mesyac',
  'bilet', 'viza', 'pasport', 'oformlenie', 'dubae', 'turtsiyu', 'koreyu', 'moskve', 'rossii', 'kazakhstan', 'pishite', 'zvonite',
]);

export interface LanguageInfo {
  language: AdLanguage;
  /** Languages whose rules should run on this ad. */
  run: Set<Lang>;
  /** Language of each sentence, in sentence order (never 'mixed'). */
  sentences: Array<Lang | 'unknown'>;
  /** Per sentence: is it Russian typed in Latin letters? */
  sentenceTranslit: boolean[];
  translit: boolean;
}

type Evidence = Lang | 'cyrillic' | null;

// English words whose transliteration ends like Russian ("movie" -> "мовие", "boy" -> "бой").
const EN_LOOKALIKE = /(?:ie|oy|ey|ay|ow|iy|ies|ing|tion|ness|ment)$/;

/** A word's evidence: Kyrgyz or Russian for Cyrillic words (or neither, when it could be both). */
const wordEvidence = memoize((word: string): Evidence => {
  const script = scriptOf(word);
  if (script === 'cyrillic') {
    if (KY_LETTERS.test(word) || KY_WORDS.has(word)) return 'ky';
    if (RU_WORDS.has(word)) return 'ru';
    if (word.length >= 4 && KY_ENDING.test(word)) return 'ky';
    if (word.length >= 4 && RU_ENDING.test(word)) return 'ru';
    return 'cyrillic';
  }
  if (script === 'latin') {
    if (TRANSLIT_RU.has(word)) return 'ru';
    // A longer Latin word that reads as a Russian form once transliterated ("brachnoe", "bogatye").
    if (word.length >= 5 && RU_ENDING.test(translitToCyrillic(word)) && !EN_LOOKALIKE.test(word)) return 'ru';
    return 'en';
  }
  return null;
});

export function detectLanguage(tokens: readonly Token[]): LanguageInfo {
  const per: Array<{ en: number; ru: number; ky: number; cyr: number; latinRu: number }> = [];
  let latinRu = 0;
  let latin = 0;
  let cyr = 0;
  for (const t of tokens) {
    const l = wordEvidence(t.text);
    if (!l) continue;
    const s = (per[t.sentence] ??= { en: 0, ru: 0, ky: 0, cyr: 0, latinRu: 0 });
    if (l === 'cyrillic') s.cyr++;
    else s[l]++;
    if (t.script === 'latin') {
      latin++;
      if (l === 'ru') {
        latinRu++;
        s.latinRu++;
      }
    } else cyr++;
  }
  // Whole-ad Kyrgyz / Russian evidence decides sentences that carry none of their own.
  const adKy = per.reduce((n, s) => n + (s?.ky ?? 0), 0);
  const adRu = per.reduce((n, s) => n + (s?.ru ?? 0), 0);
  const cyrDefault: Lang = adKy > adRu ? 'ky' : 'ru';
  const sentences: Array<Lang | 'unknown'> = [];
  const sentenceTranslit: boolean[] = [];
  const totals: Record<Lang, number> = { en: 0, ru: 0, ky: 0 };
  for (let i = 0; i < per.length; i++) {
    const s = per[i];
    if (!s) {
      sentences.push('unknown');
      sentenceTranslit.push(false);
      continue;
    }
    const cyrTotal = s.ru + s.ky + s.cyr;
    let lang: Lang;
    if (cyrTotal >= s.en) lang = s.ky > s.ru ? 'ky' : s.ru > s.ky ? 'ru' : cyrDefault;
    else lang = s.ru * 3 >= s.en && s.ru >= 2 ? 'ru' : 'en';
    sentences.push(lang);
    sentenceTranslit.push(lang === 'ru' && s.latinRu > 0 && s.latinRu >= cyrTotal);
    totals[lang] += s.en + cyrTotal;
  }
  // The ad is mixed when a second language carries real weight, by words or by marker evidence:
  // Kyrgyz posts often put Russian phrases ("зарплата", "срочно") between Kyrgyz sentences.
  const all = totals.en + totals.ru + totals.ky;
  const present = new Set((Object.keys(totals) as Lang[]).filter((l) => totals[l] > 0 && totals[l] >= all * 0.25));
  if (adKy >= 2 && adRu >= 2 && Math.min(adKy, adRu) >= 0.25 * Math.max(adKy, adRu)) {
    present.add('ru');
    present.add('ky');
  }
  let language: AdLanguage = 'unknown';
  if (present.size === 1) language = [...present][0]!;
  else if (present.size > 1) language = 'mixed';
  const run = new Set<Lang>();
  if (latin > 0) run.add('en');
  if (cyr > 0) {
    run.add('ru');
    run.add('ky');
  }
  const translit = latinRu >= 3 && latinRu * 4 >= latin;
  return { language, run, sentences, sentenceTranslit, translit };
}
