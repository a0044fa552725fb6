import { scriptOf, type Script } from './script.js';
import { marksOf } from './word-marks.js';

/**
 * Numbers per word of each slot handed out by perWord (1: the answer) and perWordWith (2: the object
 * it was computed for, then the answer), in the order handed out.
 */
const strides: number[] = [];

/**
 * The per-word answers of one generation of the word table (see wordIn): one dense array per slot,
 * indexed by word id (times the slot's stride). Dense rather than an array on each Word: a stage asks
 * one or two slots of every token, and with an array per Word each token cost a cache miss on it
 * (5% of a screen's time went to that one load); in a slot's array the answers of an ad's common
 * words share cache lines.
 */
class Generation {
  /** Ids this generation's arrays have room for; doubled when full. */
  private capacity = 1024;
  private count = 0;
  private readonly arrays: unknown[][] = [];

  /** The array of a slot, created on first use (the slots are all handed out before any word is seen). */
  array(slot: number): unknown[] {
    return this.arrays[slot] ?? this.create(slot);
  }

  private create(slot: number): unknown[] {
    while (this.arrays.length <= slot) this.arrays.push(new Array<unknown>(this.capacity * strides[this.arrays.length]!).fill(undefined));
    return this.arrays[slot]!;
  }

  /** A new word's id; the slot arrays grow to hold it. */
  nextId(): number {
    if (this.count === this.capacity) {
      this.capacity *= 2;
      this.arrays.forEach((a, slot) => {
        const grown = new Array<unknown>(this.capacity * strides[slot]!).fill(undefined);
        for (let i = 0; i < a.length; i++) grown[i] = a[i];
        this.arrays[slot] = grown;
      });
    }
    return this.count++;
  }
}

/**
 * One object per distinct word: several stages ask the same questions of every token (its language
 * evidence, its stem, whether it names a messenger), and an ad repeats its words while a batch repeats
 * most of its vocabulary. Each token carries its Word, found with one lookup in tokenize(); a stage
 * reads its answer for the Word (perWord), computing it on first use, instead of a Map lookup of
 * its own per token.
 */
export class Word {
  /** Asked of every token by tokenize(): a field, not a slot, to save a load per token. */
  readonly script: Script;
  /** Copied onto each token by tokenize() (word-marks.ts): a field, for the same reason. */
  readonly marks: number;
  /** Where the word's answers are in its generation's arrays. */
  readonly id: number;
  constructor(
    readonly text: string,
    /** The generation of the word table the word was entered in, which holds its answers. */
    readonly gen: Generation,
  ) {
    this.script = scriptOf(text);
    this.marks = marksOf(text);
    this.id = gen.nextId();
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

/**
 * Open addressing with linear probing; grown (doubled) at half full, cleared at LIMIT words.
 * A probe reads only typed arrays: `keys` holds each slot's hash, the start of its word's code units
 * in `units`, and their count (0: an empty slot); `words` holds the slot's Word, read once found.
 * Why not compare against each Word's text: a batch mixes ads stored by V8 as one-byte strings
 * (plain ASCII) and as two-byte ones (any curly quote, dash or emoji), so the words' texts mix both
 * too, and comparing with charCodeAt on strings of either kind in one loop made tokenising a mixed
 * batch of real 250-word ads take 45-47 µs an ad against 31-34 for a batch of one kind; read from
 * `units`, 28-29 either way.
 */
const KEY = 3;
let words: Array<Word | undefined> = new Array<Word | undefined>(1 << 12).fill(undefined);
let keys = new Int32Array(KEY << 12);
let units = new Uint16Array(1 << 16);
let unitsUsed = 0;
let count = 0;
let gen = new Generation();

function place(intoWords: Array<Word | undefined>, intoKeys: Int32Array, w: Word, hash: number, at: number, len: number): void {
  const mask = intoWords.length - 1;
  let i = hash & mask;
  while (intoKeys[KEY * i + 2] !== 0) i = (i + 1) & mask;
  intoWords[i] = w;
  intoKeys[KEY * i] = hash;
  intoKeys[KEY * i + 1] = at;
  intoKeys[KEY * i + 2] = len;
}

/** Double the table, placing every word again. */
function grow(): void {
  const size = 2 * words.length;
  const grownWords = new Array<Word | undefined>(size).fill(undefined);
  const grownKeys = new Int32Array(KEY * size);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w !== undefined) place(grownWords, grownKeys, w, keys[KEY * i]!, keys[KEY * i + 1]!, keys[KEY * i + 2]!);
  }
  words = grownWords;
  keys = grownKeys;
}

