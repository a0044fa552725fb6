import type { CompiledRules } from '../engine/compile.js';
import { NOT_A_ROLE } from '../data.js';
import type { Lang } from '../schema/rule.js';
import type { Normalized } from '../text/normalize.js';
import { foldKyrgyzLetters, kyrgyzKeys } from '../lang/kyrgyz.js';
import { KYRGYZ_LATIN_HOMOGRAPHS } from '../lang/language-words.js';
import { kyrgyzLatinToCyrillic, translitToCyrillic } from '../lang/translit.js';
import { stemOfWord } from '../lang/stem.js';
import type { Token } from '../text/tokenize.js';
import { perWordWith, type Word } from '../text/words.js';
import { tokenKey } from './phrase.js';
import { NO_PARTS, runRegexes } from './regex.js';
import type { FirstStep, KeyId, TokenTrie } from './trie.js';

/** A pattern match in token and normalised-text coordinates (mapped to the original later). */
export interface RawHit {
  rule: number;
  pattern: string;
  lang: Lang;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Extra ranges for two-part (near) matches; NO_PARTS for the others. */
  parts: ReadonlyArray<readonly [number, number]>;
  /** Exact normalised offsets for regex matches (which need not align with tokens). */
  nStart?: number;
  nEnd?: number;
}
export interface LexHit {
  entry: number;
  from: number;
  to: number;
}
export interface MatchResult {
  hits: RawHit[];
  /** Token indices where each rule's exclusions matched. */
  excludes: Map<number, number[]>;
  places: LexHit[];
  roles: LexHit[];
  gender: Array<LexHit & { gender: 'female' | 'male' }>;
  /** The call's time budget ran out before every regex had run (see ScreenOptions.timeBudgetMs). */
  timedOut?: boolean;
}

/**
 * A word's keys in the Kyrgyz trie: the Kyrgyz readings of a Cyrillic word (the rule set's vocabulary
 * decides them), else the word itself. Kept on the word for the rule set last asked, like its first
 * steps: a memo keyed by the text cost two table lookups per token of every Cyrillic ad.
 */
const kyKeysOf = perWordWith((w: Word, c: CompiledRules): string | string[] => (w.script === 'cyrillic' ? kyrgyzKeys(w.text, c.kyVocabulary()) : w.text));

/**
 * Each word's key as a language's trie reads it (the id of its stem; of its Kyrgyz readings), and
 * where the word leads from the trie's root, found with that key: both kept on the word for the rule
 * set last asked. The keys are the same as in runMatchers.
 */
const keyOf: Record<Lang, (w: Word, c: CompiledRules) => KeyId> = {
  en: perWordWith((w, c) => c.trie('en').keyOf(stemOfWord.en(w))),
  ru: perWordWith((w, c) => c.trie('ru').keyOf(stemOfWord.ru(w))),
  ky: perWordWith((w, c) => c.trie('ky').keyOf(kyKeysOf(w, c))),
};
const firstStepOf: Record<Lang, (w: Word, c: CompiledRules) => FirstStep> = {
  en: perWordWith((w, c) => c.trie('en').firstStep(keyOf.en(w, c), w.text)),
  ru: perWordWith((w, c) => c.trie('ru').firstStep(keyOf.ru(w, c), w.text)),
  ky: perWordWith((w, c) => c.trie('ky').firstStep(keyOf.ky(w, c), stemOfWord.ky(w))),
};

/**
 * Per-token arrays for the trie walks and the buffer of their matches, reused from one ad to the next
 * (matchAll reads only an ad's worth of them): fresh ones were 6% of what a screen allocates, and what
 * a screen allocates evicts the rule set's tables and words from the processor's caches.
 */
const words: string[] = [];
const forms: string[] = [];
const keys: KeyId[] = [];
const firsts: FirstStep[] = [];
const buf: number[] = [];

