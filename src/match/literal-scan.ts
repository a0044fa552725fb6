/**
 * One pass over an ad that finds every occurrence of a fixed set of literals: an Aho-Corasick
 * automaton compiled to a dense transition table. The rule regexes' prefilter literals (the strings
 * every match must contain, and the lead words indexed regexes start with) number about a thousand;
 * looking each up with indexOf walked the ad a thousand times, this walks it once.
 *
 * Characters are UTF-16 code units, as in the text and the literals, so astral characters need no
 * special case. Code units that occur in no literal share one column of the table.
 *
 * The table is read once per character of every ad, and with the bundled rules it has some 3,600
 * states by 107 columns: 16-bit entries halve what it occupies in the processor's caches (32-bit ones
 * are used past 65,536 states, for very large rule packs), and the
 * states are numbered so that those recognising a literal come last, which makes "does this state
 * report anything?" a comparison instead of two more table reads per character.
 */
export class LiteralScanner {
  /** Column of each code unit; 0 for units that occur in no literal. */
  private readonly column = new Uint16Array(0x10000);
  private readonly columns: number;
  /** delta[state * columns + column]: the next state. */
  private readonly delta: Uint16Array | Int32Array;
  /** States from this number on recognise at least one literal. */
  private readonly firstOutput: number;
  /** Literals recognised on entering a state: outIds[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  readonly lengths: Int32Array;

  constructor(literals: readonly string[]) {
    this.lengths = Int32Array.from(literals, (l) => l.length);
    let columns = 1;
    for (const l of literals) {
      for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i);
        if (this.column[c] === 0) this.column[c] = columns++;
      }
    }
    this.columns = columns;

    // The keyword trie, then failure links in breadth-first order.
    const goto: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    literals.forEach((l, id) => {
      if (l.length === 0) throw new Error('LiteralScanner: empty literal');
      let s = 0;
      for (let i = 0; i < l.length; i++) {
        const col = this.column[l.charCodeAt(i)]!;
        let t = goto[s]!.get(col);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          ends.push([]);
          goto[s]!.set(col, t);
        }
        s = t;
      }
      ends[s]!.push(id);
    });
    const states = goto.length;
    const Table = states > 0x10000 ? Int32Array : Uint16Array;
    const delta = new Int32Array(states * columns);
    const fail = new Int32Array(states);
    const outs: number[][] = ends.map((e) => [...e]);
    const queue: number[] = [];
    for (const [col, t] of goto[0]!) {
      delta[col] = t;
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      // A state's failure state is shallower, so its row and outputs are complete already.
      outs[s]!.push(...outs[fail[s]!]!);
      const row = s * columns;
      const failRow = fail[s]! * columns;
      for (let col = 0; col < columns; col++) delta[row + col] = delta[failRow + col]!;
      for (const [col, t] of goto[s]!) {
        fail[t] = delta[failRow + col]!;
        delta[row + col] = t;
        queue.push(t);
      }
    }
    // Renumber: states without outputs first (the root keeps 0: it has none), then those with.
    const order: number[] = [];
    for (let s = 0; s < states; s++) if (outs[s]!.length === 0) order.push(s);
    this.firstOutput = order.length;
    for (let s = 0; s < states; s++) if (outs[s]!.length > 0) order.push(s);
    const renamed = new Int32Array(states);
    order.forEach((old, now) => (renamed[old] = now));
    this.delta = new Table(states * columns);
    order.forEach((old, now) => {
      for (let col = 0; col < columns; col++) this.delta[now * columns + col] = renamed[delta[old * columns + col]!]!;
    });
    this.outStart = new Int32Array(states + 1);
    let total = 0;
    order.forEach((old, now) => {
      this.outStart[now] = total;
      total += outs[old]!.length;
    });
    this.outStart[states] = total;
    this.outIds = new Int32Array(total);
    let k = 0;
    for (const old of order) for (const id of outs[old]!) this.outIds[k++] = id;
  }

  /** A buffer for collect(), reused from one ad to the next (a scan runs to its end before returning). */
  private buffer = new Int32Array(3 * 256);

  /**
   * Every occurrence, in order of where it ends, as (literal, start, line) triples in `data`, `count`
   * of them, valid until the next call; `line` counts the line breaks before the occurrence's end.
   * Written to a buffer rather than passed to a callback: a call per occurrence cost 4% of a screen.
   */
  collect(text: string): { data: Int32Array; count: number } {
    const { column, delta, columns, outStart, outIds, lengths, firstOutput } = this;
    let data = this.buffer;
    let n = 0;
    let s = 0;
    let line = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      s = delta[s * columns + column[c]!]!;
      if (s < firstOutput) continue;
      const end = outStart[s + 1]!;
      for (let k = outStart[s]!; k < end; k++) {
        if (n + 3 > data.length) {
          const grown = new Int32Array(data.length * 2);
          grown.set(data);
          this.buffer = data = grown;
        }
        const id = outIds[k]!;
        data[n] = id;
        data[n + 1] = i + 1 - lengths[id]!;
        data[n + 2] = line;
        n += 3;
      }
    }
    return { data, count: n / 3 };
  }
}
