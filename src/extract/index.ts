import { NOT_A_ROLE, places, roles, type Place, type Role } from '../data.js';
import type { MatchResult } from '../match/run.js';
import type { Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { extractAges } from './ages.js';
import { extractContacts } from './contacts.js';
import { extractMoney } from './money.js';
import { locate } from './locate.js';
import { isNorthAmericanNamesake } from './namesakes.js';
import type { Facts } from './types.js';
import { sortSmall } from '../sort-small.js';

export type { Facts } from './types.js';
export { locate } from './locate.js';

/**
 * Keep the longest of overlapping lexicon matches ("south korea" over "korea"); of two as long, the one
 * with the lower entry (a `notRoles` match, NOT_A_ROLE, over the role it spans).
 */
function longest<T extends { from: number; to: number; entry?: number }>(hits: readonly T[]): T[] {
  const sorted = sortSmall(hits.slice(), (a, b) => a.from - b.from || b.to - a.to || (a.entry ?? 0) - (b.entry ?? 0));
  const out: T[] = [];
  let end = -1;
  for (const h of sorted) {
    if (h.from >= end) {
      out.push(h);
      end = h.to;
    }
  }
  return out;
}

/** "Москва көчөсү", "ул. Москва", "Moscow Street": a street named after a place is not a destination. */
const STREET_AFTER = new Set(['көчөсү', 'кочосу', 'көчө', 'коча', 'street', 'st', 'avenue', 'ave', 'проспект', 'проспекти', 'проспектиси', 'prospect', 'бульвар', 'boulevard', 'blvd', 'road', 'rd']);
const STREET_BEFORE = new Set(['ул', 'улица', 'улице', 'пр', 'проспект', 'просп', 'бульвар', 'пер', 'переулок']);
/** The text of token i, or '' past either end. */
const wordAt = (tokens: readonly Token[], i: number): string => tokens[i]?.text ?? '';
const isStreet = (tokens: readonly Token[], from: number, to: number): boolean => STREET_AFTER.has(wordAt(tokens, to)) || STREET_BEFORE.has(wordAt(tokens, from - 1));

/**
 * Where people come from is no destination: "workers from Uzbekistan", "граждане Узбекистана",
 * "девушки из Таджикистана", "Өзбекстандан келген кыздар". Read as places abroad, they would make an
 * ad riskier for naming its applicants' nationality.
 */
const PEOPLE_FROM = new Set(['workers', 'candidates', 'applicants', 'citizens', 'nationals', 'people', 'migrants', 'girls', 'women', 'am', 'im', "i'm", 'я', 'мы', 'кандидаты', 'работники', 'рабочие', 'девушки', 'женщины', 'мигранты', 'граждане']);
const KY_ABLATIVE = /(?:дан|ден|тан|тен|дон|дөн|тон|төн)$/;
const AND = new Set(['and', 'or', 'и', 'или', 'жана', 'же']);
/** "Uzbekistan" in "from Uzbekistan", "from Kazakhstan and Uzbekistan" (one-word places before "and"). */
function originBefore(tokens: readonly Token[], from: number, chain = true): boolean {
  const before = wordAt(tokens, from - 1);
  if (before.startsWith('граждан') || before.startsWith('уроженц')) return true;
  if ((before === 'from' || before === 'из') && PEOPLE_FROM.has(wordAt(tokens, from - 2))) return true;
  if (before === 'of' && (wordAt(tokens, from - 2) === 'citizens' || wordAt(tokens, from - 2) === 'nationals')) return true;
  return chain && AND.has(before) && originBefore(tokens, from - 2, false);
}
function isOrigin(tokens: readonly Token[], from: number, to: number): boolean {
  if (originBefore(tokens, from)) return true;
  // Kyrgyz: "Өзбекстандан (жана Тажикстандан) келген", "Өзбекстандын жарандары".
  let k = to;
  if (wordAt(tokens, k).startsWith('жаран')) return true;
  if (!KY_ABLATIVE.test(wordAt(tokens, k - 1))) return false;
  while (k < to + 3 && (AND.has(wordAt(tokens, k)) || KY_ABLATIVE.test(wordAt(tokens, k)))) k++;
  return wordAt(tokens, k).startsWith('келген');
}

/**
 * A cuisine or a language is no destination: "турецкий ресторан в Бишкеке", "түрк ресторанына",
 * "знание турецкого языка", "корей тилин", and the Kyrgyz "түркчө", "кытайча" (in Turkish, in
 * Chinese). A Turkish or Korean restaurant in Bishkek hiring waitresses was women's hospitality work abroad.
 */
const CUISINE_OR_LANGUAGE = /^(?:ресторан|кафе|кухн|ашкан|язык|тил)/;
// A Russian adjective ("турецкий", "турецкого") or a Kyrgyz people's name ("түрк", "корей"), not the
// country's name: "Дубай ресторанына" may be a restaurant in Dubai.
const ADJECTIVE_OR_PEOPLE = /(?:ий|ый|ой|ая|ое|ого|ому|ом|их|ую)$|^(?:түрк|корей|кытай|орус|араб|казак|өзбек|япон|немис|англис)$/;
const isCuisineOrLanguage = (tokens: readonly Token[], from: number, to: number): boolean =>
  to - from === 1 && ((ADJECTIVE_OR_PEOPLE.test(wordAt(tokens, from)) && CUISINE_OR_LANGUAGE.test(wordAt(tokens, to))) || /(?:ча|че|чо|чө)$/.test(wordAt(tokens, from)));

/**
 * "ТОКИО-CITY", "Париж-Lounge": a Cyrillic place name joined by a hyphen to a Latin word is a brand
 * (a restaurant chain hiring in St Petersburg), not a destination. Only that way round: a Latin place
 * with a Cyrillic case ending ("Dubai-га", "Korea-да") is how Kyrgyz and Russian posts write the place.
 */
const isBrandCompound = (text: string, tokens: readonly Token[], to: number): boolean => {
  const last = tokens[to - 1]!;
  const next = tokens[to];
  return next !== undefined && last.script === 'cyrillic' && next.script === 'latin' && next.start === last.end + 1 && text.charCodeAt(last.end) === 0x2d;
};

/**
 * "riverbankcare.co.uk", "jobs@nhs.uk": a place name right after one of the labels under which
 * domains of its country are registered, and a dot, is the end of a web or e-mail address, not where
 * the job is. (Of the gazetteer's names only "uk" is a country-code domain; "Dubai.UK citizens", a
 * sentence run on without a space, keeps its place.)
 */
const SECOND_LEVEL_DOMAINS = new Set(['co', 'org', 'gov', 'ac', 'nhs', 'ltd', 'plc', 'net', 'me', 'sch', 'police', 'mod']);
const isDomainSuffix = (tokens: readonly Token[], text: string, from: number, to: number): boolean => {
  const prev = tokens[from - 1];
  return to === from + 1 && prev !== undefined && prev.end === tokens[from]!.start - 1 && text.charCodeAt(prev.end) === 0x2e && SECOND_LEVEL_DOMAINS.has(prev.text);
};

/** `gazetteer`: the tables the matcher's place and role entries index into (extended by rule packs). */
export function extractFacts(norm: Normalized, tokens: Token[], m: MatchResult, hasLatin: boolean, gazetteer: { places: readonly Place[]; roles: readonly Role[] } = { places, roles }): Facts {
  const destinations = longest(
    m.places.filter((h) => !isStreet(tokens, h.from, h.to) && !isOrigin(tokens, h.from, h.to) && !isCuisineOrLanguage(tokens, h.from, h.to) && !isBrandCompound(norm.text, tokens, h.to) && !isDomainSuffix(tokens, norm.text, h.from, h.to) && !isNorthAmericanNamesake(norm, tokens, h.from, h.to, gazetteer.places[h.entry]!.country)),
  ).map((h) => {
    const p = gazetteer.places[h.entry]!;
    return { id: p.id, country: p.country, kind: p.kind, ...locate(norm, tokens, h.from, h.to) };
  });
  const yen = destinations.some((d) => d.country === 'JP') && !destinations.some((d) => d.country === 'CN');
  const { salary, costs } = extractMoney(norm, tokens, hasLatin, false, yen);
  const roleFacts = longest(m.roles).filter((h) => h.entry !== NOT_A_ROLE).map((h) => {
    const r = gazetteer.roles[h.entry]!;
    return { id: r.id, group: r.group, ...locate(norm, tokens, h.from, h.to) };
  });
  const mentions = longest(m.gender).map((h) => ({ gender: h.gender, ...locate(norm, tokens, h.from, h.to) }));
  const female = mentions.some((g) => g.gender === 'female');
  const male = mentions.some((g) => g.gender === 'male');
  return {
    salary,
    costs,
    destinations,
    roles: roleFacts,
    contacts: extractContacts(norm, tokens),
    ages: extractAges(norm),
    gender: { targets: female && male ? 'any' : female ? 'female' : male ? 'male' : 'unspecified', mentions },
  };
}
