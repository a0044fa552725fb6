/**
 * North American places that share a destination's name: not destinations. A US job ad's "Athens,
 * GA" or "Atlanta, Georgia" named Greece or the country Georgia, and a pay check then compared US
 * hourly pay with pay there.
 */
import { REGION_CODES, STATE_NAMESAKES } from '../data.js';
import type { Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { locate } from './locate.js';

const COMMA = /^, ?$/;
const gap = (norm: Normalized, tokens: readonly Token[], a: number, b: number): string => norm.text.slice(tokens[a]!.end, tokens[b]!.start);

/**
 * "Athens, GA", "London, KY", "London, ON": a North American town named after the place, not the
 * destination: a state or province code in capitals after a comma. Not for a US or Canadian place
 * ("Toronto, ON"), nor when the code is the place's own country code ("Tel Aviv, IL", "Berlin, DE").
 */
function beforeRegionCode(norm: Normalized, tokens: readonly Token[], to: number, country: string): boolean {
  const next = tokens[to];
  if (!next || country === 'US' || country === 'CA' || !COMMA.test(gap(norm, tokens, to - 1, to))) return false;
  const code = locate(norm, tokens, to, to + 1).text;
  return code !== country && REGION_CODES.has(code);
}

/** The town of one or two words that ends at token `last` ("atlanta", "sandy springs"), if it is one of `towns`. */
function townEndingAt(norm: Normalized, tokens: readonly Token[], last: number, towns: ReadonlySet<string>): boolean {
  if (last < 0) return false;
  if (towns.has(tokens[last]!.text)) return true;
  return last > 0 && gap(norm, tokens, last - 1, last) === ' ' && towns.has(`${tokens[last - 1]!.text} ${tokens[last]!.text}`);
}

/**
 * "Atlanta, Georgia", "Georgia 30303", "Georgia, USA", "the state of Georgia": the US state, not the
 * country. The state's towns are listed (places.json `stateNamesakes`) rather than any word before a
 * comma being taken for one: "Turkey, Georgia, Azerbaijan" and "Batumi, Georgia" name the country.
 */
function usState(norm: Normalized, tokens: readonly Token[], from: number, to: number): boolean {
  if (to !== from + 1) return false;
  const towns = STATE_NAMESAKES.get(tokens[from]!.text);
  if (!towns) return false;
  if (from > 0 && COMMA.test(gap(norm, tokens, from - 1, from)) && townEndingAt(norm, tokens, from - 1, towns)) return true;
  if (from > 1 && tokens[from - 2]!.text === 'state' && tokens[from - 1]!.text === 'of') return true;
  const next = tokens[to];
  if (!next || !/^,? ?$/.test(gap(norm, tokens, from, to))) return false;
  if (/^\d{5}$/.test(next.text) || next.text === 'usa') return true;
  if (next.text === 'united' && tokens[to + 1]?.text === 'states') return true;
  return locate(norm, tokens, to, to + 1).text === 'US';
}

/** "Athens, Georgia", "Rome, Georgia": the place is the town of that name in the US state named right after it. */
function beforeItsState(norm: Normalized, tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  if (!next || !COMMA.test(gap(norm, tokens, to - 1, to))) return false;
  const towns = STATE_NAMESAKES.get(next.text);
  return towns !== undefined && townEndingAt(norm, tokens, to - 1, towns);
}

/** Is the place matched at tokens [from, to) a North American namesake of a destination (`country` its country)? */
export const isNorthAmericanNamesake = (norm: Normalized, tokens: readonly Token[], from: number, to: number, country: string): boolean =>
  beforeRegionCode(norm, tokens, to, country) || usState(norm, tokens, from, to) || beforeItsState(norm, tokens, to);