/** How an ad's Latin words are typed (lang/detect.ts): Russian or Kyrgyz written in Latin letters. */
export interface LatinTyping {
  readonly translit: boolean;
  readonly kyLatin: boolean;
  /** Per sentence, its language and whether it is typed in Latin letters (LanguageInfo's). */
  readonly sentences?: ReadonlyArray<string>;
  readonly sentenceTranslit?: readonly boolean[];
}
const ENGLISH_ONLY: LatinTyping = { translit: false, kyLatin: false };

/**
 * Does a match of tokens [from, to) run across a line break? A phrase is words of one line: "back
 * home\n---\nCare Assistants" is no "home care", and "Lunch is free.\n✈️ The boss buys the ticket"
 * no "free flight". (Not "of one sentence": the dots of "U.S.A." and "т.р." end no phrase.)
 */
function crossesLine(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) {
    const gapEnd = tokens[t]!.start;
    for (let i = tokens[t - 1]!.end; i < gapEnd; i++) if (text.charCodeAt(i) === 0x0a) return true;
  }
  return false;
}

const HOMOGRAPHS = new Set(KYRGYZ_LATIN_HOMOGRAPHS);
/**
 * In the sentences of Kyrgyz typed in Latin letters, the English trie does not read the Kyrgyz words
 * that are also English words (language-words.ts): they take no edge, and a phrase's `*` still steps
 * over them. (matchAll also reads their form, for prefix steps; no English phrase has one they fit.)
 */
function maskHomographs(trie: TokenTrie, tokens: readonly Token[], latin: LatinTyping, keys: KeyId[], firsts: FirstStep[]): void {
  const { sentences, sentenceTranslit } = latin;
  if (!sentences || !sentenceTranslit) return;
  const nowhere = trie.firstStep(-1, '');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!HOMOGRAPHS.has(t.text) || sentences[t.sentence] !== 'ky' || !sentenceTranslit[t.sentence]) continue;
    keys[i] = -1;
    firsts[i] = nowhere;
  }
}

