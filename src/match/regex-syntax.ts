/**
 * Pieces of JavaScript regex syntax shared by the analyses of rule regex sources (literals.ts for the
 * prefilter literals, extent.ts for match lengths).
 */

/** The group opened by the "(" just before `i`: where its content starts, and whether it is a lookaround. */
export function groupOpening(src: string, i: number): { content: number; lookaround: boolean } {
  if (src.startsWith('?:', i)) return { content: i + 2, lookaround: false };
  if (/^\?<?[=!]/.test(src.slice(i, i + 3))) return { content: i + (src[i + 1] === '<' ? 3 : 2), lookaround: true };
  if (src.startsWith('?<', i)) return { content: src.indexOf('>', i) + 1, lookaround: false }; // named group
  return { content: i, lookaround: false };
}
