import { scriptOf, type Script } from './script.js';

/** Slots handed out by perWord and perWordWith so far. */
let slots = 0;

/**
 * One object per distinct word: several stages ask the same questions of every token (its language
 * evidence, its stem, whether it names a messenger), and an ad repeats its words while a batch repeats
 * most of its vocabulary. Each token carries its Word, found with one lookup in tokenize(); a stage
 * reads its answer from the Word (perWord), computing it on first use, instead of a Map lookup of
 * its own per token.
 */
export class Word {
  /**
   * Answers by slot (see perWord); undefined until asked. Created full length (the slots are all
   * declared when the modules load, before any word is seen): a packed array, without the hole checks
   * and growth of one filled in at scattered indices.
   */
  readonly answers: unknown[] = new Array<unknown>(slots).fill(undefined);
  /** Asked of every token by tokenize(): a field, not a slot, to save a load per token. */
  readonly script: Script;
  /** hashRange of the text: the word table's key. */
  constructor(
    readonly text: string,
    readonly hash: number,
  ) {
    this.script = scriptOf(text);
  }
}

const LIMIT = 50_000;

/**
 * FNV-1a over UTF-16 code units: the word table's hash. The tokenizer computes it while it scans a
 * word (hashUnit per unit), so that a word already seen is found without slicing it out of the text
 * (with the slice, and a Map hashing and comparing that new string, tokenising alone took 46-53 µs
 * per dense 250-word ad; without, 28-39).
 */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashUnit = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
export function hashRange(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashUnit(h, text.charCodeAt(i));
  return h;
}

/** Open addressing with linear probing; grown (doubled) at half full, cleared at LIMIT words. */
let table: Array<Word | undefined> = new Array<Word | undefined>(1 << 12).fill(undefined);
let count = 0;

function place(into: Array<Word | undefined>, w: Word, hash: number): void {
  const mask = into.length - 1;
  let i = hash & mask;
  while (into[i] !== undefined) i = (i + 1) & mask;
  into[i] = w;
}

/**
 * The Word of text[start, end), whose hash (hashRange) is `hash`. Bounded like memo.ts: past LIMIT
 * distinct words the table starts over (Words already held by tokens stay valid; they are simply not
 * shared with later ones).
 */
export function wordIn(text: string, start: number, end: number, hash: number): Word {
  const len = end - start;
  const mask = table.length - 1;
  let i = hash & mask;
  for (let w = table[i]; w !== undefined; w = table[i]) {
    if (w.hash === hash && w.text.length === len) {
      const t = w.text;
      let k = 0;
      while (k < len && t.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return w;
    }
    i = (i + 1) & mask;
  }
  const w = new Word(start === 0 && end === text.length ? text : text.slice(start, end), hash);
  if (count >= LIMIT) {
    table.fill(undefined);
    count = 0;
  } else if (2 * (count + 1) > table.length) {
    const grown = new Array<Word | undefined>(2 * table.length).fill(undefined);
    for (const old of table) if (old !== undefined) place(grown, old, old.hash);
    table = grown;
  }
  place(table, w, hash);
  count++;
  return w;
}

/** The Word of a text. */
export const wordOf = (text: string): Word => wordIn(text, 0, text.length, hashRange(text, 0, text.length));

/**
 * A per-word answer: `compute(text)` runs once per Word and its result is kept on the Word.
 * `compute` must depend on the word's text alone (not on rules or options) and never return undefined.
 */
export function perWord<T>(compute: (text: string) => T): (w: Word) => T {
  const slot = slots++;
  return (w: Word): T => {
    let v = w.answers[slot] as T | undefined;
    if (v === undefined) w.answers[slot] = v = compute(w.text);
    return v;
  };
}

/**
 * A per-word answer that also depends on an object, such as a compiled rule set: kept on the Word
 * together with the object it was computed for, and recomputed when another object asks. A process
 * usually screens with one rule set, so the slots stay fixed however many screeners are created.
 * `compute` must depend on the word's text and `ctx` alone, and never return undefined.
 */
export function perWordWith<C extends object, T>(compute: (w: Word, ctx: C) => T): (w: Word, ctx: C) => T {
  const ctxSlot = slots++;
  const slot = slots++;
  return (w: Word, ctx: C): T => {
    if (w.answers[ctxSlot] === ctx) return w.answers[slot] as T;
    const v = compute(w, ctx);
    w.answers[ctxSlot] = ctx;
    w.answers[slot] = v;
    return v;
  };
}
