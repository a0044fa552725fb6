import nlp from 'compromise/one';

/** A word of an English sentence, lower-cased without surrounding punctuation, with its offsets. */
export interface Term {
  normal: string;
  start: number;
  length: number;
}

/**
 * The words of English text, grouped by sentence: compromise's light `one` tokenizer, which splits
 * hyphenated and dashed words ("twenty-five", "pay—five") and strips punctuation, with offsets.
 * The browser bundles replace this module with english-terms-lite.ts (see tsup.config.ts).
 */
export function englishTerms(text: string): Term[][] {
  const doc = nlp.tokenize(text).json({ offset: true }) as Array<{ terms: Array<{ normal: string; offset: { start: number; length: number } }> }>;
  return doc.map((s) => s.terms.flatMap((t) => splitHyphens(text, { normal: t.normal, start: t.offset.start, length: t.offset.length })));
}

/**
 * compromise splits "twenty-five" into two words, except after an opening bracket or quote
 * ("(twenty-five)"): split what it left joined, so the number reads the same wherever it stands.
 */
function splitHyphens(text: string, t: Term): Term[] {
  if (!t.normal.includes('-')) return [t];
  const out: Term[] = [];
  const raw = text.slice(t.start, t.start + t.length);
  for (const m of raw.matchAll(/[^-]+/g)) out.push({ normal: m[0].toLowerCase(), start: t.start + m.index, length: m[0].length });
  return out;
}
