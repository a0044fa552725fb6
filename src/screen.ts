import * as z from 'zod/mini';
import { money, pay } from './data.js';
import { compileRules, type CompiledRules } from './engine/compile.js';
import { evaluateRules } from './engine/evaluate.js';
import { noticeChecked } from './engine/notice.js';
import { scoreRules } from './engine/score.js';
import type { AdContext, FiredRule } from './engine/types.js';
import { InputError, OptionsError, RuleError } from './errors.js';
import { fill, pick, resolveReferences } from './explain/render.js';
import { extractFacts } from './extract/index.js';
import { detectLanguage, type LanguageInfo } from './lang/detect.js';
import { cyrillicReading } from './lang/latin-reading.js';
import type { Facts } from './extract/types.js';
import { runMatchers, type MatchResult } from './match/run.js';
import { loadRulePack, type RulePack } from './packs/load.js';
import { buildRuleSet, type PackInfo } from './packs/merge.js';
import { bundledRules, notStatedChecks, RULESET_VERSION } from './rules.js';
import { DEFAULT_MAX_INPUT_CHARS, DEFAULT_THRESHOLDS, OPTIONS_PARSE_PARAMS, ScreenOptions } from './schema/options.js';
import type { Indicator, ResultSpan, ScreenResult } from './schema/result.js';
import { ruleNamespace, type BundledRule, type Lang, type Rule } from './schema/rule.js';
import { normalize, toOriginal, type Normalized } from './text/normalize.js';
import { tokenize, type Token } from './text/tokenize.js';
import { LIBRARY_VERSION, RESULT_SCHEMA_VERSION } from './version.js';
import { sortSmall } from './sort-small.js';

export interface Screener {
  /** Screen one ad. Throws only for a non-string input or invalid options. */
  screen(text: string, options?: ScreenOptions): ScreenResult;
  /** Every rule that fired on an ad, internal signals included, with spans into the text: for rule authors and RuleTester. */
  trace(text: string, options?: ScreenOptions): RuleTrace[];
  /** The rules this screener runs: the bundled set, then the rules of its packs (overrides applied). */
  /** (Without their examples and false-positive notes, which the built bundles leave out.) */
  readonly rules: readonly BundledRule[];
  /** The rule packs this screener was created with, in order. */
  readonly packs: readonly PackInfo[];
}

/** One rule that fired, as Screener.trace reports it. */
export interface RuleTrace {
  ruleId: string;
  kind: Rule['kind'];
  spans: ResultSpan[];
  /** Ids of the patterns that matched. */
  patterns: string[];
}

/** createScreener's configuration: default options for every call, plus custom rules. */
export interface ScreenerConfig extends ScreenOptions {
  /** Rule packs: JSON text, parsed JSON, definePlugin() or loadRulePack() results. Applied in order. */
  packs?: readonly unknown[];
  /** Custom rules in the rule schema, each id in a namespace ("acme/B1.cash-deposit"); rules of one namespace load as one pack. */
  extraRules?: readonly unknown[];
}
const ScreenerConfigSchema = z.extend(ScreenOptions, { packs: z.optional(z.array(z.unknown())), extraRules: z.optional(z.array(z.unknown())) });

let defaultCompiled: CompiledRules | undefined;
/**
 * The bundled rules are compiled once per process, on first use (not at import). They are validated
 * against the zod schema when the library is built (scripts/emit-schemas.ts fails the build) and by
 * the tests, so a process does not pay for validating them again; rules supplied at run time are
 * validated when they are loaded (loadRulePack, engine/validate.ts).
 */
function compiledDefaults(): CompiledRules {
  return (defaultCompiled ??= compileRules(bundledRules as Rule[]));
}

