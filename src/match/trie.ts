/**
 * A token trie: phrases are sequences of token keys (stems), with `*` for any one word, `word*`
 * for a prefix of the normalised word and `=word` for the normalised word itself. Faster than
 * Aho-Corasick libraries for our sizes because it walks whole tokens, not characters (measured in
 * the design notes: ~90 µs for 2,000 phrases).
 */
export type PhraseStep =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'prefix'; readonly prefix: string }
  | { readonly kind: 'exact'; readonly word: string }
  | { readonly kind: 'any' };

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
 * A token's key as the trie reads it (TokenTrie.keyOf): the id of its key, or -1 when no edge takes
 * that key; several ids for several alternative keys.
 */
export type KeyId = number | readonly number[];

/** Where the edge table's probe for (node, key) starts. */
const slotOf = (node: number, key: number, mask: number): number => {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(key + 1, 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
};

/**
 * Nodes are numbers (0 is the root), kept in flat arrays. The key edges of every node are one
 * open-addressing table of (node, key id, child) triples, and a step is a probe or two into it: with
 * a node object, a Map per node and key strings compared, a walk took a third longer (measured alone
 * on the English and Russian dense ads). Words come keyed by id (keyOf), found once per word.
 */
export class TokenTrie {
  size = 0;
  private readonly keyIds = new Map<string, number>();
  /** (node, key, child) triples; node -1 marks an empty slot. Doubled at half full. */
  private edges = new Int32Array(3 * 256).fill(-1);
  private mask = 255;
  private edgeCount = 0;
  private nodes = 1;
  /** The `*` child of each node, or -1. */
  private readonly any: number[] = [-1];
  /**
   * Prefix edges of each node, bucketed by their first two characters (prefixKey): a word is compared
   * only with the prefixes it could start with. A one-letter prefix has its own bucket (`short`).
   * Exact-word edges (a word as written, unstemmed, where its stem also stands for words that are not
   * meant: "depart" without "department") are kept with them, flagged: one more map per node cost
   * a load on every step of every walk.
   */
  private readonly prefixes: Array<Map<number, Array<[string, number, boolean]>> | undefined> = [undefined];
  private readonly short: number[] = [0];
  /** Payloads of each node while phrases are added; freeze() lays them out in endStart/endIds and drops these. */
  private readonly ends: Array<number[] | undefined> = [undefined];
  /** Payloads of node n: endIds[endStart[n] .. endStart[n + 1]). */
  private endStart: Int32Array | undefined;
  private endIds = new Int32Array(0);

  private newNode(): number {
    this.any.push(-1);
    this.prefixes.push(undefined);
    this.short.push(0);
    this.ends.push(undefined);
    return this.nodes++;
  }

  /** The child of `node` along key edge `key`, or -1. */
  private child(node: number, key: number): number {
    const { edges, mask } = this;
    for (let h = slotOf(node, key, mask); ; h = (h + 1) & mask) {
      const n = edges[h * 3]!;
      if (n === -1) return -1;
      if (n === node && edges[h * 3 + 1] === key) return edges[h * 3 + 2]!;
    }
  }

  private insert(node: number, key: number, child: number): void {
    if (2 * (this.edgeCount + 1) > this.mask + 1) {
      const old = this.edges;
      this.mask = 2 * (this.mask + 1) - 1;
      this.edges = new Int32Array(3 * (this.mask + 1)).fill(-1);
      this.edgeCount = 0;
      for (let t = 0; t < old.length; t += 3) if (old[t] !== -1) this.insert(old[t]!, old[t + 1]!, old[t + 2]!);
    }
    let h = slotOf(node, key, this.mask);
    while (this.edges[h * 3] !== -1) h = (h + 1) & this.mask;
    this.edges[h * 3] = node;
    this.edges[h * 3 + 1] = key;
    this.edges[h * 3 + 2] = child;
    this.edgeCount++;
  }

  add(steps: readonly PhraseStep[], payload: number): void {
    if (this.endStart) throw new Error('TokenTrie: add() after freeze()');
    let node = 0;
    for (const s of steps) {
      if (s.kind === 'key') {
        let k = this.keyIds.get(s.key);
        if (k === undefined) this.keyIds.set(s.key, (k = this.keyIds.size));
        let c = this.child(node, k);
        if (c < 0) this.insert(node, k, (c = this.newNode()));
        node = c;
      } else if (s.kind === 'prefix' || s.kind === 'exact') {
        const text = s.kind === 'prefix' ? s.prefix : s.word;
        const exact = s.kind === 'exact';
        const key = prefixKey(text, text.length);
        const prefixes = (this.prefixes[node] ??= new Map<number, Array<[string, number, boolean]>>());
        if (text.length < 2) this.short[node] = 1;
        let bucket = prefixes.get(key);
        if (!bucket) prefixes.set(key, (bucket = []));
        let edge = bucket.find(([p, , e]) => p === text && e === exact);
        if (!edge) bucket.push((edge = [text, this.newNode(), exact]));
        node = edge[1];
      } else {
        if (this.any[node]! < 0) this.any[node] = this.newNode();
        node = this.any[node]!;
      }
    }
    const ends = (this.ends[node] ??= []);
    if (!ends.includes(payload)) ends.push(payload);
    this.size++;
  }

  /** Lays out the payloads for matching; the trie is read-only after (the first matchAll freezes it too). */
  freeze(): void {
    if (this.endStart) return;
    const endStart = new Int32Array(this.nodes + 1);
    let total = 0;
    for (let n = 0; n < this.nodes; n++) {
      endStart[n] = total;
      total += this.ends[n]?.length ?? 0;
    }
    endStart[this.nodes] = total;
    const endIds = new Int32Array(total);
    for (let n = 0; n < this.nodes; n++) endIds.set(this.ends[n] ?? [], endStart[n]!);
    this.endIds = endIds;
    this.endStart = endStart;
    // The build-time lists are laid out now, and add() is refused from here on.
    this.ends.length = 0;
  }

  /** A token's key (a stem, or a Kyrgyz word's readings) as matchAll takes it. */
  keyOf(key: string | readonly string[]): KeyId {
    if (typeof key === 'string') return this.keyIds.get(key) ?? -1;
    return key.map((k) => this.keyIds.get(k) ?? -1);
  }

  /**
   * The nodes one token leads to from `node` (key edges, prefix and exact-word edges, then `*`),
   * written to `next` from index `reached`; returns the new count. One order for every caller, so
   * matches come out in the same order whether a walk starts from a cached first step or not.
   */
  private step(node: number, key: KeyId, word: string, next: number[], reached: number): number {
    if (typeof key === 'number') {
      if (key >= 0) {
        const k = this.child(node, key);
        if (k >= 0) next[reached++] = k;
      }
    } else {
      for (const alt of key) {
        if (alt < 0) continue;
        const k = this.child(node, alt);
        if (k >= 0 && !reachedAlready(next, reached, k)) next[reached++] = k;
      }
    }
    const prefixes = this.prefixes[node];
    if (prefixes) {
      const bucket = word.length >= 2 ? prefixes.get(prefixKey(word, 2)) : undefined;
      if (bucket) for (const [p, pn, exact] of bucket) if (exact ? word === p : word.startsWith(p)) next[reached++] = pn;
      const short = this.short[node] === 1 ? prefixes.get(prefixKey(word, 1)) : undefined;
      if (short) for (const [p, pn, exact] of short) if (exact ? word === p : word.startsWith(p)) next[reached++] = pn;
    }
    const any = this.any[node]!;
    if (any >= 0) next[reached++] = any;
    return reached;
  }

  /**
   * Where a token with this key (keyOf) and form leads from the root: the first step of every walk. Most
   * words lead nowhere, and a word's first step never changes, so callers keep it per word
   * (match/run.ts) and matchAll skips the root lookup for each token.
   */
  firstStep(key: KeyId, word: string): FirstStep {
    const next: number[] = [];
    const count = this.step(0, key, word, next, 0);
    return count === 0 ? NOWHERE : next;
  }

  /**
   * All matches starting at every token. `keys[i]` is the key of token i (keyOf its stem, or of the
   * readings of a Kyrgyz word); `words[i]` its normalised form (for prefix steps); `firsts[i]` its
   * firstStep. Each match is appended to `out` as three numbers: payload, first token, token after
   * the last (flat, as a few hundred small objects an ad were a measurable share of the walk), from
   * index 0 on; how many numbers were written is returned. Only the first `n` tokens are read:
   * callers reuse the arrays, and `out`, from one ad to the next (an ad's worth of fresh arrays was
   * 6% of what a screen allocates).
   */
  matchAll(n: number, keys: readonly KeyId[], words: readonly string[], firsts: readonly FirstStep[], out: number[]): number {
    this.freeze();
    const endStart = this.endStart!;
    const { endIds } = this;
    let o = 0;
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
        for (let e = endStart[node]!; e < endStart[node + 1]!; e++) {
          out[o] = endIds[e]!;
          out[o + 1] = i;
          out[o + 2] = i + 1;
          o += 3;
        }
      }
      for (let j = i + 1; j < n && count > 0; j++) {
        const key = keys[j]!;
        const word = words[j]!;
        let reached = 0;
        for (let a = 0; a < count; a++) reached = this.step(active[a]!, key, word, next, reached);
        for (let a = 0; a < reached; a++) {
          const node = next[a]!;
          for (let e = endStart[node]!; e < endStart[node + 1]!; e++) {
            out[o] = endIds[e]!;
            out[o + 1] = i;
            out[o + 2] = j + 1;
            o += 3;
          }
        }
        const t = active;
        active = next;
        next = t;
        count = reached;
      }
    }
    return o;
  }

  private bufA: number[] = [];
  private bufB: number[] = [];
}
