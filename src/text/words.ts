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
  constructor(readonly text: string) {}
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