/** Append text[start, end) to `units`, growing it, and return where it starts. */
function keepUnits(text: string, start: number, end: number): number {
  const len = end - start;
  if (unitsUsed + len > units.length) {
    let size = 2 * units.length;
    while (size < unitsUsed + len) size *= 2;
    const grown = new Uint16Array(size);
    grown.set(units.subarray(0, unitsUsed));
    units = grown;
  }
  const at = unitsUsed;
  for (let k = 0; k < len; k++) units[at + k] = text.charCodeAt(start + k);
  unitsUsed += len;
  return at;
}

/**
 * A word's own string, made from its code units. Not text.slice(): for 13 units or more V8 makes a
 * slice, which keeps the ad's whole normalised text alive as long as the word is in the table (up to
 * LIMIT words): 40,000 real ads, each with a reference code of its own, left 148 MiB of heap in use,
 * against 39 with words of their own. A string made from the units is also one-byte whenever its
 * characters allow, whatever kind the ad was. Built in chunks: one call with every unit as an
 * argument overflows the stack on a very long run of letters.
 */
function ownString(at: number, len: number): string {
  const CHUNK = 4096;
  if (len <= CHUNK) return String.fromCharCode.apply(null, units.subarray(at, at + len) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < len; k += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(at + k, at + Math.min(len, k + CHUNK)) as unknown as number[]));
  return parts.join('');
}

/**
 * The Word of text[start, end), whose hash (hashRange) is `hash`. Bounded like memo.ts: past LIMIT
 * distinct words the table starts over, with a new generation of answers (Words already held by
 * tokens stay valid, with their answers; they are simply not shared with later ones).
 */
export function wordIn(text: string, start: number, end: number, hash: number): Word {
  const len = end - start;
  const mask = words.length - 1;
  let i = hash & mask;
  for (let l = keys[KEY * i + 2]!; l !== 0; l = keys[KEY * i + 2]!) {
    if (l === len && keys[KEY * i] === hash) {
      const at = keys[KEY * i + 1]!;
      let k = 0;
      while (k < len && units[at + k] === text.charCodeAt(start + k)) k++;
      if (k === len) return words[i]!;
    }
    i = (i + 1) & mask;
  }
  // A length of 0 marks an empty slot, so an empty word could never be found again.
  if (len <= 0) throw new RangeError(`wordIn: a word has at least one code unit (got ${start}..${end})`);
  if (count >= LIMIT) {
    words.fill(undefined);
    keys.fill(0);
    unitsUsed = 0;
    count = 0;
    gen = new Generation();
  } else if (2 * (count + 1) > words.length) {
    grow();
  }
  const at = keepUnits(text, start, end);
  const w = new Word(ownString(at, len), gen);
  place(words, keys, w, hash, at, len);
  count++;
  return w;
}

/** Distinct words in the table since it last started over (for tests). */
export const wordsInTable = (): number => count;

/** The Word of a text. */
export const wordOf = (text: string): Word => wordIn(text, 0, text.length, hashRange(text, 0, text.length));

/**
 * A per-word answer: `compute(text)` runs once per Word and its result is kept for it.
 * `compute` must depend on the word's text alone (not on rules or options) and never return undefined.
 */
export function perWord<T>(compute: (text: string) => T): (w: Word) => T {
  const slot = strides.push(1) - 1;
  return (w: Word): T => {
    let v = w.gen.array(slot)[w.id] as T | undefined;
    // The array is asked again after compute(), which may meet new words (the arrays grow by being replaced).
    if (v === undefined) w.gen.array(slot)[w.id] = v = compute(w.text);
    return v;
  };
}

/**
 * A per-word answer that also depends on an object, such as a compiled rule set: kept for the Word
 * together with the object it was computed for, and recomputed when another object asks. A process
 * usually screens with one rule set, so the answers stay however many screeners are created.
 * `compute` must depend on the word's text and `ctx` alone, and never return undefined.
 */
export function perWordWith<C extends object, T>(compute: (w: Word, ctx: C) => T): (w: Word, ctx: C) => T {
  const slot = strides.push(2) - 1;
  return (w: Word, ctx: C): T => {
    const i = 2 * w.id;
    let a = w.gen.array(slot);
    if (a[i] === ctx) return a[i + 1] as T;
    const v = compute(w, ctx);
    // Asked afresh: compute() may have met new words, and the arrays grow by being replaced.
    a = w.gen.array(slot);
    a[i] = ctx;
    a[i + 1] = v;
    return v;
  };
}