/** Tries run for the languages present; regexes run on every ad (they are few and script-agnostic). */
export function runMatchers(c: CompiledRules, norm: Normalized, tokens: Token[], langs: ReadonlySet<Lang>, latin: LatinTyping = ENGLISH_ONLY, expired?: () => boolean): MatchResult {
  const n = tokens.length;
  for (let i = 0; i < n; i++) words[i] = tokens[i]!.text;
  const { translit, kyLatin } = latin;
  const run = new Set(langs);
  if (translit) run.add('ru');
  if (kyLatin) run.add('ky');
  const out: MatchResult = { hits: [], excludes: new Map(), places: [], roles: [], gender: [] };
  const addExclude = (rule: number, token: number): void => {
    let s = out.excludes.get(rule);
    if (!s) out.excludes.set(rule, (s = []));
    s.push(token);
  };
  // Token ranges of each proximity pattern's two sides, as [from, to] pairs flattened; `nearOrder`
  // lists the patterns in the order they were first met (the order their hits are reported in).
  const nearSides: Array<{ a: number[]; b: number[] } | undefined> = [];
  const nearOrder: number[] = [];
  // The same place can match in the ru and ky tries: keep one (key: kind, first and last token).
  const seenLex = new Set<number>();
  const lexKey = (kind: number, from: number, to: number): number => (kind * 0x100000 + from) * 0x1000 + (to - from);
  for (const lang of run) {
    const trie = c.trie(lang);
    if (trie.size === 0) continue;
    const firstOf = firstStepOf[lang];
    const keyFor = keyOf[lang];
    if (lang === 'ky') {
      // A Kyrgyz "stem" is the word with its three Kyrgyz letters folded (stem.ts): the prefix steps' form.
      const folded = stemOfWord.ky;
      for (let i = 0; i < n; i++) {
        const w = tokens[i]!.word;
        firsts[i] = firstOf(w, c);
        keys[i] = keyFor(w, c);
        forms[i] = folded(w);
      }
      if (kyLatin) {
        // Kyrgyz in Latin letters: its words are keyed as the Cyrillic they stand for, as below for Russian.
        for (let i = 0; i < n; i++) {
          const t = tokens[i]!;
          if (t.script !== 'latin') continue;
          const cyrillic = kyrgyzLatinToCyrillic(t.text);
          const key = trie.keyOf(kyrgyzKeys(cyrillic, c.kyVocabulary()));
          keys[i] = key;
          forms[i] = foldKyrgyzLetters(cyrillic);
          firsts[i] = trie.firstStep(key, forms[i]!);
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        const w = tokens[i]!.word;
        firsts[i] = firstOf(w, c);
        keys[i] = keyFor(w, c);
      }
      if (kyLatin && lang === 'en') maskHomographs(trie, tokens, latin, keys, firsts);
      if (translit && lang === 'ru') {
        // Russian in Latin letters: its words are keyed as the Cyrillic they stand for (not kept per word:
        // the same Latin word is keyed as itself when the ad is not transliterated).
        for (let i = 0; i < n; i++) {
          const t = tokens[i]!;
          if (t.script !== 'latin') continue;
          const key = trie.keyOf(tokenKey(lang, translitToCyrillic(t.text)));
          keys[i] = key;
          firsts[i] = trie.firstStep(key, t.text);
        }
      }
    }
    const found = trie.matchAll(n, keys, lang === 'ky' ? forms : words, firsts, buf);
    for (let k = 0; k < found; k += 3) {
      const p = c.payloads[buf[k]!]!;
      const from = buf[k + 1]!;
      const to = buf[k + 2]!;
      if (to - from > 1 && crossesLine(norm.text, tokens, from, to)) continue;
      switch (p.type) {
        case 'pattern':
          out.hits.push({ rule: p.rule, pattern: p.pattern, lang: p.lang, from, to, parts: NO_PARTS });
          break;
        case 'exclude':
          for (let t = from; t < to; t++) addExclude(p.rule, t);
          break;
        case 'near': {
          let s = nearSides[p.near];
          if (!s) {
            nearSides[p.near] = s = { a: [], b: [] };
            nearOrder.push(p.near);
          }
          s[p.side].push(from, to);
          break;
        }
        case 'place':
          if (seenLex.has(lexKey(1, from, to))) break;
          seenLex.add(lexKey(1, from, to));
          out.places.push({ entry: p.entry, from, to });
          break;
        case 'role': {
          // A `notRoles` match is kept apart from the role of the same span, which it must be able to outrank.
          const kind = p.entry === NOT_A_ROLE ? 4 : 2;
          if (seenLex.has(lexKey(kind, from, to))) break;
          seenLex.add(lexKey(kind, from, to));
          out.roles.push({ entry: p.entry, from, to });
          break;
        }
        case 'gender':
          if (seenLex.has(lexKey(3, from, to))) break;
          seenLex.add(lexKey(3, from, to));
          out.gender.push({ entry: 0, gender: p.gender, from, to });
          break;
      }
    }
  }
  for (const k of nearOrder) {
    const { a, b } = nearSides[k]!;
    const { rule, pattern, lang, spec } = c.near[k]!;
    for (let i = 0; i < a.length; i += 2) {
      const aFrom = a[i]!;
      const aTo = a[i + 1]!;
      for (let j = 0; j < b.length; j += 2) {
        const bFrom = b[j]!;
        const bTo = b[j + 1]!;
        if (spec.ordered && bFrom < aTo) continue;
        const gap = bFrom >= aTo ? bFrom - aTo : aFrom - bTo;
        if (gap < 0 || gap > spec.within) continue;
        if ((spec.sameSentence ?? true) && tokens[aFrom]!.sentence !== tokens[bFrom]!.sentence) continue;
        out.hits.push({ rule, pattern, lang, from: Math.min(aFrom, bFrom), to: Math.max(aTo, bTo), parts: [[aFrom, aTo], [bFrom, bTo]] });
      }
    }
  }
  if (tokens.length > 0) runRegexes(c, norm.text, norm.view, tokens, out, addExclude, expired);
  return out;
}
