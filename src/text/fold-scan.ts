/**
 * One pass over the lower-cased text that tells which evasion folds could change anything, so an
 * ordinary ad pays a single scan instead of one regex per fold. Each flag is raised on a superset of
 * what its fold acts on (the fold then checks exactly); tests/evasion.test.ts checks that the folds
 * give the same text with and without this scan. The common case (a letter after a letter of the
 * same script) costs a table look-up and two comparisons.
 */
export const enum Need {
  Split = 1,
  Lookalike = 2,
  Leet = 4,
  Stretch = 8,
  Cyrillic = 16,
}

const LATIN = 1;
const CYRILLIC = 2;
const LETTER = LATIN | CYRILLIC;
const DIGIT = 4;
/** Separators of split letters: space . - _ * ~ | (and · •, checked apart). */
const GAP = 8;
/** Digits and symbols read as letters inside Latin words: 0 1 3 4 5 7 9 $ @. */
const LEET = 16;
const ZERO_LIKE = 32;

const CLASS = new Uint8Array(0x500);
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LATIN;
for (let c = 0xdf; c <= 0x24f; c++) if (c !== 0xf7) CLASS[c] = LATIN;
for (let c = 0x430; c <= 0x4ff; c++) CLASS[c] = CYRILLIC;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGIT;
for (const ch of ' .-_*~|\u00b7') CLASS[ch.charCodeAt(0)]! |= GAP;
for (const ch of '0134579$@') CLASS[ch.charCodeAt(0)]! |= LEET;
CLASS[0x6f]! |= ZERO_LIKE;
CLASS[0x43e]! |= ZERO_LIKE;

const classAt = (t: string, i: number): number => {
  if (i < 0 || i >= t.length) return 0;
  const c = t.charCodeAt(i);
  return c < 0x500 ? CLASS[c]! : c === 0x2022 ? GAP : 0;
};

/** "user@mail.com": letters after an @ that reach a dot are a domain, not leetspeak. */
function domainAfter(t: string, from: number): boolean {
  for (let k = from; k < t.length && k < from + 64; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x2e) return true;
    if (!(classAt(t, k) & (LETTER | DIGIT)) && c !== 0x2d) return false;
  }
  return false;
}

/** A letter after a digit or symbol: leetspeak inside a word, or the letter O in a number. */
function afterDigit(t: string, i: number, f: number, pc: number, pf: number): number {
  let need = 0;
  const ppf = classAt(t, i - 2);
  if (f & LATIN && pf & LEET) {
    if (ppf & LATIN || (ppf & LEET && classAt(t, i - 3) & LATIN)) {
      if (pc !== 0x40 || !domainAfter(t, i)) need |= Need.Leet;
    } else if (pc === 0x24 && !(ppf & (LATIN | DIGIT)) && classAt(t, i + 1) & LATIN) need |= Need.Leet;
  }
  if (f & CYRILLIC && (pc === 0x30 || pc === 0x33) && ppf & CYRILLIC) need |= Need.Leet;
  if (f & ZERO_LIKE && pf & DIGIT) need |= zeroAfterDigit(t, i);
  return need;
}

/** "1ООО", "5 ооо": the letter O after a number, not starting a word ("5 октября"). */
function zeroAfterDigit(t: string, i: number): number {
  const nf = classAt(t, i + 1);
  return nf & ZERO_LIKE || nf & DIGIT || !(nf & LETTER) ? Need.Lookalike : 0;
}

export function scanForFolds(t: string): number {
  let need = 0;
  const n = t.length;
  let pc = 0x20; // previous code unit and its class
  let pf = 0;
  let singles = 0;
  let lastSingle = -10;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    const f = c < 0x500 ? CLASS[c]! : 0;
    if (f & LETTER) {
      // Cyrillic (2) becomes Need.Cyrillic (16) without a branch.
      need |= (f & CYRILLIC) << 3;
      if (pf & LETTER) {
        if ((f & LETTER) !== (pf & LETTER)) need |= Need.Lookalike;
        else if (c === pc && c === t.charCodeAt(i - 2)) need |= stretched(t, i, c);
      } else if (pf & (DIGIT | LEET)) {
        need |= afterDigit(t, i, f, pc, pf);
      } else {
        singles = countSingle(t, i, singles, lastSingle);
        if (singles !== 0) lastSingle = i;
        if (singles < 0) {
          need |= Need.Split;
          singles = 0;
        }
        if (f & ZERO_LIKE && (pc === 0x20 || pc === 0x2e || pc === 0x2c) && classAt(t, i - 2) & DIGIT) need |= zeroAfterDigit(t, i);
      }
    }
    pc = c;
    pf = f;
  }
  return need;
}

/**
 * At the first letter of a word: the number of single letters in a row so far ("w.a.i.t",
 * "О Ф И Ц": each within four units of the last), or -1 when a run of four is complete.
 */
function countSingle(t: string, i: number, singles: number, last: number): number {
  const nf = classAt(t, i + 1);
  if (nf & (LETTER | DIGIT)) return 0;
  const run = i - last <= 4 ? singles + 1 : 1;
  if (i + 1 < t.length && (nf & GAP || t.charCodeAt(i + 1) === 0x2022)) return run >= 4 ? -1 : run;
  return run >= 4 ? -1 : 0;
}

/** A letter written three times or more, touching another letter ("sooo", "moneyyy"). */
function stretched(t: string, i: number, c: number): number {
  let e = i + 1;
  while (e < t.length && t.charCodeAt(e) === c) e++;
  return classAt(t, i - 3) & LETTER || classAt(t, e) & LETTER ? Need.Stretch : 0;
}
