/**
 * A token trie: phrases are sequences of token keys (stems), with `*` for any one word and `word*`
 * for a prefix of the normalised word. Faster than Aho-Corasick libraries for our sizes because
 * it walks whole tokens, not characters (measured in the design notes: ~90 µs for 2,000 phrases).
 * Phrases are added to a trie of objects (Node); freeze() then lays it out flat (Frozen) for matching.
 */
export type PhraseStep =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'prefix'; readonly prefix: string }
  | { readonly kind: 'any' };

interface Node {
  next: Map<string, Node>;
  /**
   * Prefix edges bucketed by their first two characters (prefixKey): a word is compared only with the
   * prefixes it could start with. A one-letter prefix has its own bucket (`short`).
   */
  prefixes: Map<number, Array<[string, Node]>> | undefined;
  short: boolean;
  any: Node | undefined;
  ends: number[];
}

const newNode = (): Node => ({ next: new Map(), prefixes: undefined, short: false, any: undefined, ends: [] });

/** Bucket of a prefix edge, or of the edges a word may take: its first two UTF-16 units (one, for a one-unit prefix). */
const prefixKey = (s: string, length: number): number => s.charCodeAt(0) * 0x10000 + (length >= 2 ? s.charCodeAt(1) : 0xffff);

/** Is `node` among the first `count` entries (the rest are left over from earlier steps)? */
function reachedAlready(list: readonly number[], count: number, node: number): boolean {
  for (let i = 0; i < count; i++) if (list[i] === node) return true;
  return false;
}

/** Where a token leads from the trie's root (TokenTrie.firstStep): opaque outside the trie. */
export type FirstStep = readonly number[];
const NOWHERE: FirstStep = Object.freeze([]);

/**
 * A token's key as the frozen trie reads it (TokenTrie.keyOf): the id of its key, or -1 when no edge
 * takes that key; several ids for several alternative keys.
 */
export type KeyId = number | readonly number[];

/**
 * The trie once built, in flat arrays, nodes numbered from 0 (the root). A walk step on Nodes read a
 * node object, its Map and the Map's table, and compared key strings: here the key edges of every node
 * are one open-addressing table of (node, key id, child) triples, and a step is a probe or two into it
 * (a walk took 25% less time, measured alone on the English and Russian dense ads).
 */
interface Frozen {
  keyIds: Map<string, number>;
  /** (node, key, child) triples; node -1 marks an empty slot. */
  edges: Int32Array;
  mask: number;
  /** Payloads of node n: endIds[endStart[n] .. endStart[n + 1]). */
  endStart: Int32Array;
  endIds: Int32Array;
  /** The `*` child of each node, or -1. */
  any: Int32Array;
  /** Prefix edges of each node (children as node numbers), bucketed as in Node. */
  prefixes: Array<Map<number, Array<[string, number]>> | undefined>;
  short: Uint8Array;
}

