import { scriptOf, type Script } from './script.js';

/**
 * One object per distinct word: several stages ask the same questions of every token (its language
 * evidence, its stem, whether it names a messenger), and an ad repeats its words while a batch repeats
 * most of its vocabulary. Each token carries its Word, found with one lookup in tokenize(); a stage
 * reads its answer from the Word (perWord), computing it on first use, instead of a Map lookup of
 * its own per token.
 */
export class Word {
  /** Answers by slot (see perWord); undefined until asked. */
  readonly answers: unknown[] = [];
  /** Asked of every token by tokenize(): a field, not a slot, to save a load per token. */
  readonly script: Script;
  constructor(readonly text: string) {
    this.script = scriptOf(text);
  }
}

const LIMIT = 50_000;
/**
 * The words seen, by hash, in an open-addressing table: tokenize() finds a word by its place in the
 * ad, without first cutting it out as a string (a new string per token, hashed by the Map, then
 * compared with the key character by character). The table doubles when half full, up to one that
 * holds LIMIT words, so a small vocabulary stays in a small, cache-friendly table. Hash 0 marks an
 * empty place: a probe reads the hashes alone until one is equal.
 */
const MAX_SIZE = 1 << 17;
let size = 1 << 12;
let table: Array<Word | undefined> = new Array<Word | undefined>(size).fill(undefined);
let hashes = new Int32Array(size);
let count = 0;

/** Does `word` hold exactly text[start, end)? */
function holds(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = start; i < end; i++) if (word.charCodeAt(i - start) !== text.charCodeAt(i)) return false;
  return true;
}

/** Place a word in the first empty place of its probe run. */
function place(w: Word, h: number): void {
  let at = h & (size - 1);
  while (hashes[at] !== 0) at = (at + 1) & (size - 1);
  table[at] = w;
  hashes[at] = h;
}

function resize(to: number): void {
  const [oldTable, oldHashes] = [table, hashes];
  size = to;
  table = new Array<Word | undefined>(size).fill(undefined);
  hashes = new Int32Array(size);
  for (let i = 0; i < oldHashes.length; i++) if (oldHashes[i] !== 0) place(oldTable[i]!, oldHashes[i]!);
}

/**
 * The Word of text[start, end). Bounded like memo.ts: past LIMIT distinct words the table starts over
 * (Words already held by tokens stay valid; they are simply not shared with later ones).
 */
export function wordIn(text: string, start: number, end: number): Word {
  // FNV-1a over the UTF-16 code units; never 0 (the empty mark).
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = h || 1;
  for (let at = h & (size - 1), e = hashes[at]!; e !== 0; at = (at + 1) & (size - 1), e = hashes[at]!) {
    if (e === h && holds(table[at]!.text, text, start, end)) return table[at]!;
  }
  if (count >= LIMIT) {
    table.fill(undefined);
    hashes.fill(0);
    count = 0;
  } else if (2 * (count + 1) > size && size < MAX_SIZE) {
    resize(2 * size);
  }
  const w = new Word(text.slice(start, end));
  place(w, h);
  count++;
  return w;
}

/** The Word of a whole string. */
export const wordOf = (text: string): Word => wordIn(text, 0, text.length);

let slots = 0;

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
