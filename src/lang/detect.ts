import type { Lang } from '../schema/rule.js';
import type { Token } from '../text/tokenize.js';

/**
 * Language of an ad: counted over words, per sentence. Kyrgyz is told from Russian by its letters
 * (ң ө ү) and by frequent Kyrgyz words, which also catches Kyrgyz typed on a Russian keyboard.
 */
export type AdLanguage = Lang | 'mixed' | 'unknown';

const KY_LETTERS = /[ңөү]/;
// Frequent Kyrgyz function and job words, as typed with or without ң ө ү.
const KY_WORDS = new Set([
  'жана', 'менен', 'үчүн', 'учун', 'керек', 'бар', 'жок', 'эмес', 'болот', 'биз', 'сиз', 'бизге', 'сизге', 'бул', 'же',
  'жумуш', 'жумушка', 'жумушу', 'иш', 'маяна', 'айлык', 'айына', 'күнүнө', 'кунуно', 'кыздар', 'жаш', 'жаштагы', 'шарттар',
  'түзүлгөн', 'тузулгон', 'жогору', 'чейин', 'дагы', 'абдан', 'кайрылыңыз', 'кайрылыныз', 'чалыңыз', 'чалыныз', 'берилет', 'тамак',
  'турак', 'жай', 'акысыз', 'бекер', 'чет', 'өлкөгө', 'олкого', 'жөнөйбүз', 'жонойбуз', 'эркектер', 'аялдар', 'ишке', 'алабыз',
]);
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
  /** Language of each sentence, in sentence order. */
  sentences: AdLanguage[];
  translit: boolean;
}

function wordLang(t: Token): Lang | null {
  if (t.script === 'cyrillic') return KY_LETTERS.test(t.text) || KY_WORDS.has(t.text) ? 'ky' : 'ru';
  if (t.script === 'latin') return TRANSLIT_RU.has(t.text) ? 'ru' : 'en';
  return null;
}

export function detectLanguage(tokens: readonly Token[]): LanguageInfo {
  const per: Array<Record<Lang, number>> = [];
  let latinRu = 0;
  let latin = 0;
  let cyr = 0;
  for (const t of tokens) {
    const l = wordLang(t);
    if (!l) continue;
    const s = (per[t.sentence] ??= { en: 0, ru: 0, ky: 0 });
    s[l]++;
    if (t.script === 'latin') {
      latin++;
      if (l === 'ru') latinRu++;
    } else cyr++;
  }
  const sentences: AdLanguage[] = [];
  const totals: Record<Lang, number> = { en: 0, ru: 0, ky: 0 };
  for (let i = 0; i < per.length; i++) {
    const s = per[i];
    if (!s) {
      sentences.push('unknown');
      continue;
    }
    const cyrTotal = s.ru + s.ky;
    let lang: Lang;
    if (cyrTotal >= s.en) lang = s.ky >= 2 || (s.ky >= 1 && s.ky * 3 >= cyrTotal) ? 'ky' : 'ru';
    else lang = s.ru * 3 >= s.en && s.ru >= 2 ? 'ru' : 'en';
    sentences.push(lang);
    totals[lang] += s.en + s.ru + s.ky;
  }
  const all = totals.en + totals.ru + totals.ky;
  const present = (Object.keys(totals) as Lang[]).filter((l) => totals[l] > 0 && totals[l] >= all * 0.2);
  let language: AdLanguage = 'unknown';
  if (present.length === 1) language = present[0]!;
  else if (present.length > 1) language = 'mixed';
  const run = new Set<Lang>();
  if (latin > 0) run.add('en');
  if (cyr > 0) {
    run.add('ru');
    run.add('ky');
  }
  const translit = latinRu >= 3 && latinRu * 4 >= latin;
  return { language, run, sentences, translit };
}
