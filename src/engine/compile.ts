import { lexicon, NOT_A_ROLE, notRoles } from '../data.js';
import { RuleError } from '../errors.js';
import { russianCaseForms } from '../lang/russian.js';
import { compilePhrase, decodeSteps } from '../match/phrase.js';
import { derivedPhraseSteps } from '../match/phrase-derived.js';
import { LiteralScanner } from '../match/literal-scan.js';
import { TokenTrie } from '../match/trie.js';
import { analyseRegex } from '../match/literals.js';
import { regexExtent } from '../match/extent.js';
import { derivedRegex, type DerivedRegex } from './regex-derived.js';
import { toViewSource, viewSafe } from '../match/view-source.js';
import { BUNDLED_TABLES, type Tables } from './tables.js';
import { LANGS } from '../schema/langs.js';
import type { FactPattern, Lang, NearPattern, Pattern, Rule } from '../schema/rule.js';

/** What a trie match stands for. */
export type Payload =
  | { type: 'pattern'; rule: number; pattern: string; lang: Lang }
  | { type: 'near'; near: number; side: 'a' | 'b' }
  | { type: 'exclude'; rule: number; lang: Lang }
  | { type: 'place'; entry: number }
  | { type: 'role'; entry: number }
  | { type: 'gender'; gender: 'female' | 'male' };

/** A rule regex as compiled: its derivation (regex-derived.ts), the RegExp objects, and whose it is. */
export type RegexCompiled = Omit<DerivedRegex, 'source'> & {
  re: RegExp;
  /** The same regex with flag y, for a regex with `lead`: tried where a lead string occurs. */
  sticky: RegExp | null;
};
export type CompiledRegex = RegexCompiled & { rule: number; pattern: string; lang: Lang; exclude: boolean };

/** A rule's `when` with the rules it names as indices into `rules`. */
export interface WhenIndex {
  all: number[];
  any: number[] | undefined;
  atLeast: { n: number; of: number[] } | undefined;
  none: number[];
  /** The parts whose spans and variables the rule takes over: all, then any, then atLeast.of. */
  parts: number[];
}

export interface CompiledRules {
  /**
   * The rules, copied with every field any of them has present in one order (absent ones undefined).
   * A rule object's hidden class depends on which optional fields it has; evaluation, scoring and the
   * report read the same fields of every rule, and with one class those reads stay monomorphic (V8's
   * inline-cache log showed them megamorphic; 1.005-1.020x on every benchmark set, twice).
   */
  rules: Rule[];
  /** The rules as given (what Screener.rules shows: without the fields a rule does not have). */
  given: Rule[];
  /** The reference tables this rule set was compiled with: place and role payloads index into them. */
  tables: Tables;
  byId: Map<string, number>;
  payloads: Payload[];
  /** The phrase trie of a language, built on first use: an English-only host never pays for ru/ky. */
  trie(lang: Lang): TokenTrie;
  /** The phrases of a language's trie as authored, each once (for scripts/derive.ts, which bakes their steps). */
  phrases(lang: Lang): string[];
  regexes: CompiledRegex[];
  /**
   * One scanner for the prefilter literals of every regex, and what each occurrence of literal k
   * asks of runRegexes: `actions[actionStart[k] .. actionStart[k + 1])`, each `kind * LITERAL_KIND +
   * index` (a LiteralAction, and the index of a regex or of a lead group). Indexed regexes with the same lead
   * strings and the same kind of start share a lead group (`leadGroup[i]`, -1 for a regex without
   * leads), whose starts are gathered once per ad: nine regexes start with a digit at a word start,
   * and an ad has ~50 such. Flat typed arrays, not a list per literal: an ad has some 350
   * occurrences, and reading four lists (and each regex object) per occurrence cost more than the scan.
   */
  literals: { scanner: LiteralScanner; actionStart: Int32Array; actions: Int32Array; leadGroup: Int32Array; groupCount: number };
  /** The proximity patterns, indexed by their payloads' `near`. */
  near: Array<{ rule: number; pattern: string; lang: Lang; spec: NearPattern }>;
  /** Every word of the Kyrgyz phrases (folded): what Kyrgyz text words are read against (builds the ky trie). */
  kyVocabulary(): Set<string>;
  /** Each rule's fact patterns, by rule index (checked for every rule on every ad). */
  facts: FactPattern[][];
  /**
   * For each fact pattern of `facts`, the index of its (fact, parameters) pair: rules that ask the
   * same question share one answer per ad. `factCount` is the number of distinct pairs.
   */
  factIds: number[][];
  factCount: number;
  /**
   * 1 for a rule that fires only on its pattern hits (it has patterns, none of them facts): with no
   * hit it is skipped without touching the rule object, which is most rules on most ads.
   */
  hitsOnly: Uint8Array;
  /** Each rule's `when`, with rule indices in place of ids (undefined: the rule has none). */
  when: Array<WhenIndex | undefined>;
  /** Rule indices in dependency order: every rule after the rules its `when` names. */
  order: number[];
  negation: Record<Lang, { before: Set<string>; after: Set<string>; window: number }>;
}