/** Where the edge table's probe for (node, key) starts. */
const slotOf = (node: number, key: number, mask: number): number => {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(key + 1, 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
};

export class TokenTrie {
  private readonly root = newNode();
  size = 0;
  private frozen: Frozen | undefined;

  add(steps: readonly PhraseStep[], payload: number): void {
    if (this.frozen) throw new Error('TokenTrie: add() after freeze()');
    let node = this.root;
    for (const s of steps) {
      if (s.kind === 'key') {
        let n = node.next.get(s.key);
        if (!n) node.next.set(s.key, (n = newNode()));
        node = n;
      } else if (s.kind === 'prefix') {
        const key = prefixKey(s.prefix, s.prefix.length);
        node.prefixes ??= new Map();
        if (s.prefix.length < 2) node.short = true;
        let bucket = node.prefixes.get(key);
        if (!bucket) node.prefixes.set(key, (bucket = []));
        let pair = bucket.find(([p]) => p === s.prefix);
        if (!pair) bucket.push((pair = [s.prefix, newNode()]));
        node = pair[1];
      } else {
        node = node.any ??= newNode();
      }
    }
    if (!node.ends.includes(payload)) node.ends.push(payload);
    this.size++;
  }

  /** Turns the built trie into its flat form (Frozen); the trie is read-only after. */
  freeze(): void {
    if (this.frozen) return;
    const nodes: Node[] = [this.root];
    const id = new Map<Node, number>([[this.root, 0]]);
    const number = (n: Node): number => {
      let k = id.get(n);
      if (k === undefined) {
        id.set(n, (k = nodes.length));
        nodes.push(n);
      }
      return k;
    };
    const keyIds = new Map<string, number>();
    const triples: number[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      for (const [key, child] of n.next) {
        let k = keyIds.get(key);
        if (k === undefined) keyIds.set(key, (k = keyIds.size));
        triples.push(i, k, number(child));
      }
      if (n.prefixes) for (const bucket of n.prefixes.values()) for (const [, child] of bucket) number(child);
      if (n.any) number(n.any);
    }
    let slots = 16;
    while (slots < (triples.length / 3) * 2) slots *= 2;
    const mask = slots - 1;
    const edges = new Int32Array(slots * 3).fill(-1);
    for (let t = 0; t < triples.length; t += 3) {
      let h = slotOf(triples[t]!, triples[t + 1]!, mask);
      while (edges[h * 3] !== -1) h = (h + 1) & mask;
      edges.set([triples[t]!, triples[t + 1]!, triples[t + 2]!], h * 3);
    }
    const endStart = new Int32Array(nodes.length + 1);
    const endIds: number[] = [];
    const any = new Int32Array(nodes.length).fill(-1);
    const short = new Uint8Array(nodes.length);
    const prefixes: Frozen['prefixes'] = new Array(nodes.length).fill(undefined);
    nodes.forEach((n, i) => {
      endStart[i] = endIds.length;
      endIds.push(...n.ends);
      if (n.any) any[i] = id.get(n.any)!;
      if (n.short) short[i] = 1;
      if (n.prefixes) prefixes[i] = new Map([...n.prefixes].map(([k, bucket]) => [k, bucket.map(([p, child]): [string, number] => [p, id.get(child)!])]));
    });
    endStart[nodes.length] = endIds.length;
    this.frozen = { keyIds, edges, mask, endStart, endIds: Int32Array.from(endIds), any, prefixes, short };
  }

  private get flat(): Frozen {
    this.freeze();
    return this.frozen!;
  }

  /** A token's key (a stem, or a Kyrgyz word's readings) as matchAll takes it. */
  keyOf(key: string | readonly string[]): KeyId {
    const { keyIds } = this.flat;
    if (typeof key === 'string') return keyIds.get(key) ?? -1;
    return key.map((k) => keyIds.get(k) ?? -1);
  }

  /** The child of `node` along key edge `key`, or -1. */
  private child(f: Frozen, node: number, key: number): number {
    const { edges, mask } = f;
    for (let h = slotOf(node, key, mask); ; h = (h + 1) & mask) {
      const n = edges[h * 3]!;
      if (n === -1) return -1;
      if (n === node && edges[h * 3 + 1] === key) return edges[h * 3 + 2]!;
    }
  }

  /**
   * The nodes one token leads to from `node` (key edges, prefix edges, then `*`), written to `next`
   * from index `reached`; returns the new count. One order for every caller, so matches come out in
   * the same order whether a walk starts from a cached first step or not.
   */
  private step(f: Frozen, node: number, key: KeyId, word: string, next: number[], reached: number): number {
    if (typeof key === 'number') {
      if (key >= 0) {
        const k = this.child(f, node, key);
        if (k >= 0) next[reached++] = k;
      }
    } else {
      for (const alt of key) {
        if (alt < 0) continue;
        const k = this.child(f, node, alt);
        if (k >= 0 && !reachedAlready(next, reached, k)) next[reached++] = k;
      }
    }
    const prefixes = f.prefixes[node];
    if (prefixes) {
      const bucket = word.length >= 2 ? prefixes.get(prefixKey(word, 2)) : undefined;
      if (bucket) for (const [p, pn] of bucket) if (word.startsWith(p)) next[reached++] = pn;
      const short = f.short[node] === 1 ? prefixes.get(prefixKey(word, 1)) : undefined;
      if (short) for (const [p, pn] of short) if (word.startsWith(p)) next[reached++] = pn;
    }
    const any = f.any[node]!;
    if (any >= 0) next[reached++] = any;
    return reached;
  }

  /**
   * Where a token with this key and form leads from the root: the first step of every walk. Most
   * words lead nowhere, and a word's first step never changes, so callers keep it per word
   * (match/run.ts) and matchAll skips the root lookup for each token.
   */
  firstStep(key: string | readonly string[], word: string): FirstStep {
    const next: number[] = [];
    const count = this.step(this.flat, 0, this.keyOf(key), word, next, 0);
    return count === 0 ? NOWHERE : next;
  }

  /**
   * All matches starting at every token. `keys[i]` is the key of token i (keyOf its stem, or of the
   * readings of a Kyrgyz word); `words[i]` its normalised form (for prefix steps); `firsts[i]` its
   * firstStep. Each match is appended to `out` as three numbers: payload, first token, token after
   * the last (flat, as a few hundred small objects an ad were a measurable share of the walk).
   */
  matchAll(keys: readonly KeyId[], words: readonly string[], firsts: readonly FirstStep[], out: number[]): void {
    const f = this.flat;
    const { endStart, endIds } = f;
    const n = keys.length;
    // The nodes reached so far by the walk from token i, and those reached one token further;
    // counted rather than truncated (setting an array's length is a slow runtime call).
    let active = this.bufA;
    let next = this.bufB;
    for (let i = 0; i < n; i++) {
      const first = firsts[i]!;
      let count = first.length;
      if (count === 0) continue;
      for (let a = 0; a < count; a++) {
        const node = first[a]!;
        active[a] = node;
        for (let e = endStart[node]!; e < endStart[node + 1]!; e++) out.push(endIds[e]!, i, i + 1);
      }
      for (let j = i + 1; j < n && count > 0; j++) {
        const key = keys[j]!;
        const word = words[j]!;
        let reached = 0;
        for (let a = 0; a < count; a++) reached = this.step(f, active[a]!, key, word, next, reached);
        for (let a = 0; a < reached; a++) {
          const node = next[a]!;
          for (let e = endStart[node]!; e < endStart[node + 1]!; e++) out.push(endIds[e]!, i, j + 1);
        }
        const t = active;
        active = next;
        next = t;
        count = reached;
      }
    }
  }

  private bufA: number[] = [];
  private bufB: number[] = [];
}
