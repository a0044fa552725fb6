/**
 * Leetspeak inside words: digits and symbols standing for letters ("d4nc3r", "h0stess", "$alary",
 * "ca$h"; "раб0та" in Cyrillic). Only a digit or symbol with letters of the word on both sides is
 * read as a letter ("$" also at the start of a word), and only in words of at least three letters
 * with more letters than digits, so numbers, prices ("$500", "5k", "3-5k"), model names ("mp3",
 * "b2b", "4x4"), times ("10am"), e-mail addresses and handles are left alone.
 */
import { isAsciiDigit, isCyrillicCode as isCyr } from './chars.js';
import { rewriteMatches, type Layer } from './layer.js';

const LATIN: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g', '@': 'a', $: 's' };
const CYRILLIC: Record<string, string> = { '0': 'о', '3': 'з' };

const GUARD = /[a-z][0134579@$]{1,2}[a-z]|(?<![a-z0-9])\$[a-z]{2}|[\u0430-\u04ff][03][\u0430-\u04ff]/g;
// Leetspeak is read in ASCII words only: "ñ" or "é" next to a digit is not one.
const isLatin = (c: number): boolean => c >= 0x61 && c <= 0x7a;
/** Characters next to which a word is part of an address, a handle or a file name. */
const ADDRESS = new Set(['@', '/', '\\', '.', ':', '_', '#', '=', '&', '?', '%', '+']);

/** "hr@huaxin-road.com": the rest of a domain name (letters, digits, dashes, then a dot and a letter). */
function domainFollows(t: string, from: number): boolean {
  let k = from;
  while (k < t.length && k < from + 64 && /[a-z0-9-]/.test(t[k]!)) k++;
  return t[k] === '.' && isLatin(t.charCodeAt(k + 1));
}

export function foldLeet(layer: Layer): Layer {
  const t = layer.text;
  return rewriteMatches(layer, GUARD, (m, rewriter) => {
    const cyrillic = isCyr(t.charCodeAt(m.index));
    const isLetter = cyrillic ? isCyr : isLatin;
    const table = cyrillic ? CYRILLIC : LATIN;
    const inWord = (c: number): boolean => isLetter(c) || isAsciiDigit(c) || (!cyrillic && (c === 0x24 || c === 0x40));
    let ws = m.index;
    while (ws > 0 && inWord(t.charCodeAt(ws - 1))) ws--;
    let we = m.index + 1;
    while (we < t.length && inWord(t.charCodeAt(we))) we++;
    GUARD.lastIndex = we;
    const before = t[ws - 1] ?? ' ';
    const after = t[we] ?? ' ';
    const addressLike = ADDRESS.has(before) || after === '@' || after === '_' || after === '/' || (after === '.' && isLatin(t.charCodeAt(we + 1))) || (t.lastIndexOf('@', we - 1) >= ws && domainFollows(t, we));
    let letters = 0;
    for (let i = ws; i < we; i++) if (isLetter(t.charCodeAt(i))) letters++;
    if (addressLike || letters < 3 || letters <= we - ws - letters) return;
    // Each inner run of at most two non-letters with letters on both sides; "$" may also lead.
    let i = ws;
    while (i < we) {
      if (isLetter(t.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i;
      while (j < we && !isLetter(t.charCodeAt(j))) j++;
      const leadingDollar = i === ws && j === i + 1 && t[i] === '$' && j < we;
      const inner = i > ws && j < we && j - i <= 2;
      if ((inner || leadingDollar) && [...t.slice(i, j)].every((ch) => table[ch] !== undefined)) {
        const w = rewriter();
        for (let k = i; k < j; k++) w.replace(k, k + 1, table[t[k]!]!);
      }
      i = j;
    }
  });
}