const BOUNDARY_START = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_END = '(?![\\p{L}\\p{N}])';

/**
 * `{{amount}}` in a rule regex: an amount of money with its currency, by sign before or after the
 * digits ("$ 300", "usd 300", "£1 000", "300 сом", "1 500 евро", "1500 р", "8 lakh taka"), as the fee
 * and price regexes write it. One spelling for all of them, and the bundles carry it once. (Lakh,
 * a hundred thousand, is only ever money where a fee word stands before it.) Currency words that
 * stand before the digits are few on purpose: a regex led by {{amount}} is tried at every letter
 * they begin with, and "ksh", "npr", "tk" or "rm" there cost a quarter more on ordinary ads; the one
 * pattern that needs them (B1 en-pay-amount-for, tried only after "pay") spells them itself. Every
 * part has a bounded length, so that the regexes it leads run in windows (tests/extent.test.ts).
 */
const AMOUNT_MACRO = '{{amount}}';
const AMOUNT =
  '(?:(?:[$€£₽₸₦₱৳₹]|(?:usd|eur|aed|sar|qar)\\s)\\s{0,2}(?:\\d{1,3}(?:[\\s.,]\\d{3}){1,3}(?!\\d)|\\d(?:[.,]?\\d){0,8})|\\d(?:[\\s.,]?\\d){0,8}\\s{0,2}(?:[$€£₽₸₦₱৳₹]|(?:usd|евро|eur|долл|dollar|сом|som|kgs|руб|rub|тенге|теңге|tenge|kzt|злот|zł|zl|pln|дирхам|dirham|aed|лир|lira|вон|won|юан|yuan|фунт|pound|gbp|sar|qar|peso|naira|ringgit|riyal|rial|dinar|taka|lakh|cedi|shilling|rupee|rupiah)\\p{L}{0,5}|р(?![\\p{L}\\-])))';

/**
 * The top-level alternatives of a regex source ("a|b" -> a, b; "(?:a|b)" is one), and where the
 * group opened at index 0 closes (-1 when the source does not start with a group).
 */
function topLevel(source: string): { alternatives: string[]; firstGroupEnd: number } {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  let firstGroupEnd = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // Skip the class: a "|" or a parenthesis inside it is a literal character.
      i++;
      if (source[i] === '^') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0 && firstGroupEnd === -1 && source[0] === '(') firstGroupEnd = i;
    } else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return { alternatives, firstGroupEnd };
}

/** Does a regex source have a "|" outside any group ("a|b", not "(?:a|b)")? */
const topLevelAlternation = (source: string): boolean => topLevel(source).alternatives.length > 1;

/**
 * A regex starting with a lookbehind defeats V8's quick scan for the first character, which makes
 * every rule regex cost a full walk of the ad (measured: 8x slower on the age regexes). A leading
 * `{{<}}` is therefore dropped from the pattern and checked on each match instead (`leadingBoundary`),
 * but only when a literal or a digit follows it: before a class of letters ("{{<}}\\p{L}{3,20}...")
 * the lookbehind is what stops attempts in mid-word, so it stays. So are those of a pattern whose every
 * alternative starts with `{{<}}` ("{{<}}office \\d+|{{<}}\\d(?:st|nd) floor", or the same inside one
 * group around the whole pattern): at any one position all of them say the same, so the check on the
 * match says what the alternative it took would have said. A regex that starts a word may be indexed
 * by its first letter or digit (literals.ts), tried only where a word or a number starts with it; not
 * one of several alternatives, which stays matched around its needs: led by digits, it was tried at
 * so many number starts that gathering them cost more than it saved (measured).
 */
/** Lookbehinds that say exactly what `{{<}}` says, as rule authors also write them. */
const BOUNDARY_SPELLINGS = ['(?<![\\p{L}\\p{N}])', '(?<![\\p{N}\\p{L}])'];

/** A leading lookbehind refusing a digit (and perhaps "+") before the match: every match starts a number. */
const NUMBER_START = /^\(\?<!\[(?:\\p\{N\}|\\d)\+?\]\)/;

