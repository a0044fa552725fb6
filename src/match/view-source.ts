/**
 * Which regexes may run on the view of text/regex-view.ts, and their sources as compiled for it.
 */
import { kept, letterOrNumber, VIEW_LETTERS, VIEW_NUMBERS } from '../text/regex-view.js';
import { escapeAt, isBackreference, parseRegex, type ClassItem, type Escape, type RegexNode } from './regex-syntax.js';

/** Does any code point in [from, to] lie outside the kept ranges and hold a letter or number? */
function namesReplaced(from: number, to: number): boolean {
  // A range this long is not worth walking: say yes, and the regex runs as written.
  if (to - from > 0x10000) return true;
  for (let cp = from; cp <= to; cp++) if (!kept(cp) && letterOrNumber(String.fromCodePoint(cp))) return true;
  return false;
}

/** Does a character, or any in the range from `from` to `to`, name a letter or number the view replaces? */
const charsReplaced = (from: string, to = from): boolean => namesReplaced(from.codePointAt(0)!, to.codePointAt(0)!);

/** A property other than \p{L} and \p{N}, a backreference, or an escaped character the view replaces. */
function escapeUnsafe(e: Escape): boolean {
  if (e.property !== undefined) return e.letter !== 'p' || (e.property !== 'L' && e.property !== 'N');
  return isBackreference(e) || (e.char !== null && charsReplaced(e.char));
}

function classUnsafe(items: readonly ClassItem[]): boolean {
  return items.some((item, k) => {
    if (item.kind === 'char') return charsReplaced(item.char);
    if (item.kind === 'range') return charsReplaced(item.from, item.to);
    if (item.kind === 'escape') return escapeUnsafe(item.escape);
    // A range to an escaped character: its end is the next entry's first character (an escaped set
    // there is no character: not understood, so not safe).
    const next = items[k + 1];
    const to = next?.kind === 'char' ? next.char : next?.kind === 'range' ? next.from : undefined;
    return to === undefined || charsReplaced(item.from, to);
  });
}

function unsafe(node: RegexNode): boolean {
  switch (node.kind) {
    case 'alternation':
      return node.alternatives.some(unsafe);
    case 'sequence':
      return node.items.some((item) => unsafe(item.atom));
    case 'group':
      return unsafe(node.inner);
    case 'class':
      return classUnsafe(node.items);
    case 'escape':
      return escapeUnsafe(node.escape);
    case 'char':
      return charsReplaced(node.char);
    case 'anchor':
    case 'dot':
      return false;
  }
}

/**
 * Can a regex (a source compiled with the u flag) run on the view, with `toViewSource`? It must name
 * no replaced character, use no Unicode property but \p{L} and \p{N}, and no backreference. Read
 * from the tree the prefilter analyses read (regex-syntax.ts): a source it does not understand is
 * not safe, and runs as written.
 */
export function viewSafe(source: string): boolean {
  const tree = parseRegex(source);
  return tree !== null && !unsafe(tree);
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
