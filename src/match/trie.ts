/**
 * A token trie: phrases are sequences of token keys (stems), with `*` for any one word and `word*`
 * for a prefix of the normalised word. Faster than Aho-Corasick libraries for our sizes because
 * it walks whole tokens, not characters (measured in the design notes: ~90 µs for 2,000 phrases).
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
function reachedAlready(list: ReadonlyArray<Node | undefined>, count: number, node: Node): boolean {
  for (let i = 0; i < count; i++) if (list[i] === node) return true;
  return false;
}

/** Where a token leads from the trie's root (TokenTrie.firstStep): opaque outside the trie. */
export type FirstStep = readonly unknown[];
const NOWHERE: FirstStep = Object.freeze([]);

export class TokenTrie {
  private readonly root = newNode();
  size = 0;

  add(steps: readonly PhraseStep[], payload: number): void {
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

  /**
   * The nodes one token leads to from `node` (key edges, prefix edges, then `*`), written to `next`
   * from index `reached`; returns the new count. One order for every caller, so matches come out in
   * the same order whether a walk starts from a cached first step or not.
   */
  private step(node: Node, key: string | readonly string[], word: string, next: Array<Node | undefined>, reached: number): number {
    if (typeof key === 'string') {
      const k = node.next.get(key);
      if (k) next[reached++] = k;
    } else {
      for (const alt of key) {
        const k = node.next.get(alt);
        if (k && !reachedAlready(next, reached, k)) next[reached++] = k;
      }
    }
    if (node.prefixes) {
      const bucket = word.length >= 2 ? node.prefixes.get(prefixKey(word, 2)) : undefined;
      if (bucket) for (const [p, pn] of bucket) if (word.startsWith(p)) next[reached++] = pn;
      const short = node.short ? node.prefixes.get(prefixKey(word, 1)) : undefined;
      if (short) for (const [p, pn] of short) if (word.startsWith(p)) next[reached++] = pn;
    }
    if (node.any) next[reached++] = node.any;
    return reached;
  }

  /**
   * Where a token with this key and form leads from the root: the first step of every walk. Most
   * words lead nowhere, and a word's first step never changes, so callers keep it per word
   * (match/run.ts) and matchAll skips the root lookup for each token.
   */
  firstStep(key: string | readonly string[], word: string): FirstStep {
    const next: Array<Node | undefined> = [];
    const count = this.step(this.root, key, word, next, 0);
    return count === 0 ? NOWHERE : (next as Node[]);
  }

  /**
   * All matches starting at every token. `keys[i]` is the lookup key of token i (a stem), or several
   * alternative keys (the readings of a Kyrgyz word); `words[i]` its normalised form (for prefix steps);
   * `firsts[i]` its firstStep. Each match is appended to `out` as three numbers: payload, first token,
   * token after the last (flat, as a few hundred small objects an ad were a measurable share of the walk).
   */
  matchAll(keys: ReadonlyArray<string | readonly string[]>, words: readonly string[], firsts: readonly FirstStep[], out: number[]): void {
    const n = keys.length;
    // The nodes reached so far by the walk from token i, and those reached one token further;
    // counted rather than truncated (setting an array's length is a slow runtime call).
    let active = this.bufA;
    let next = this.bufB;
    for (let i = 0; i < n; i++) {
      const first = firsts[i] as Node[];
      let count = first.length;
      if (count === 0) continue;
      for (let a = 0; a < count; a++) {
        const node = first[a]!;
        active[a] = node;
        for (const payload of node.ends) out.push(payload, i, i + 1);
      }
      for (let j = i + 1; j < n && count > 0; j++) {
        const key = keys[j]!;
        const word = words[j]!;
        let reached = 0;
        for (let a = 0; a < count; a++) reached = this.step(active[a]!, key, word, next, reached);
        for (let a = 0; a < reached; a++) for (const payload of next[a]!.ends) out.push(payload, i, j + 1);
        const t = active;
        active = next;
        next = t;
        count = reached;
      }
    }
  }

  private bufA: Array<Node | undefined> = [];
  private bufB: Array<Node | undefined> = [];
}
