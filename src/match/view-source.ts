/**
 * Which regexes may run on the view of text/regex-view.ts, and their sources as compiled for it.
 */
import { kept, letterOrNumber, VIEW_LETTERS, VIEW_NUMBERS } from '../text/regex-view.js';
import { escapeAt } from './regex-syntax.js';

/** Does any code point in [from, to] lie outside the kept ranges and hold a letter or number? */
function namesReplaced(from: number, to: number): boolean {
  // A range this long is not worth walking: say yes, and the regex runs as written.
  if (to - from > 0x10000) return true;
  for (let cp = from; cp <= to; cp++) if (!kept(cp) && letterOrNumber(String.fromCodePoint(cp))) return true;
  return false;
}

/**
 * Can a regex (a source compiled with the u flag) run on the view, with `toViewSource`? It must name
 * no replaced character, use no Unicode property but \p{L} and \p{N}, and no backreference.
 */
export function viewSafe(source: string): boolean {
  let inClass = false;
  let prev = -1; // the last character of a class, which a "-" may turn into a range
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    let cp: number;
    if (c === '\\') {
      const e = escapeAt(source, i);
      if (e.letter === 'p' || e.letter === 'P') {
        const property = source.slice(i, e.end);
        if (property !== '\\p{L}' && property !== '\\p{N}') return false;
        i = e.end;
        prev = -1;
        continue;
      }
      i = e.end;
      if (e.letter === 'k' || /[1-9]/.test(e.letter)) return false;
      if (e.char === null) {
        prev = -1;
        continue;
      }
      cp = e.char.codePointAt(0)!;
    } else if (!inClass && c === '[') {
      inClass = true;
      i++;
      if (source[i] === '^') i++;
      prev = -1;
      continue;
    } else if (inClass && c === ']') {
      inClass = false;
      i++;
      continue;
    } else {
      cp = source.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      if (inClass && c === '-' && prev >= 0 && source[i] !== ']') {
        // A range: its end is the next character or escape.
        const end = source[i] === '\\' ? escapeAt(source, i) : null;
        const to = end ? end.char?.codePointAt(0) : source.codePointAt(i);
        if (to === undefined) return false;
        if (namesReplaced(prev, to)) return false;
        i = end ? end.end : i + (to > 0xffff ? 2 : 1);
        prev = -1;
        continue;
      }
    }
    if (namesReplaced(cp, cp)) return false;
    prev = inClass ? cp : -1;
  }
  return true;
}

/** A view-safe source with \p{L} and \p{N} as classes of the kept characters and the stand-ins. */
export function toViewSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '\\') {
      const end = escapeAt(source, i).end;
      const escape = source.slice(i, end);
      const body = escape === '\\p{L}' ? VIEW_LETTERS : escape === '\\p{N}' ? VIEW_NUMBERS : null;
      out += body === null ? escape : inClass ? body : `[${body}]`;
      i = end;
      continue;
    }
    if (!inClass && c === '[') {
      inClass = true;
      out += source[i + 1] === '^' ? '[^' : '[';
      i += source[i + 1] === '^' ? 2 : 1;
      continue;
    }
    if (inClass && c === ']') inClass = false;
    out += c;
    i++;
  }
  return out;
}

/**
 * A regex for code that reads the view (Normalized.view): `re` compiled from its view source. Throws
 * when `re` is not view-safe, lacks the u flag its \p{…} need or has the i flag: a mistake in the
 * code that calls it.
 */
export function onView(re: RegExp): RegExp {
  if (!re.flags.includes('u') || re.flags.includes('i') || !viewSafe(re.source)) throw new Error(`onView: /${re.source}/${re.flags} cannot run on the view`);
  const view = new RegExp(toViewSource(re.source), re.flags);
  written.push({ written: re, view });
  return view;
}
const written: Array<{ written: RegExp; view: RegExp }> = [];
/** Each regex onView compiled, with the regex as written (tests hold the two to the same matches). */
export const compiledOnView: ReadonlyArray<{ written: RegExp; view: RegExp }> = written;
