import { pay as bundledPay, places, type PayTable } from '../data.js';
import { companyNamesInProse } from '../extract/company-names.js';
import { isFreeMail } from '../extract/contacts.js';
import type { ContactFact, Facts, SalaryFact } from '../extract/types.js';
import type { FactPattern } from '../schema/rule.js';
import type { AdContext, Span, Vars } from './types.js';

/**
 * Named fact checks that rules reference by name (`{ "kind": "fact", "fact": "excessivePay" }`).
 * The logic is code; which rule uses it, with which parameters and weight, is data.
 */
export interface PredicateResult {
  spans: Span[];
  vars: Vars;
}
type Params = NonNullable<FactPattern['params']>;
type Predicate = (ctx: AdContext, params: Params) => PredicateResult | null;

const num = (p: Params, key: string, fallback: number): number => (typeof p[key] === 'number' ? (p[key] as number) : fallback);
const list = (p: Params, key: string): string[] | undefined => {
  const v = p[key];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : undefined;
};
const span = (f: { start: number; end: number }): Span => ({ start: f.start, end: f.end });
const result = (items: Array<{ start: number; end: number }>, vars: Vars = {}): PredicateResult | null =>
  items.length > 0 ? { spans: items.map(span), vars } : null;

/**
 * "USD 3,000": thousands grouped with commas. Written out because Number#toLocaleString goes through
 * ICU, several microseconds a call, and its output may differ between hosts built without full ICU.
 */
