// The ads the benchmark scripts screen: the corpus ads of a language; ~250-word ads made by joining
// short ones (each carries the signals of four or five ads: a dense ad, not a typical one); the corpus
// ads written 200-300 words long; and real 200-300-word ads from ../shared/external when present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const LANGS = ['en', 'ru', 'ky', 'mixed'];

/** The texts of a corpus, in file order; [] when the corpus is missing. */
export function corpusAds(lang) {
  const dir = join(root, 'corpora', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
}

export const words = (t) => t.split(/\s+/).filter(Boolean).length;
/** 200-300 words: the length of most real job ads. */
const inRange = (t) => {
  const n = words(t);
  return n >= 200 && n <= 300;
};

/**
 * Real job ads of 200-300 words: the English ads of ../shared/external/emscad_subset.jsonl (third-party
 * ads, read from there for measurement only, never copied into the project); [] when it is absent.
 */
export const EXTERNAL = join(root, '..', 'shared', 'external', 'emscad_subset.jsonl');
export function externalAds() {
  if (!existsSync(EXTERNAL)) return [];
  return readFileSync(EXTERNAL, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text)
    .filter((t) => typeof t === 'string' && inRange(t));
}

/** The middle item by `key` (the lower middle of an even count): a median that keeps its item whole. */
export const middle = (items, key = (x) => x) => [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)];

/** Ads written long (200-300 words, like most real job ads): corpora/en/part-c.jsonl and the like in each language. */
export const longFormAds = (lang) => corpusAds(lang).filter(inRange);

/**
 * ~250-word ads: consecutive short ads (under 200 words) joined, blank line between, until they reach
 * 250 words. Each carries the signals of four or five ads: a dense ad, the slow case, not a typical one.
 */
export function longAds(ads) {
  const out = [];
  let cur = [];
  for (const t of ads) {
    if (words(t) >= 200) continue;
    cur.push(t);
    if (words(cur.join('\n\n')) >= 250) {
      out.push(cur.join('\n\n'));
      cur = [];
    }
  }
  return out;
}