const optionIssues = (e: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string[] => e.issues.map((i) => `${i.path.map(String).join('.') || '(options)'}: ${i.message}`);

function checkRuleIds(opts: ScreenOptions, compiled: CompiledRules): ScreenOptions {
  const unknown = Object.keys(opts.rules ?? {}).filter((id) => !compiled.byId.has(id));
  if (unknown.length > 0) throw new OptionsError(unknown.map((id) => `rules.${id}: no rule has this id`));
  return opts;
}

function parseOptions(options: unknown, compiled: CompiledRules): ScreenOptions {
  if (options === undefined) return {};
  const parsed = ScreenOptions.safeParse(options, OPTIONS_PARSE_PARAMS);
  if (!parsed.success) throw new OptionsError(optionIssues(parsed.error));
  return checkRuleIds(parsed.data, compiled);
}

function merge(base: ScreenOptions, call: ScreenOptions): ScreenOptions {
  return { ...base, ...call, rules: { ...base.rules, ...call.rules } };
}

/**
 * extraRules grouped by namespace, each group loaded as a pack of that id. A rule without a
 * namespace is refused: bundled ids may be added in any release, and a namespace keeps them apart.
 */
function extraRulePacks(extra: readonly unknown[]): RulePack[] {
  const groups = new Map<string, unknown[]>();
  extra.forEach((r, i) => {
    const id = typeof r === 'object' && r !== null ? (r as { id?: unknown }).id : undefined;
    const ns = typeof id === 'string' ? ruleNamespace(id) : undefined;
    if (ns === undefined) {
      const name = typeof id === 'string' ? id : `extraRules.${i}`;
      throw new RuleError(name, [`id: expected a namespaced id such as "acme/${typeof id === 'string' ? id : 'B1.cash-deposit'}": custom rule ids take a namespace`]);
    }
    let g = groups.get(ns);
    if (!g) groups.set(ns, (g = []));
    g.push(r);
  });
  return [...groups].map(([id, rules]) => loadRulePack({ id, rules }));
}

interface Setup {
  compiled: CompiledRules;
  /** Rules the packs switched off. */
  disabled: ReadonlySet<string>;
  packs: PackInfo[];
}

/**
 * Everything is loaded and checked before anything is used: a bad pack or rule throws here, and no
 * screener (nor any global state) ever holds part of it.
 */
function setup(config: z.infer<typeof ScreenerConfigSchema>): Setup {
  const packs = [...(config.packs ?? []).map(loadRulePack), ...extraRulePacks(config.extraRules ?? [])];
  if (packs.length === 0) return { compiled: compiledDefaults(), disabled: new Set(), packs: [] };
  const set = buildRuleSet(packs);
  return { compiled: compileRules(set.rules, set.tables), disabled: set.disabled, packs: set.packs };
}

export function createScreener(config?: ScreenerConfig): Screener {
  let parsedConfig: z.infer<typeof ScreenerConfigSchema> = {};
  if (config !== undefined) {
    const parsed = ScreenerConfigSchema.safeParse(config, OPTIONS_PARSE_PARAMS);
    if (!parsed.success) throw new OptionsError(optionIssues(parsed.error));
    parsedConfig = parsed.data;
  }
  const env = setup(parsedConfig);
  const { packs: _packs, extraRules: _extra, ...defaults } = parsedConfig;
  const base = checkRuleIds(defaults, env.compiled);
  const callOptions = (options: ScreenOptions | undefined): ScreenOptions => {
    if (options === undefined) return base;
    if (typeof options !== 'object' || options === null) throw new OptionsError([`(options): expected an object, got ${options === null ? 'null' : typeof options}`]);
    // Validated on every call (a few microseconds): callers may reuse and mutate one options object.
    return merge(base, parseOptions(options, env.compiled));
  };
  const checkText = (text: unknown): void => {
    if (typeof text !== 'string') throw new InputError(`screen() expects the ad text as a string, got ${text === null ? 'null' : typeof text}`);
  };
  return {
    rules: env.compiled.given,
    packs: env.packs,
    screen(text: string, options?: ScreenOptions): ScreenResult {
      checkText(text);
      return run(env, text, callOptions(options));
    },
    trace(text: string, options?: ScreenOptions): RuleTrace[] {
      checkText(text);
      const opts = callOptions(options);
      const { fired, analysed } = analyse(env, cut(text, opts.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS), opts, undefined);
      return [...fired.values()].map((f) => ({
        ruleId: f.rule.id,
        kind: f.rule.kind,
        spans: f.spans.map((s) => ({ start: s.start, end: s.end, text: analysed.slice(s.start, s.end) })),
        patterns: [...new Set(f.hits.map((h) => h.patternId))],
      }));
    },
  };
}

let defaultScreener: Screener | undefined;
/** Screen one ad with the bundled rules. */
export function screen(text: string, options?: ScreenOptions): ScreenResult {
  return (defaultScreener ??= createScreener()).screen(text, options);
}

/** Every rule that fired on an ad, internal signals included: for rule tests and authoring tools. */
export function traceRules(text: string, options: ScreenOptions = {}): Map<string, FiredRule> {
  const env: Setup = { compiled: compiledDefaults(), disabled: new Set(), packs: [] };
  return analyse(env, text, parseOptions(options, env.compiled), undefined).fired;
}

// Fresh objects each time: they end up in results, which callers own.
const noFacts = (): Facts => ({ salary: [], costs: [], destinations: [], roles: [], contacts: [], ages: [], gender: { targets: 'unspecified', mentions: [] } });
const noMatches = (): MatchResult => ({ hits: [], excludes: new Map(), places: [], roles: [], gender: [] });

/**
 * The first `max` characters of a text, cut back to the last whitespace within 200 characters (so no
 * word is split into a misleading fragment) and never between the halves of a surrogate pair.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  for (let i = end; i > 0 && i >= end - 200; i--) {
    if (/\s/.test(text[i - 1]!)) {
      end = i;
      break;
    }
  }
  return text.slice(0, end);
}

// `performance` is a global in Node, browsers and workers; the core declares it rather than import a Node module.
declare const performance: { now(): number } | undefined;
const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The stages before rule evaluation: what the rules are evaluated on (`ctx`, `matches`), the language,
 * and the text as typed (`typed`, which the reported sentences are cut from; `ctx` holds the Cyrillic
 * reading of a post typed in Latin letters). Also for the tests and scripts/bench-floor.ts, which
 * evaluate the rules their own way.
 */
export function readAd(compiled: CompiledRules, text: string, homeCountry = 'KG', expired?: () => boolean) {
  const typed = normalize(text);
  const typedTokens = tokenize(typed);
  const lang = detectLanguage(typedTokens);
  // Russian or Kyrgyz typed in Latin letters is read in Cyrillic (lang/latin-reading.ts).
  const cyrillic = cyrillicReading(typed, typedTokens, lang);
  const norm = cyrillic ?? typed;
  const tokens = cyrillic ? tokenize(cyrillic) : typedTokens;
  // Latin words the reading leaves (a sentence it did not rewrite) are still read word by word as
  // Russian or Kyrgyz typed in Latin letters (match/run.ts), as in the text typed.
  const read = cyrillic ? withLatinTyping(detectLanguage(tokens), lang) : lang;
  // Once the budget is spent, the remaining stages are skipped: the ad is scored on what was found.
  let timedOut = expired?.() ?? false;
  const matches = timedOut ? noMatches() : runMatchers(compiled, norm, tokens, read.run, read, expired);
  timedOut ||= matches.timedOut === true || (expired?.() ?? false);
  const facts = timedOut ? noFacts() : extractFacts(norm, tokens, matches, read.run.has('en'), compiled.tables);
  const ctx: AdContext = { norm, tokens, langs: read.run, facts, homeCountry, pay: compiled.tables.pay };
  return { lang, typed: { norm: typed, tokens: typedTokens }, matches, ctx, timedOut };
}

function withLatinTyping(read: LanguageInfo, typed: LanguageInfo): LanguageInfo {
  return { ...read, translit: read.translit || typed.translit, kyLatin: read.kyLatin || typed.kyLatin };
}

function analyse(env: Setup, text: string, opts: ScreenOptions, expired: (() => boolean) | undefined) {
  const { compiled } = env;
  const disabled = new Set(env.disabled);
  for (const [id, o] of Object.entries(opts.rules ?? {})) {
    if (o.enabled === false) disabled.add(id);
    else if (o.enabled === true) disabled.delete(id);
  }
  const { lang, typed, matches, ctx, timedOut } = readAd(compiled, text, opts.homeCountry, expired);
  const fired = evaluateRules(compiled, ctx, matches, disabled);
  return { lang, facts: ctx.facts, norm: typed.norm, tokens: typed.tokens, analysed: text, timedOut, fired: noticeChecked(compiled, ctx, matches, disabled, fired) };
}

/** Each sentence's language with its span in the original text (first word to last word). */
function sentenceSpans(text: string, norm: Normalized, tokens: readonly Token[], lang: LanguageInfo): ScreenResult['sentences'] {
  const out: ScreenResult['sentences'] = [];
  let i = 0;
  while (i < tokens.length) {
    const s = tokens[i]!.sentence;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.sentence === s) j++;
    const o = toOriginal(norm, tokens[i]!.start, tokens[j]!.end);
    out.push({ start: o.start, end: o.end, language: lang.sentences[s] ?? 'unknown', translit: lang.sentenceTranslit[s] ?? false });
    i = j + 1;
  }
  return text.trim() === '' ? [] : out;
}

