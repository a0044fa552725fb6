import type { Period } from '../data.js';

/** Every extracted fact carries the exact text and offsets in the ORIGINAL input. */
export interface Located {
  text: string;
  start: number;
  end: number;
}
export interface SalaryFact extends Located {
  min: number;
  max: number;
  /**
   * ISO 4217 code; XXX (ISO's "no currency") for pay the ad gives after a pay word without a currency
   * ("Зп от 80 000 на руки"), whose monthly USD figures are then null.
   */
  currency: string;
  period: Period | 'unspecified';
  /**
   * Monthly pay in USD, null when the currency has no rate. An unspecified period is read as monthly,
   * or as yearly for "£30,000", "$52,000-65,000" (rules/data/money.json, `annualFrom`).
   */
  monthlyUsdMin: number | null;
  monthlyUsdMax: number | null;
}
/**
 * `id`: the gazetteer entry (places.json) the name belongs to: a country code, its cities included
 * ("London" is GB), or a group of a country's cities named after the best known ("Abu Dhabi" is dubai).
 */
export interface PlaceFact extends Located { id: string; country: string; kind: 'country' | 'city' }
export interface RoleFact extends Located { id: string; group: string }
export interface ContactFact extends Located {
  type: 'phone' | 'email' | 'url' | 'handle' | 'messenger';
  /** For phones: digits with country code where known; e-mails lower-case; messenger: its name. */
  value: string;
  /** Country of a phone number by its calling code, when recognisable. */
  country?: string;
}
export interface AgeFact extends Located { min: number | null; max: number | null }
export interface GenderFact extends Located { gender: 'female' | 'male' }

export interface Facts {
  salary: SalaryFact[];
  /** Amounts the worker is asked to pay (fees, tickets, visas, deposits). */
  costs: SalaryFact[];
  destinations: PlaceFact[];
  roles: RoleFact[];
  contacts: ContactFact[];
  ages: AgeFact[];
  gender: { targets: 'female' | 'male' | 'any' | 'unspecified'; mentions: GenderFact[] };
}
