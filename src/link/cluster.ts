import { BANDS, bandKey, HASHES, similarity } from './minhash.js';

/**
 * Groups ads into campaigns: ads that share a normalised contact, or whose texts are near-duplicates
 * (MinHash estimate at or above a threshold, candidates from LSH buckets), end up in one cluster
 * (union-find, so links are transitive). Holds per ad only a 192-byte signature and a few numbers;
 * contacts are kept once per distinct value.
 */
export interface LinkInput {
  /** Normalised contacts, e.g. "phone:996700123456", "email:a@b.kg", "handle:@name". */
  contacts: readonly string[];
  signature?: Uint16Array;
}

export interface Cluster {
  /** Input positions of the member ads, ascending. */
  members: number[];
  /** Contacts found in two or more members, with how many ads carry each. */
  sharedContacts: Array<{ contact: string; ads: number }>;
  /** Members linked to another member by text similarity. */
  textLinked: number[];
}

/** Compared per LSH bucket: a new ad is checked against at most this many earlier ones. */
const REPS_PER_BUCKET = 8;
const CHUNK = 4096;

export class Linker {
  private readonly parent: number[] = [];
  private readonly sigChunks: Uint16Array[] = [];
  private readonly hasSig: boolean[] = [];
  private readonly contacts = new Map<string, { first: number; ads: number }>();

  get size(): number {
    return this.parent.length;
  }

  /** Adds the next ad (ads are numbered 0, 1, … in the order they are added). */
  add(input: LinkInput): void {
    const i = this.parent.length;
    this.parent.push(i);
    this.hasSig.push(input.signature !== undefined);
    if (i % CHUNK === 0) this.sigChunks.push(new Uint16Array(CHUNK * HASHES));
    if (input.signature) this.sigChunks[this.sigChunks.length - 1]!.set(input.signature, (i % CHUNK) * HASHES);
    for (const c of new Set(input.contacts)) {
      const seen = this.contacts.get(c);
      if (seen) {
        seen.ads++;
        this.union(seen.first, i);
      } else this.contacts.set(c, { first: i, ads: 1 });
    }
  }

  private sig(i: number): Uint16Array {
    const off = (i % CHUNK) * HASHES;
    return this.sigChunks[Math.floor(i / CHUNK)]!.subarray(off, off + HASHES);
  }

  private find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index becomes the root: deterministic whatever the order of unions.
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }

  /** The clusters of two or more ads, largest first (ties: the one whose first ad comes first). */
  clusters(minSimilarity: number): Cluster[] {
    const n = this.parent.length;
    const textLinked = new Uint8Array(n);
    for (let band = 0; band < BANDS; band++) {
      const buckets = new Map<number, number[]>();
      for (let i = 0; i < n; i++) {
        if (!this.hasSig[i]) continue;
        const sig = this.sig(i);
        const key = bandKey(sig, band);
        const reps = buckets.get(key);
        if (!reps) {
          buckets.set(key, [i]);
          continue;
        }
        let matched = false;
        for (const r of reps) {
          if (textLinked[r] && textLinked[i] && this.find(r) === this.find(i)) {
            matched = true;
            break;
          }
          if (similarity(this.sig(r), sig) >= minSimilarity) {
            textLinked[r] = textLinked[i] = 1;
            this.union(r, i);
            matched = true;
            break;
          }
        }
        if (!matched && reps.length < REPS_PER_BUCKET) reps.push(i);
      }
    }

    const root = new Int32Array(n);
    const size = new Int32Array(n);
    for (let i = 0; i < n; i++) size[(root[i] = this.find(i))]!++;
    const byRoot = new Map<number, Cluster>();
    for (let i = 0; i < n; i++) {
      const r = root[i]!;
      if (size[r]! < 2) continue;
      let c = byRoot.get(r);
      if (!c) byRoot.set(r, (c = { members: [], sharedContacts: [], textLinked: [] }));
      c.members.push(i);
      if (textLinked[i]) c.textLinked.push(i);
    }
    for (const [contact, e] of this.contacts) if (e.ads >= 2) byRoot.get(this.find(e.first))!.sharedContacts.push({ contact, ads: e.ads });
    const out = [...byRoot.values()];
    for (const c of out) c.sharedContacts.sort((a, b) => b.ads - a.ads || (a.contact < b.contact ? -1 : 1));
    return out.sort((a, b) => b.members.length - a.members.length || a.members[0]! - b.members[0]!);
  }
}
