import type { Lang } from '../schema/rule.js';
import { isCyrillicCode, isLatinCode } from './chars.js';

const KYRGYZ_LETTERS = /[ңөү]/;
/** Frequent Kyrgyz words, for Kyrgyz typed without ң ө ү (plain substring tests are cheap). */
const KYRGYZ_WORDS = [' жана ', 'менен', 'учун', 'керек', 'жумуш', 'маяна', 'айлык', 'кыздар', 'кайрылыныз', 'жазыныз', 'чалыныз'];

/** What the folds may need to know about the whole ad, computed only when asked. */
export class FoldContext {
  private cyrillicFirst: boolean | undefined;

  constructor(
    readonly original: string,
    /** The lower-cased base text. */
    private readonly text: string,
  ) {}

  /** More Cyrillic letters than Latin ones. */
  get cyrillicMajority(): boolean {
    if (this.cyrillicFirst === undefined) {
      let lat = 0;
      let cyr = 0;
      for (let i = 0; i < this.text.length; i++) {
        const c = this.text.charCodeAt(i);
        if (isLatinCode(c)) lat++;
        else if (isCyrillicCode(c)) cyr++;
      }
      this.cyrillicFirst = cyr > lat;
    }
    return this.cyrillicFirst;
  }

  /**
   * Language of the words around t[from, to): the script of the first letter after it on its line,
   * else of the last before it; Cyrillic is Kyrgyz when the text around (200 units either side) has
   * Kyrgyz letters or frequent Kyrgyz words.
   */
  langNear(t: string, from: number, to: number): Lang {
    const cyr = (): Lang => {
      const around = t.slice(Math.max(0, from - 200), to + 200);
      return KYRGYZ_LETTERS.test(around) || KYRGYZ_WORDS.some((w) => around.includes(w)) ? 'ky' : 'ru';
    };
    for (let i = to; i < t.length && i < to + 80; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x0a) break;
      if (isLatinCode(c)) return 'en';
      if (isCyrillicCode(c)) return cyr();
    }
    for (let i = from - 1; i >= 0 && i >= from - 80; i--) {
      const c = t.charCodeAt(i);
      if (c === 0x0a) break;
      if (isLatinCode(c)) return 'en';
      if (isCyrillicCode(c)) return cyr();
    }
    return this.cyrillicMajority ? cyr() : 'en';
  }
}
