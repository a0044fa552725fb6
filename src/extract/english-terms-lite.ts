import type { Term } from './english-terms.js';

/**
 * A small stand-in for english-terms.ts in the browser bundles, where compromise (~32 KB gzipped)
 * does not fit the size budget. It splits the text at spaces, hyphens between letters and dashes,
 * and strips surrounding punctuation, which is all that reading English number words needs:
 * tests/number-words.test.ts checks that both give the same amounts on every corpus sentence.
 * The text is one sentence (the money extractor passes one).
 */
const PIECE = /[^\s\-\u2010-\u2015]+/gu;
const EDGE_PUNCT = /^[\p{P}]+|[\p{P}]+$/gu;

export function englishTerms(text: string): Term[][] {
  const terms: Term[] = [];
  for (const m of text.matchAll(PIECE)) {
    const raw = m[0];
    const lead = /^[\p{P}]*/u.exec(raw)![0].length;
    const core = raw.replace(EDGE_PUNCT, '');
    if (core === '') continue;
    terms.push({ normal: core.toLowerCase(), start: m.index + lead, length: core.length });
  }
  return [terms];
}
