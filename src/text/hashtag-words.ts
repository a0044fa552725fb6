/**
 * The words of a hashtag written in one case ("#работавдубае", "#workindubai", "#дубайгакыздар"),
 * found with a small dictionary: place and role names (rules/data/places.json, roles.json) in the case
 * forms ads use, the gender words of lexicon.json, and the words tags glue around them
 * (lexicon.json, `hashtagWords`). A tag is split only when it is nothing but such words (two or more,
 * or one name of several words: "#southkorea") and one of them is a place or a role, or a lure phrase
 * of `hashtagPhrases` ("#easymoney"): "#dubaimall" and "#вакансии" stay as they are.
 */
import { lexicon, places, roles } from '../data.js';
import { russianCaseForms } from '../lang/russian.js';

/**
 * Kyrgyz case and plural endings a place or role name takes inside a tag ("дубайга", "кореяда",
 * "дубайдагы", "официанттар"): looked for when a piece is no word of the dictionary as it stands.
 * One ending, not lang/kyrgyz.ts's chains of them: every piece of a tag is looked up (a few hundred
 * for a 20-letter tag), and a full reading of a word costs microseconds.
 */
const KY_ENDINGS = ['га', 'ка', 'ге', 'ке', 'го', 'ко', 'гө', 'кө', 'да', 'та', 'де', 'те', 'до', 'то', 'дө', 'тө', 'дан', 'тан', 'ден', 'тен', 'дон', 'тон', 'дөн', 'төн', 'дагы', 'деги', 'догу', 'дөгү', 'тагы', 'теги', 'ны', 'ни', 'ну', 'нү', 'дын', 'дин', 'дун', 'дүн', 'нын', 'нин', 'нун', 'нүн', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ларга', 'лерге', 'дарга', 'дерге'];
/** The endings by their last letter, longest first. */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const e of [...KY_ENDINGS].sort((a, b) => b.length - a.length)) {
  const last = e[e.length - 1]!;
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), e]);
}

/** The longest word looked for, and the longest tag segmented (longer ones are left whole). */
const MAX_WORD = 24;
const MAX_TAG = 48;

/** A dictionary word: is it a place or role name, and where its words start when it is a name of several. */
interface Entry {
  name: boolean;
  inner: readonly number[];
}
let vocabulary: Map<string, Entry> | undefined;
/** The dictionary, built on the first tag that needs it (an ad without one pays nothing). */
function vocab(): Map<string, Entry> {
  if (vocabulary) return vocabulary;
  const v = new Map<string, Entry>();
  const add = (w: string, name: boolean, inner: readonly number[] = []): void => {
    const had = v.get(w);
    if (w.length >= 1 && w.length <= MAX_WORD && (!had || (name && !had.name))) v.set(w, { name, inner });
  };
  // A name of several words is also found written together ("southkorea", "девушкадляобщения"), and
  // then split into its words; its words alone are words of the dictionary, not names ("для" is no role).
  const name = (n: string): void => {
    const words = n.split(' ');
    const inner: number[] = [];
    let at = 0;
    for (const w of words.slice(0, -1)) inner.push((at += w.length));
    add(words.join(''), true, inner);
    if (words.length > 1) for (const w of words) add(w, false);
  };
  const names = (en: readonly string[], ru: readonly string[], ky: readonly string[]): void => {
    for (const n of en) name(n);
    for (const n of ru) for (const form of russianCaseForms(n)) name(form);
    for (const n of ky) name(n);
  };
  for (const p of places) names(p.en, p.ru, p.ky);
  for (const r of roles) names(r.en, r.ru, r.ky);
  for (const g of Object.values(lexicon.gender)) for (const words of Object.values(g)) for (const w of words as string[]) add(w, false);
  for (const words of Object.values(lexicon.hashtagWords)) for (const w of words) add(w, false);
  for (const phrases of Object.values(lexicon.hashtagPhrases)) for (const p of phrases) name(p);
  return (vocabulary = v);
}

/** The dictionary entry of a piece, as it stands or with a Kyrgyz ending taken off ("дубайга"). */
function lookUp(v: ReadonlyMap<string, Entry>, piece: string): Entry | undefined {
  const entry = v.get(piece);
  if (entry) return entry;
  for (const e of ENDINGS_BY_LAST.get(piece[piece.length - 1]!) ?? []) {
    if (piece.length <= e.length + 1 || !piece.endsWith(e)) continue;
    const base = v.get(piece.slice(0, -e.length));
    // Only a one-word name takes the ending ("южной корее" is Russian).
    if (base && base.inner.length === 0) return base;
  }
  return undefined;
}

/**
 * Where a one-case tag word splits into dictionary words: the start of each word after the first,
 * relative to the word, for the split into the fewest words (a name of several words split into them);
 * [] when it is not all dictionary words, is one word, or names no place or role.
 */
export function dictionaryCuts(word: string): number[] {
  const n = word.length;
  if (n < 4 || n > MAX_TAG) return [];
  const v = vocab();
  // fewest[i]: fewest words covering word[0, i); from[i]: where the last of them starts; named[i]: a name among them.
  const fewest = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  const named = new Array<boolean>(n + 1).fill(false);
  fewest[0] = 0;
  for (let i = 0; i < n; i++) {
    if (fewest[i] === Infinity) continue;
    for (let j = i + 1; j <= Math.min(n, i + MAX_WORD); j++) {
      const entry = lookUp(v, word.slice(i, j));
      if (entry === undefined) continue;
      const count = fewest[i]! + 1;
      const withName = named[i]! || entry.name;
      if (count < fewest[j]! || (count === fewest[j]! && withName && !named[j])) {
        fewest[j] = count;
        from[j] = i;
        named[j] = withName;
      }
    }
  }
  if (fewest[n] === Infinity || !named[n]) return [];
  const cuts: number[] = [];
  for (let end = n; end > 0; end = from[end]!) {
    const start = from[end]!;
    // The words of a name of several ("south|korea"), from the last.
    const inner = lookUp(v, word.slice(start, end))!.inner;
    for (let k = inner.length - 1; k >= 0; k--) cuts.push(start + inner[k]!);
    if (start > 0) cuts.push(start);
  }
  return cuts.reverse();
}