/** What may follow a `{{<}}` that is checked in code: a literal letter or digit, `\\d` or a digit class. */
const LITERAL_NEXT = /^(?:\(\?:)*(?:[\p{L}\p{N}]|\\d|\[(?:\d|\d-\d)+\])/u;

/**
 * The pattern without the `{{<}}` that starts each of its alternatives, and whether it has several;
 * null when the boundary cannot go (see above).
 */
function withoutLeadingBoundary(source: string): { body: string; alternatives: boolean } | null {
  const { alternatives, firstGroupEnd } = topLevel(source);
  // One group around the whole pattern: its alternatives are the pattern's.
  const wrapped = alternatives.length === 1 && source.startsWith('(?:') && firstGroupEnd === source.length - 1;
  const alts = wrapped ? topLevel(source.slice(3, -1)).alternatives : alternatives;
  const rests: string[] = [];
  for (const alt of alts) {
    const spelled = ['{{<}}', ...BOUNDARY_SPELLINGS].find((b) => alt.startsWith(b));
    const rest = spelled ? alt.slice(spelled.length) : '';
    if (rest === '' || !LITERAL_NEXT.test(rest)) return null;
    rests.push(rest);
  }
  return { body: wrapped ? `(?:${rests.join('|')})` : rests.join('|'), alternatives: alts.length > 1 };
}

/** What a rule regex's authored source gives: the source to compile and its prefilter analysis. */
export function deriveRegex(written: string): DerivedRegex {
  const authored = written.replaceAll(AMOUNT_MACRO, AMOUNT);
  const stripped = withoutLeadingBoundary(authored);
  const leadingBoundary = stripped !== null;
  const body = stripped?.body ?? authored;
  const source = body.replaceAll('{{<}}', BOUNDARY_START).replaceAll('{{>}}', BOUNDARY_END);
  // The lookbehind stays in the pattern (it is what refuses a start after a digit); knowing it lets a
  // regex led by digits be tried only where a number starts.
  const numberStart = NUMBER_START.test(source) && !topLevelAlternation(source);
  const { needs, lead } = analyseRegex(source, leadingBoundary && !stripped.alternatives ? 'word' : numberStart ? 'number' : 'anywhere');
  return { source, leadingBoundary, numberStart, needs, lead, window: needs && !lead ? regexExtent(source) : null, view: viewSafe(source) };
}

/** `re` and `sticky` run on the ad's view (Normalized.view) when `view` is set, on its text otherwise. */
export function compileRegex(authored: string): RegexCompiled {
  const { source, leadingBoundary, numberStart, needs, lead, window, view } = derivedRegex(authored) ?? deriveRegex(authored);
  const compiled = view ? toViewSource(source) : source;
  return { re: new RegExp(compiled, 'gu'), leadingBoundary, numberStart, needs, lead, sticky: lead ? new RegExp(compiled, 'uy') : null, window, view };
}

function whenRefs(rule: Rule): string[] {
  const w = rule.when;
  if (!w) return [];
  return [...(w.all ?? []), ...(w.any ?? []), ...(w.atLeast?.of ?? []), ...(w.none ?? [])];
}

function whenIndex(rule: Rule, byId: Map<string, number>): WhenIndex | undefined {
  const w = rule.when;
  if (!w) return undefined;
  const ix = (ids: readonly string[] | undefined): number[] => (ids ?? []).map((id) => byId.get(id)!);
  const all = ix(w.all);
  const any = w.any ? ix(w.any) : undefined;
  const atLeast = w.atLeast ? { n: w.atLeast.n, of: ix(w.atLeast.of) } : undefined;
  return { all, any, atLeast, none: ix(w.none), parts: [...all, ...(any ?? []), ...(atLeast?.of ?? [])] };
}

function topoOrder(rules: Rule[], byId: Map<string, number>): number[] {
  const order: number[] = [];
  const state = new Uint8Array(rules.length); // 0 new, 1 visiting, 2 done
  const visit = (i: number, path: string[]): void => {
    if (state[i] === 2) return;
    const rule = rules[i]!;
    if (state[i] === 1) throw new RuleError(rule.id, [`when: circular reference ${[...path, rule.id].join(' -> ')}`]);
    state[i] = 1;
    for (const ref of whenRefs(rule)) {
      const j = byId.get(ref);
      if (j === undefined) throw new RuleError(rule.id, [`when: unknown rule "${ref}"`]);
      visit(j, [...path, rule.id]);
    }
    state[i] = 2;
    order.push(i);
  };
  for (let i = 0; i < rules.length; i++) visit(i, []);
  return order;
}

/** Copies of the rules with the same fields, in the same order (see CompiledRules.rules). */
function sameShape(rules: readonly Rule[]): Rule[] {
  const keys = [...new Set(rules.flatMap((r) => Object.keys(r)))].sort();
  return rules.map((r) => {
    const o: Record<string, unknown> = {};
    for (const k of keys) o[k] = (r as Record<string, unknown>)[k];
    return o as Rule;
  });
}

export function compileRules(given: Rule[], tables: Tables = BUNDLED_TABLES): CompiledRules {
  const rules = sameShape(given);
  const byId = new Map(rules.map((r, i) => [r.id, i]));
  const payloads: Payload[] = [];
  const pending: Record<Lang, Array<[string, number]>> = { en: [], ru: [], ky: [] };
  const built: Partial<Record<Lang, TokenTrie>> = {};
  const regexes: CompiledRegex[] = [];
  const near: CompiledRules['near'] = [];
  const kyVocabulary = new Set<string>();
  const trie = (lang: Lang): TokenTrie => {
    let t = built[lang];
    if (!t) {
      t = new TokenTrie();
      for (const [p, idx] of pending[lang]) {
        const baked = derivedPhraseSteps(lang, p);
        const steps = baked === undefined ? compilePhrase(lang, p) : decodeSteps(baked);
        if (steps.length === 0) continue; // a phrase of punctuation only: nothing to match
        t.add(steps, idx);
        if (lang === 'ky') for (const s of steps) if (s.kind === 'key') kyVocabulary.add(s.key);
      }
      t.freeze();
      built[lang] = t;
    }
    return t;
  };
  const addPhrases = (lang: Lang, phrases: readonly string[], payload: Payload, ruleId?: string, path?: string): void => {
    const idx = payloads.push(payload) - 1;
    for (const p of phrases) {
      // Checked now so that a bad rule fails at load, not on the first ad of its language.
      if (!/[\p{L}\p{N}*]/u.test(p)) throw new RuleError(ruleId, [`${path}: phrase "${p}" has no words`]);
      pending[lang].push([p, idx]);
    }
  };
  const addPattern = (ri: number, p: Pattern, path: string, exclude: boolean): void => {
    const ruleId = rules[ri]!.id;
    if (p.kind === 'phrase') {
      addPhrases(p.lang, p.phrases, exclude ? { type: 'exclude', rule: ri, lang: p.lang } : { type: 'pattern', rule: ri, pattern: p.id, lang: p.lang }, ruleId, path);
    } else if (p.kind === 'regex') {
      let compiled: ReturnType<typeof compileRegex>;
      try {
        compiled = compileRegex(p.regex);
      } catch (e) {
        throw new RuleError(ruleId, [`${path}.regex: ${(e as Error).message}`]);
      }
      // No test run here: V8 compiles a regex on first use, and with the literal prefilter most
      // regexes are not used by most ads. (Empty matches are skipped when matching; tests check
      // that no bundled regex matches the empty string.)
      regexes.push({ rule: ri, pattern: p.id, lang: p.lang, exclude, ...compiled });
    } else if (p.kind === 'near') {
      const k = near.push({ rule: ri, pattern: p.id, lang: p.lang, spec: p }) - 1;
      addPhrases(p.lang, p.a, { type: 'near', near: k, side: 'a' }, ruleId, `${path}.a`);
      addPhrases(p.lang, p.b, { type: 'near', near: k, side: 'b' }, ruleId, `${path}.b`);
    }
  };
  for (const [ri, rule] of rules.entries()) {
    rule.patterns.forEach((p, k) => addPattern(ri, p, `patterns.${k}`, false));
    rule.exclude?.forEach((p, k) => addPattern(ri, p, `exclude.${k}`, true));
  }
  for (const [entry, place] of tables.places.entries()) {
    for (const lang of LANGS) addPhrases(lang, lang === 'ru' ? [...new Set(place.ru.flatMap(russianCaseForms))] : place[lang], { type: 'place', entry });
  }
  for (const [entry, role] of tables.roles.entries()) for (const lang of LANGS) addPhrases(lang, role[lang], { type: 'role', entry });
  // Matched with the roles, so that the longest match decides ("business model" is no model).
  for (const lang of LANGS) addPhrases(lang, notRoles[lang], { type: 'role', entry: NOT_A_ROLE });
  for (const gender of ['female', 'male'] as const) for (const lang of LANGS) addPhrases(lang, lexicon.gender[gender][lang], { type: 'gender', gender });

  // One cue set for all languages: in mixed ads a Russian "без" negates a phrase from the Kyrgyz list,
  // and the cue words of the three languages do not collide.
  const before = new Set(LANGS.flatMap((l) => lexicon.negation[l].before));
  const after = new Set(LANGS.flatMap((l) => lexicon.negation[l].after));
  const literals = literalIndex(regexes);
  const negation = Object.fromEntries(LANGS.map((l) => [l, { before, after, window: lexicon.negation[l].window }])) as CompiledRules['negation'];
  const order = topoOrder(rules, byId); // also checks that every id a `when` names exists
  const facts = rules.map((r) => r.patterns.filter((p): p is FactPattern => p.kind === 'fact'));
  const factIndex = new Map<string, number>();
  const factIds = facts.map((ps) =>
    ps.map((p) => {
      const key = p.params ? `${p.fact}:${JSON.stringify(p.params)}` : p.fact;
      let id = factIndex.get(key);
      if (id === undefined) factIndex.set(key, (id = factIndex.size));
      return id;
    }),
  );
  return {
    rules, given, tables, byId, payloads, trie, regexes, literals, near,
    phrases: (lang) => [...new Set(pending[lang].map(([p]) => p))],
    facts, factIds, factCount: factIndex.size, hitsOnly: Uint8Array.from(rules, (r, i) => (r.patterns.length > 0 && facts[i]!.length === 0 ? 1 : 0)), when: rules.map((r) => whenIndex(r, byId)), order, negation,
    kyVocabulary: () => {
      trie('ky');
      return kyVocabulary;
    },
  };
}

/**
 * What an occurrence of a prefilter literal does (runRegexes): mark its line for a regex that needs it
 * (and keep the occurrence, for a regex matched in windows around its needs), or add a start to a lead
 * group: anywhere, only at a word start, or only at a number start. An action is its kind times
 * LITERAL_KIND plus the regex's or group's index.
 */
export const enum LiteralAction {
  Need,
  NeedInWindow,
  Lead,
  WordLead,
  NumberLead,
}
export const LITERAL_KIND = 1 << 24;

/**
 * The literals the regexes are prefiltered on, each once, with the regexes that use it. An indexed
 * regex (`sticky`) is tried where one of its lead strings occurs (on a line holding one of its needs,
 * if it has needs); any other regex with `needs` runs on the lines holding one of them. A literal
 * spanning a line break could not name its line, so a regex with one is left unfiltered (no bundled
 * regex has one).
 */
function literalIndex(regexes: CompiledRegex[]): CompiledRules['literals'] {
  const ids = new Map<string, number>();
  // Per literal, its actions by kind (LiteralAction order), joined into one table at the end.
  const byKind: number[][][] = [];
  const groups = new Map<string, number>();
  const leadGroup = new Int32Array(regexes.length).fill(-1);
  const idOf = (s: string): number => {
    let id = ids.get(s);
    if (id === undefined) {
      ids.set(s, (id = ids.size));
      byKind.push([[], [], [], []]);
    }
    return id;
  };
  regexes.forEach((r, i) => {
    if (r.needs?.some((s) => s.includes('\n'))) {
      r.needs = null;
      r.window = null;
    }
    if (r.lead?.some((s) => s.includes('\n'))) {
      r.lead = null;
      r.sticky = null;
    }
    const need = r.window ? LiteralAction.NeedInWindow : LiteralAction.Need;
    for (const s of new Set(r.needs)) byKind[idOf(s)]![0]!.push(need * LITERAL_KIND + i);
    if (!r.lead) return;
    const kind = r.leadingBoundary ? LiteralAction.WordLead : r.numberStart ? LiteralAction.NumberLead : LiteralAction.Lead;
    const leads = [...new Set(r.lead)].sort();
    const key = `${kind}\u0000${leads.join('\u0000')}`;
    let group = groups.get(key);
    if (group === undefined) {
      groups.set(key, (group = groups.size));
      for (const w of leads) byKind[idOf(w)]![kind - LiteralAction.Lead + 1]!.push(kind * LITERAL_KIND + group);
    }
    leadGroup[i] = group;
  });
  const actionStart = new Int32Array(byKind.length + 1);
  const actions: number[] = [];
  byKind.forEach((kinds, k) => {
    actionStart[k] = actions.length;
    for (const list of kinds) actions.push(...list);
  });
  actionStart[byKind.length] = actions.length;
  return { scanner: new LiteralScanner([...ids.keys()]), actionStart, actions: Int32Array.from(actions), leadGroup, groupCount: groups.size };
}