function run(env: Setup, text: string, opts: ScreenOptions): ScreenResult {
  const started = now();
  const budget = opts.timeBudgetMs;
  const expired = budget === undefined ? undefined : (): boolean => now() - started >= budget;
  const { tables } = env.compiled;
  const locale: Lang = opts.locale ?? 'en';
  const detail = opts.detail ?? 'full';
  const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const overrides = opts.rules ?? {};
  const analysed = cut(text, opts.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS);
  const { lang, facts, fired, norm, tokens, timedOut } = analyse(env, analysed, opts, expired);
  const experimental = (r: Rule): boolean => (overrides[r.id]?.status ?? r.status) === 'experimental';
  // Experimental rules are left out of the score entirely (not scored at 0), so they cannot change
  // the category caps of the rules they sit beside.
  const { score, contributions } = scoreRules([...fired.values()].filter((f) => !experimental(f.rule)), (r) => overrides[r.id]?.weight ?? r.weight);

  const report = (f: FiredRule): Indicator => {
    const r = f.rule;
    const ind: Indicator = {
      ruleId: r.id,
      category: r.category,
      severity: r.severity,
      contribution: contributions.get(r.id) ?? 0,
      title: pick(r.title, locale),
      references: detail === 'none' ? [] : resolveReferences(r.references, tables.references),
      spans: f.spans.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    };
    if (detail !== 'none') ind.explanation = fill(pick(r.explanation, locale), f.vars);
    if (detail === 'full') {
      ind.advice = fill(pick(r.advice, locale), f.vars);
      ind.patterns = [...new Set(f.hits.map((h) => h.patternId))];
    }
    if (experimental(r)) ind.experimental = true;
    return ind;
  };
  const byContribution = (a: Indicator, b: Indicator): number => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0); // locale-independent: same order on every host
  const all = [...fired.values()];
  const level = score >= thresholds.high ? 'high' : score >= thresholds.medium ? 'medium' : 'low';
  return {
    score,
    level,
    language: lang.language,
    sentences: sentenceSpans(analysed, norm, tokens, lang),
    locale,
    indicators: sortSmall(all.filter((f) => f.rule.kind === 'indicator').map(report), byContribution),
    mitigations: sortSmall(all.filter((f) => f.rule.kind === 'mitigation').map(report), byContribution),
    notStated:
      analysed.trim() === ''
        ? []
        : notStatedChecks
            .filter((n) => !n.presentIf.some((id) => fired.has(id)))
            .map((n) => ({ id: n.id, title: pick(n.title, locale), ...(detail === 'full' ? { advice: pick(n.advice, locale) } : {}) })),
    facts,
    help: tables.helplines.map((h) => ({ country: h.country, number: h.number, name: h.name[locale] })),
    thresholds: { medium: thresholds.medium, high: thresholds.high },
    truncated:
      analysed.length < text.length || timedOut
        ? { reasons: [...(analysed.length < text.length ? ['maxInputChars' as const] : []), ...(timedOut ? ['timeBudget' as const] : [])], inputChars: text.length, analysedChars: analysed.length }
        : null,
    versions: {
      library: LIBRARY_VERSION,
      rules: RULESET_VERSION,
      resultSchema: RESULT_SCHEMA_VERSION,
      fx: money.fx.date,
      pay: pay.date,
      ...(env.packs.length > 0 ? { packs: env.packs.map((p) => ({ ...p })) } : {}),
    },
  };
}
