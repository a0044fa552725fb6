import * as z from 'zod/mini';
import { LANGS } from './langs.js';

/**
 * The rule format. Rules are data (rules/indicators/*.json), validated once when a screener is
 * created, never on the hot path. The same schema is emitted as JSON Schema for rule authors.
 * Written with zod/mini, as the options are: custom rule packs are validated at run time, also in
 * the browser bundles, where full zod would cost ~28 KB gzipped. Parse with OPTIONS_PARSE_PARAMS
 * (schema/options.ts) for English messages.
 */

export { LANGS };
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/**
 * Taxonomy codes from the domain brief. G3 is batch-level and is not a per-ad rule. G4 (wording
 * disguised to slip past filters: words mixing look-alike letters of two scripts) extends the brief's
 * list as a weak recruiter signal.
 */
export const INDICATOR_CODES = [
  'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3',
  'D1', 'D2', 'D3', 'D4', 'E1', 'E2', 'E3', 'E4', 'E5', 'F1', 'F2', 'F3', 'F4',
  'G1', 'G2', 'G3', 'G4', 'H1',
] as const;
export const MITIGATION_CODES = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;
export const Category = z.enum([...INDICATOR_CODES, ...MITIGATION_CODES, 'X0']);
export type Category = z.infer<typeof Category>;

/** English is required; ru and ky are filled in as translations land. */
export const LocaleText = z.strictObject({
  en: z.string().check(z.minLength(1)),
  ru: z.optional(z.string().check(z.minLength(1))),
  ky: z.optional(z.string().check(z.minLength(1))),
});
export type LocaleText = z.infer<typeof LocaleText>;

const patternId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'));
/** A phrase is words separated by spaces; `*` is any one word; `word*` matches by prefix; `=word` is that word only, unstemmed. */
const phrase = z.string().check(z.minLength(1), z.maxLength(120));

export const PhrasePattern = z.strictObject({
  id: patternId,
  kind: z.literal('phrase'),
  lang: Lang,
  phrases: z.array(phrase).check(z.minLength(1)),
});
export const RegexPattern = z.strictObject({
  id: patternId,
  kind: z.literal('regex'),
  lang: Lang,
  /** Run on the normalised (case-folded) text with the `u` flag. `{{<}}` / `{{>}}` are Unicode word boundaries. */
  regex: z.string().check(z.minLength(1), z.maxLength(1000)),
});
export const NearPattern = z.strictObject({
  id: patternId,
  kind: z.literal('near'),
  lang: Lang,
  a: z.array(phrase).check(z.minLength(1)),
  b: z.array(phrase).check(z.minLength(1)),
  /** Largest number of words between the end of one and the start of the other. */
  within: z.int().check(z.minimum(0), z.maximum(30)),
  /** Require a before b. */
  ordered: z.optional(z.boolean()),
  /** Both must be in the same sentence (default true). */
  sameSentence: z.optional(z.boolean()),
});
export const FACT_NAMES = [
  'destinationAbroad', 'destinationIn', 'roleIn', 'genderTargeted', 'ageWindow', 'minorAge',
  'excessivePay', 'highPay', 'realisticPay', 'payStated', 'messengerOnly', 'freeMailEmail', 'contactPresent',
  'mixedScript', 'employerInProse',
] as const;
export const FactName = z.enum(FACT_NAMES);
export const FactPattern = z.strictObject({
  id: patternId,
  kind: z.literal('fact'),
  fact: FactName,
  params: z.optional(z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())]))),
});
export const Pattern = z.discriminatedUnion('kind', [PhrasePattern, RegexPattern, NearPattern, FactPattern]);
export type Pattern = z.infer<typeof Pattern>;
export type PhrasePattern = z.infer<typeof PhrasePattern>;
export type RegexPattern = z.infer<typeof RegexPattern>;
export type NearPattern = z.infer<typeof NearPattern>;
export type FactPattern = z.infer<typeof FactPattern>;

const ruleRef = z.string().check(z.minLength(1));
/** Combination conditions over other rules (reported or internal `__` signals). All given parts must hold. */
export const When = z.strictObject({
  all: z.optional(z.array(ruleRef).check(z.minLength(1))),
  any: z.optional(z.array(ruleRef).check(z.minLength(1))),
  atLeast: z.optional(z.strictObject({ n: z.int().check(z.minimum(1)), of: z.array(ruleRef).check(z.minLength(1)) })),
  none: z.optional(z.array(ruleRef).check(z.minLength(1))),
});
export type When = z.infer<typeof When>;

export const MatchExample = z.strictObject({
  lang: Lang,
  text: z.string().check(z.minLength(1)),
  /** Exact text of one span the rule must report. */
  span: z.string().check(z.minLength(1)),
});
export const NoMatchExample = z.strictObject({ lang: Lang, text: z.string().check(z.minLength(1)) });

