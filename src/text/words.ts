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
  constructor(readonly text: string) {
    this.script = scriptOf(text);
  }
}

const LIMIT = 50_000;
const words = new Map<string, Word>();

/**
 * The Word of a text. Bounded like memo.ts: past LIMIT distinct words the table starts over (Words
 * already held by tokens stay valid; they are simply not shared with later ones).
 */
export function wordOf(text: string): Word {
  let w = words.get(text);
  if (w === undefined) {
    if (words.size >= LIMIT) words.clear();
    words.set(text, (w = new Word(text)));
  }
  return w;
}

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
