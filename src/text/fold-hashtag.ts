/**
 * Hashtags written in camel case ("#РаботаВДубае", "#WorkInDubai", "#EPSKorea", "#Dubai2025") split
 * into their words, so the rules read "работа в дубае" where the whole tag was one unknown word. The
 * capitals are read from the original text (the layers are lower case): a space goes before a
 * capital after a small letter ("Работа|В"), before the capital that starts a word after capitals
 * ("В|Дубае", "EPS|Korea"), and before a number that ends the tag ("Dubai|2025"). A name written in
 * camel case stays whole, inside a tag or as one ("#WhatsApp", "#WhatsAppJobs", "#LinkedIn"): the
 * messenger and platform names of rules/data/lexicon.json. A tag in one case ("#работавдубае",
 * "#WORKINDUBAI") is split with a dictionary (hashtag-words.ts). Each inserted space maps to the
 * letter after it, so a word's span still starts at its first letter in the original.
 */
import { lexicon } from '../data.js';
import { dictionaryCuts } from './hashtag-words.js';
import { Case, caseAt, rewriteMatches, type Layer } from './layer.js';

/** A part of a tag of letters only: a code or a masked link has digits. */
const LETTERS = /^\p{L}+$/u;
/** A "#" and the word after it (letters, digits, underscores); the word is checked in code. */
const TAG = /#[\p{L}\p{N}_]{3,}/gu;

/** Names a split must not cut, lower case (fold-glue.ts keeps them whole too). */
export const CAMEL_NAMES = new Set<string>([...Object.values(lexicon.messengers).flat(), ...lexicon.messengerInContext.platforms]);
/** The longest name in parts: "WhatsApp" is two, "VKontakte" two. */
const NAME_PARTS = 3;

/** Where the word text[from, to) of a tag splits: the start of each part after the first. */
function splitPoints(layer: Layer, original: string, from: number, to: number): number[] {
  const cases: Case[] = [];
  for (let i = from; i < to; i++) cases.push(caseAt(layer, original, i));
  const cuts: number[] = [];
  for (let k = 1; k < cases.length; k++) {
    const prev = cases[k - 1]!;
    const cur = cases[k]!;
    const next = cases[k + 1];
    if ((prev === Case.Lower && cur === Case.Upper) || (prev === Case.Upper && cur === Case.Upper && next === Case.Lower)) cuts.push(from + k);
  }
  // A year or a number after the words ("Dubai2025", "РаботаВДубае24"); not digits amid letters, as in
  // a code or a masked link ("#URL_7a3dea8d6393…"), which would read as a phone.
  const digits = YEAR_AFTER.exec(layer.text.slice(from, to));
  if (digits) cuts.push(to - digits[1]!.length);
  return cuts;
}
const YEAR_AFTER = /^\p{L}{3,}?(\p{N}{2,4})$/u;

/** The cuts left once every run of parts that spells a name is joined again ("whats|app" → "whatsapp"). */
function keepNames(text: string, from: number, to: number, cuts: readonly number[]): number[] {
  const bounds = [from, ...cuts, to];
  const kept: number[] = [];
  let p = 0;
  while (p < bounds.length - 1) {
    // The longest run of parts from p that is a name.
    let q = p + 1;
    for (let r = Math.min(bounds.length - 1, p + NAME_PARTS); r > p + 1; r--) {
      if (CAMEL_NAMES.has(text.slice(bounds[p]!, bounds[r]!))) {
        q = r;
        break;
      }
    }
    if (q < bounds.length - 1) kept.push(bounds[q]!);
    p = q;
  }
  return kept;
}

export function foldHashtags(layer: Layer, original: string): Layer {
  const t = layer.text;
  return rewriteMatches(layer, TAG, (m, rewriter) => {
    const from = m.index + 1;
    const to = m.index + m[0].length;
    // The tag's word parts between underscores are split each on their own (underscores already part words).
    let split = false;
    for (let a = from; a < to; ) {
      let b = a;
      while (b < to && t.charCodeAt(b) !== 0x5f) b++;
      let cuts = keepNames(t, a, b, splitPoints(layer, original, a, b));
      // No capitals to go by ("#работавдубае", "#WORKINDUBAI"): the dictionary's words, if it is all of them.
      if (cuts.length === 0 && LETTERS.test(t.slice(a, b))) cuts = dictionaryCuts(t.slice(a, b)).map((c) => a + c);
      if (cuts.length > 0 && !split) {
        // The "#" of a split tag goes too: the words read as the sentence they were ("20 000 #СомСКандидата"
        // is an amount in som, "15–17 #ЖаштагыБалдар" an age).
        rewriter().replace(m.index, m.index + 1, ' ');
        split = true;
      }
      for (const c of cuts) rewriter().replace(c, c + 1, ` ${t[c]}`);
      a = b + 1;
    }
  });
}