/** Bundled ids are "CODE.slug" or "__name"; a rule pack's ids carry its namespace: "acme/B1.cash-deposit". */
export const RULE_ID_RE = /^(?:[a-z][a-z0-9-]{1,39}\/)?(?:(?:[A-HL][0-9]|X0)\.[a-z0-9][a-z0-9-]*|__[a-z0-9][a-z0-9.-]*)$/;
/** A rule id without its pack namespace. */
export const localRuleId = (id: string): string => id.slice(id.indexOf('/') + 1);
/** The pack namespace of a rule id ("acme" of "acme/B1.cash-deposit"), or undefined for a bundled id. */
export const ruleNamespace = (id: string): string | undefined => (id.includes('/') ? id.slice(0, id.indexOf('/')) : undefined);

export const Rule = z
  .strictObject({
    id: z.string().check(z.regex(RULE_ID_RE, 'CODE.slug (e.g. "B2.costs-from-wages") or "__internal.slug", in a pack after its namespace ("acme/B1.cash-deposit")')),
    /** indicator: reported, adds points; mitigation: reported apart, lowers the score; signal: internal building block. */
    kind: z.enum(['indicator', 'mitigation', 'signal']),
    category: Category,
    status: z.enum(['stable', 'experimental']),
    severity: z.enum(['strong', 'medium', 'weak']),
    /** How reliable the patterns are (0-1); contribution = weight x confidence. */
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
    /** Indicator: points (a single rule can never reach the default `high` threshold). Mitigation: fraction of the score removed (at most 0.5). */
    weight: z.number().check(z.minimum(0), z.maximum(45)),
    title: LocaleText,
    explanation: LocaleText,
    advice: LocaleText,
    references: z.array(z.string()),
    patterns: z.array(Pattern),
    when: z.optional(When),
    /** Phrases or regexes that, in the same clause as a hit, cancel it ("we never charge fees"). */
    exclude: z.optional(z.array(z.discriminatedUnion('kind', [PhrasePattern, RegexPattern]))),
    /** How far an exclusion reaches: its clause (default), its sentence, or the whole ad. */
    excludeScope: z.optional(z.enum(['clause', 'sentence', 'ad'])),
    /** Cancel hits preceded / followed in their clause by a negation word of their language. */
    negatable: z.optional(z.boolean()),
    /**
     * A signal that marks a warning notice ("human trafficking", "hotline 189"). The rules that name it
     * in `when.none` stand down for a text that reads as a notice: one that quotes a lure, or gives no
     * way to reach a recruiter. Otherwise its words are read as pasted onto an offer, and the rules are
     * evaluated again with the notice signals off (screen.ts).
     */
    notice: z.optional(z.boolean()),
    falsePositives: z.array(z.string()),
    examples: z.strictObject({
      match: z.array(MatchExample),
      noMatch: z.array(NoMatchExample),
      knownGaps: z.optional(z.array(z.strictObject({ lang: Lang, text: z.string(), note: z.string() }))),
    }),
  })
  .check(
    z.superRefine((r, ctx) => {
    if (r.patterns.length === 0 && !r.when) ctx.addIssue({ code: 'custom', path: ['patterns'], message: 'a rule needs patterns, a `when` condition, or both' });
    if (r.kind === 'mitigation' && r.weight > 0.5) ctx.addIssue({ code: 'custom', path: ['weight'], message: 'a mitigation removes at most 0.5 of the score' });
    if (r.kind === 'indicator' && r.category.startsWith('L')) ctx.addIssue({ code: 'custom', path: ['category'], message: 'L codes are for mitigations' });
    if (r.kind === 'mitigation' && !r.category.startsWith('L')) ctx.addIssue({ code: 'custom', path: ['category'], message: 'mitigations use L codes' });
    const local = localRuleId(r.id);
    if (r.notice === true && r.kind !== 'signal') ctx.addIssue({ code: 'custom', path: ['notice'], message: 'only an internal signal can mark a warning notice' });
    if (r.kind === 'signal' && !local.startsWith('__')) ctx.addIssue({ code: 'custom', path: ['id'], message: 'internal signals are named "__..."' });
    if (r.kind !== 'signal' && local.startsWith('__')) ctx.addIssue({ code: 'custom', path: ['id'], message: '"__" names are for internal signals only' });
    if (r.kind !== 'signal' && !local.startsWith(r.category + '.')) ctx.addIssue({ code: 'custom', path: ['id'], message: `id must start with its category "${r.category}." (after the pack namespace, if any)` });
    const ids = new Set<string>();
    for (const [i, p] of r.patterns.entries()) {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['patterns', i, 'id'], message: `duplicate pattern id "${p.id}"` });
      ids.add(p.id);
    }
    }),
  );
export type Rule = z.infer<typeof Rule>;
/**
 * A rule as the built bundles carry it: examples and false-positive notes are authoring data, left
 * out, and so are the title, explanation and advice of internal signals, which no result shows.
 */
export type BundledRule = Omit<Rule, 'examples' | 'falsePositives' | 'title' | 'explanation' | 'advice'> & Partial<Pick<Rule, 'title' | 'explanation' | 'advice'>>;

export const RuleFile = z.array(Rule).check(z.minLength(1));
