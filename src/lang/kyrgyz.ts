/**
 * Kyrgyz suffix-aware matching. Kyrgyz is agglutinative: a noun takes plural, possessive and case
 * endings in that order, then sometimes the relative -кы (Дубай-да-гы "the one in Dubai"), and every
 * ending has vowel-harmony and consonant-assimilation variants (Дубай-га, Түркия-да, Кыргызстан-дан,
 * жумуш-ка, кыз-дар-ы-на).
 *
 * A blind stripper either cuts too much (келин-дер and кел-иңиз both become "кел") or too little. So
 * pattern words are kept whole, and a text word matches a pattern word when it IS that word plus a
 * valid chain of endings: we list every way to peel endings off the text word and keep the readings
 * that are words of the rule vocabulary.
 *
 * Many people type Kyrgyz on a Russian keyboard, writing н о у for ң ө ү, so both sides are folded
 * to that alphabet first: "Түркияга" and "Туркияга" are the same word. Two sound changes at the join
 * are undone: a final к/п voiced before a vowel (айлыгыңыздан -> айлык) and the soft sign a Russian
 * loanword drops (Мариуполго -> Мариуполь).
 */
const KY_ONLY = /[ңөү]/;
const FOLD: Record<string, string> = { ң: 'н', ө: 'о', ү: 'у' };
export function foldKyrgyzLetters(word: string): string {
  // Most words have none of the three letters: return them untouched (this runs on every word).
  return KY_ONLY.test(word) ? word.replace(/[ңөү]/g, (c) => FOLD[c]!) : word;
}

const A = ['а', 'е', 'о']; // a-type vowels after folding (ө -> о)
const I = ['ы', 'и', 'у']; // i-type vowels after folding (ү -> у)
const combos = (heads: string[], vowels: string[], tail = ''): string[] => heads.flatMap((h) => vowels.map((v) => h + v + tail));

/** Endings by class, in the order they are peeled from the end of a word. */
const RELATIVE = combos(['г', 'к'], I); // -гы / -кы after a locative: Дубайда-гы
const CASE = [
  ...combos(['д', 'т', 'н'], A, 'н'), // ablative -дан -тан -нан
  ...combos(['д', 'т', 'нд'], A), // locative -да -та, -нда after a possessive
  ...combos(['г', 'к', 'н'], A), // dative -га -ка, -на after a possessive
  ...combos(['н', 'д', 'т'], I, 'н'), // genitive -нын -дын -тын
  ...combos(['н', 'д', 'т'], I), // accusative -ны -ды -ты
  'н', // accusative after a possessive: кыз-ы-н
  ...combos(['ч'], A), // equative -ча
];
const POSSESSIVE = [
  ...combos(['ыб', 'иб', 'уб'], I, 'з'), // -ыбыз
  ...combos(['ын', 'ин', 'ун', 'н'], I, 'з'), // -ыңыз (folded)
  ...combos(['ын', 'ин', 'ун', 'н'], A, 'р'), // -ыңар
  'ым', 'им', 'ум', 'м', 'ын', 'ин', 'ун',
  'сы', 'си', 'су', 'ы', 'и', 'у',
];
const PLURAL = combos(['л', 'д', 'т'], A, 'р');
const CLASSES = [RELATIVE, CASE, POSSESSIVE, PLURAL];
const MIN_ROOT = 2;
const VOWELS = 'аеоыиу'; // after folding
const SOFT_SIGN_BEFORE = /[лнтрмс]$/;
const PLURAL_END = /[лдт][аео]р$/; // кыздар-га is a plural, not a loanword that lost its soft sign
// A final к or п is voiced before an ending that starts with a vowel: айлык -> айлыг-ыңыз, китеп -> китеб-и.
const DEVOICE: Record<string, string> = { г: 'к', б: 'п' };

/** Every reading of `word` (folded) as root + endings, the whole word included. */
export function kyrgyzReadings(word: string): string[] {
  const out = new Set<string>();
  const walk = (w: string, cls: number): void => {
    out.add(w);
    for (let c = cls; c < CLASSES.length; c++) {
      for (const e of CLASSES[c]!) {
        if (w.length - e.length >= MIN_ROOT && w.endsWith(e)) {
          const root = w.slice(0, -e.length);
          walk(root, c + 1);
          // A Russian loanword drops its soft sign before an ending: Мариуполь -> Мариупол-го,
          // Пермь -> Перм-ге, Тверь -> Твер-ге, Беларусь -> Беларус-ка.
          if (SOFT_SIGN_BEFORE.test(root) && !PLURAL_END.test(root)) out.add(root + 'ь');
          const voiced = DEVOICE[root[root.length - 1]!];
          if (voiced && VOWELS.includes(e[0]!)) out.add(root.slice(0, -1) + voiced);
        }
      }
    }
  };
  walk(foldKyrgyzLetters(word.toLowerCase()), 0);
  return [...out];
}

/** Readings of a text word that are words of the rule vocabulary (the word itself when none are). */
export function kyrgyzKeys(word: string, vocabulary: ReadonlySet<string>): string[] {
  const found = kyrgyzReadings(word).filter((r) => vocabulary.has(r));
  return found.length > 0 ? found : [foldKyrgyzLetters(word)];
}