export function usd(amount: number): string {
  const [whole, frac] = String(Math.abs(amount)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `USD ${amount < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const abroad = (facts: Facts, home: string) => facts.destinations.filter((d) => d.country !== home);

/**
 * Typical monthly USD pay for a role group at a destination: the country's figure for the group; else
 * the group's global figure scaled by how the country's default compares with the global default
 * (a Qatar engineer is not paid like a Qatar labourer); else the country's or the global default.
 */
export function typicalPay(group: string | undefined, country: string | undefined, pay: PayTable = bundledPay): number {
  const globalDefault = pay.groups.default!;
  const c = country ? pay.countries[country] : undefined;
  const g = group ? pay.groups[group] : undefined;
  if (c && group && c[group]) return c[group]!;
  if (c && g) return Math.round((g * (c.default ?? globalDefault)) / globalDefault);
  return c?.default ?? g ?? globalDefault;
}

/** Where pay in a local currency is earned, when an ad names no place (RUB pay is Russian pay). */
const COUNTRY_OF_CURRENCY: Record<string, string> = { RUB: 'RU', KZT: 'KZ', KRW: 'KR', AED: 'AE', TRY: 'TR', KGS: 'KG', SAR: 'SA', QAR: 'QA', BHD: 'BH', KWD: 'KW', OMR: 'OM', THB: 'TH', PLN: 'PL', CNY: 'CN', JPY: 'JP', CZK: 'CZ', ILS: 'IL', MYR: 'MY', UZS: 'UZ', GBP: 'GB', GEL: 'GE', NGN: 'NG', HUF: 'HU', INR: 'IN', CAD: 'CA', AUD: 'AU', NZD: 'NZ', NOK: 'NO', RON: 'RO', BDT: 'BD', NPR: 'NP', KES: 'KE', GHS: 'GH', PHP: 'PH' };

/**
 * Dollars by the hour ("$14.00 per hour", "$9.47/hour") are how employers in the United States write
 * pay, so with no place named such pay is compared with pay there. Lures quote a month's pay ("$1500
 * в месяц"), and dollars alone name no country: they are the lures' currency everywhere.
 */
const hourlyCountry = (offer: SalaryFact): string | undefined => (offer.currency === 'USD' && offer.period === 'hour' ? 'US' : undefined);

function payComparison(facts: Facts, home: string, pay: PayTable): { offer: SalaryFact; usd: number; baseline: number; group?: string; country?: string } | null {
  const offers = facts.salary.filter((s) => s.monthlyUsdMax !== null);
  if (offers.length === 0) return null;
  // The headline offer: the highest monthly figure in the ad.
  const offer = offers.reduce((a, b) => ((b.monthlyUsdMax ?? 0) > (a.monthlyUsdMax ?? 0) ? b : a));
  const country = (abroad(facts, home)[0] ?? facts.destinations[0])?.country ?? COUNTRY_OF_CURRENCY[offer.currency] ?? hourlyCountry(offer) ?? home;
  const role = facts.roles.find((r) => r.group !== 'it' && r.group !== 'professional') ?? facts.roles[0];
  const baseline = typicalPay(role?.group, country, pay);
  return { offer, usd: offer.monthlyUsdMax!, baseline, ...(role ? { group: role.group } : {}), country };
}

/** A country's name in each language, for explanations (places.json; the code where it has no entry). */
const countryName = new Map<string, Vars>();
/** Countries whose English name takes "the" ("in the UAE"). */
const EN_THE = new Set(['AE', 'GB', 'US', 'CZ', 'NL', 'PH']);
for (const p of places) {
  if (p.kind !== 'country') continue;
  const en = titleCase(p.en[0] ?? p.country);
  countryName.set(p.country, { country_en: EN_THE.has(p.country) ? `the ${en}` : en, country_ru: titleCase(p.ru[0] ?? p.country), country_ky: titleCase(p.ky[0] ?? p.country) });
}
function titleCase(name: string): string {
  // "оаэ", "uae": an abbreviation is written in capitals; other names capitalised word by word.
  return name.length <= 3 ? name.toUpperCase() : name.replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
/** Where a pay comparison's typical pay is from: `country_en`, `country_ru`, `country_ky` for the templates. */
const countryVars = (country: string | undefined): Vars => (country && countryName.get(country)) || { country_en: country ?? '', country_ru: country ?? '', country_ky: country ?? '' };

const MESSENGER_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|wa\.me|telegram\.me|instagram\.com|vk\.com|tiktok\.com)/;
/** A company contact: an e-mail on the company's own domain, or a website that is not a messenger link. */
const isCompany = (c: ContactFact): boolean => (c.type === 'email' && !isFreeMail(c.value)) || (c.type === 'url' && !MESSENGER_LINK.test(c.value));

const contactTypes = (ctx: AdContext, p: Params): ContactFact[] => {
  const types = list(p, 'types');
  const domain = p['domain'];
  return ctx.facts.contacts.filter((c) => {
    if (types && !types.includes(c.type)) return false;
    if (domain === undefined || (c.type !== 'email' && c.type !== 'url')) return true;
    if (domain === 'company') return isCompany(c);
    return c.type === 'email' && isFreeMail(c.value);
  });
};

export const PREDICATES: Record<FactPattern['fact'], Predicate> = {
  destinationAbroad: (ctx) => {
    const d = abroad(ctx.facts, ctx.homeCountry);
    return result(d, { destination: d[0]?.text ?? '' });
  },
  destinationIn: (ctx, p) => {
    const countries = list(p, 'countries') ?? [];
    const d = ctx.facts.destinations.filter((x) => countries.includes(x.country));
    return result(d, { destination: d[0]?.text ?? '' });
  },
  roleIn: (ctx, p) => {
    const groups = list(p, 'groups') ?? [];
    const ids = list(p, 'roles');
    const r = ctx.facts.roles.filter((x) => groups.includes(x.group) || (ids?.includes(x.id) ?? false));
    return result(r, { role: r[0]?.text ?? '' });
  },
  genderTargeted: (ctx, p) => {
    const g = ctx.facts.gender;
    const want = (p['gender'] as string) ?? 'female';
    return g.targets === want ? result(g.mentions.filter((m) => m.gender === want)) : null;
  },
  ageWindow: (ctx, p) => {
    const maxSpan = num(p, 'maxSpan', 12);
    const maxAge = num(p, 'maxAge', 35);
    const a = ctx.facts.ages.filter((x) => x.max !== null && x.max <= maxAge && (x.min === null || x.max - x.min <= maxSpan));
    return result(a, { ages: a[0]?.text ?? '' });
  },
  minorAge: (ctx, p) => {
    const below = num(p, 'below', 18);
    const a = ctx.facts.ages.filter((x) => (x.min !== null && x.min < below) || (x.min === null && x.max !== null && x.max < below));
    return result(a, { ages: a[0]?.text ?? '' });
  },
  excessivePay: (ctx, p) => {
    const cmp = payComparison(ctx.facts, ctx.homeCountry, ctx.pay);
    if (!cmp || cmp.usd < cmp.baseline * num(p, 'ratio', 2.5)) return null;
    return result([cmp.offer], { offer: usd(cmp.usd), baseline: usd(cmp.baseline), ratio: Math.round((cmp.usd / cmp.baseline) * 10) / 10, ...countryVars(cmp.country) });
  },
  highPay: (ctx, p) => {
    const min = num(p, 'minMonthlyUsd', 2000);
    const s = ctx.facts.salary.filter((x) => (x.monthlyUsdMax ?? 0) >= min);
    return result(s, { offer: s[0] ? usd(s[0].monthlyUsdMax!) : '' });
  },
  realisticPay: (ctx, p) => {
    const cmp = payComparison(ctx.facts, ctx.homeCountry, ctx.pay);
    if (!cmp || cmp.usd > cmp.baseline * num(p, 'ratio', 1.6)) return null;
    return result([cmp.offer], { offer: usd(cmp.usd), baseline: usd(cmp.baseline), ...countryVars(cmp.country) });
  },
  payStated: (ctx) => result(ctx.facts.salary),
  messengerOnly: (ctx) => {
    const c = ctx.facts.contacts;
    if (c.length === 0) return null;
    const personal = c.filter((x) => x.type === 'phone' || x.type === 'messenger' || x.type === 'handle' || (x.type === 'url' && MESSENGER_LINK.test(x.value)));
    return c.some(isCompany) ? null : result(personal);
  },
  freeMailEmail: (ctx) => result(ctx.facts.contacts.filter((x) => x.type === 'email' && isFreeMail(x.value))),
  contactPresent: (ctx, p) => result(contactTypes(ctx, p)),
  // A company named in a sentence ("Northwind is a furniture maker"); a place is no employer ("Dubai is a
  // great city"). Read only by the not-stated list: see extract/company-names.ts.
  employerInProse: (ctx) => {
    const places = ctx.facts.destinations;
    const names = companyNamesInProse(ctx.norm, ctx.tokens).filter((c) => !places.some((p) => p.start < c.end && c.start < p.end));
    return result(names, { employer: names[0] ? ctx.norm.original.slice(names[0].start, names[0].end) : '' });
  },
  // Words that mix look-alike letters of two scripts, found when the text was normalised.
  mixedScript: (ctx, p) => {
    const words = ctx.norm.lookalikes;
    if (words.length < num(p, 'minWords', 1)) return null;
    return result([...words], { words: words.map((w) => ctx.norm.original.slice(w.start, w.end)).join(', ') });
  },
};
