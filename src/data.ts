/**
 * Reference tables bundled into the library (static imports: the core reads no files at run time).
 */
import placesJson from '../rules/data/places.json';
import rolesJson from '../rules/data/roles.json';
import lexiconJson from '../rules/data/lexicon.json';
import moneyJson from '../rules/data/money.json';
import payJson from '../rules/data/pay.json';
import referencesJson from '../rules/data/references.json';
import helplinesJson from '../rules/data/helplines.json';
import type { Lang } from './schema/rule.js';

type PerLang = Record<Lang, string[]>;

export interface Place extends PerLang { id: string; kind: 'country' | 'city'; country: string }
export interface Role extends PerLang { id: string; group: string }
export interface Currency extends PerLang { code: string; symbols: string[] }
export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';
export interface Reference { framework: string; name: string }
export interface Helpline { country: string; number: string; name: Record<Lang, string> }

export const places = placesJson.places as Place[];
export const HOME_COUNTRY: string = placesJson.home;
/** US state and Canadian province codes (places.json `regionCodes`). */
export const REGION_CODES: ReadonlySet<string> = new Set(placesJson.regionCodes);
/** A place's English name that is also a US state's, with towns of that state (places.json `stateNamesakes`). */
export const STATE_NAMESAKES: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(placesJson.stateNamesakes).map(([name, towns]) => [name, new Set(towns)]));
export const roles = rolesJson.roles as Role[];
/** Phrases in which a role's word has another sense ("business model", "склад ума"): roles.json `notRoles`. */
export const notRoles = rolesJson.notRoles as PerLang;
/** The entry of a `notRoles` match among the role matches. */
export const NOT_A_ROLE = -1;
export const lexicon = lexiconJson as unknown as {
  gender: Record<'female' | 'male', PerLang>;
  negation: Record<Lang, { before: string[]; after: string[]; window: number }>;
  freeMailDomains: string[];
  messengers: Record<string, string[]>;
  messengerInContext: { words: string[]; strictWords: string[]; before: string[]; joins: string[]; labels: string[]; platforms: string[]; products: string[] };
  /** Words as social posts type them, and the word each stands for in English phrases (lang/stem.ts). */
  informalSpellings: { en: Record<string, string> };
  /** Words hashtags glue around a place or role name (text/hashtag-words.ts). */
  hashtagWords: PerLang;
  /** Lure phrases a tag glues in one case ("#easymoney"): split like a place or role name (text/hashtag-words.ts). */
  hashtagPhrases: PerLang;
};
export const money = moneyJson as unknown as {
  fx: { date: string; source: string; usdPer: Record<string, number> };
  currencies: Currency[];
  periods: Record<Period, PerLang>;
  /** Above this (monthly USD) an amount is a company's figure, not pay. */
  payCeilingMonthlyUsd: number;
  /** With no period written, an amount whose top reaches this (per currency) is a year's pay. */
  annualFrom: Record<string, number>;
  /** Above this (USD a year) such an amount is a company's figure, not pay. */
  annualCeilingUsd: number;
  monthlyFactor: Record<Period, number>;
  multipliers: Record<string, number>;
  /** One word for a multiplier and its currency ("т.р.": thousands of roubles). */
  currencyMultiples: Array<{ code: string; factor: number; below: number; words: string[] }>;
  /** Currency words shortened with a full stop ("руб.", "долл."): the stop ends the word, not the sentence. */
  shortened: string[];
  /** Kyrgyz case endings glued to a currency word ("долларга", "сомго"). */
  kyrgyzEndings: string[];
  /** Currency words that are also units of weight, and the words that make them one ("lift up to 50 pounds"). */
  weights: { units: string[]; before: string[] };
  /** Pay with no currency after a pay word ("Зп от 80 000 на руки"): reported with the code XXX. */
  unstated: { min: number; labels: string[]; periodLabels: string[]; nextWords: string[] };
};
export interface PayTable {
  date: string;
  sources: string[];
  countries: Record<string, Record<string, number>>;
  groups: Record<string, number>;
}
export const pay = payJson as unknown as PayTable;
export const references = referencesJson.references as Record<string, Reference>;
export const helplines = helplinesJson as unknown as { checked: string; helplines: Helpline[] };
