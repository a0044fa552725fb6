import * as z from 'zod';

/**
 * The rule format. Rules are data (rules/indicators/*.json), validated once when a screener is
 * created, never on the hot path. The same schema is emitted as JSON Schema for rule authors.
 */

export const LANGS = ['en', 'ru', 'ky'] as const;
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
  en: z.string().min(1),
  ru: z.string().min(1).optional(),
  ky: z.string().min(1).optional(),
});
export type LocaleText = z.infer<typeof LocaleText>;

const patternId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');
/** A phrase is words separated by spaces; `*` is any one word; `word*` matches by prefix. */
const phrase = z.string().min(1).max(120);

export const PhrasePattern = z.strictObject({
  id: patternId,
  kind: z.literal('phrase'),
  lang: Lang,
  phrases: z.array(phrase).min(1),
});
export const RegexPattern = z.strictObject({
  id: patternId,
  kind: z.literal('regex'),
  lang: Lang,
  /** Run on the normalised (case-folded) text with the `u` flag. `{{<}}` / `{{>}}` are Unicode word boundaries. */
  regex: z.string().min(1).max(1000),
});
export const NearPattern = z.strictObject({
  id: patternId,
  kind: z.literal('near'),
  lang: Lang,
  a: z.array(phrase).min(1),
  b: z.array(phrase).min(1),
  /** Largest number of words between the end of one and the start of the other. */
  within: z.number().int().min(0).max(30),
  /** Require a before b. */
  ordered: z.boolean().optional(),
  /** Both must be in the same sentence (default true). */
  sameSentence: z.boolean().optional(),
});
export const FACT_NAMES = [
  'destinationAbroad', 'destinationIn', 'roleIn', 'genderTargeted', 'ageWindow', 'minorAge',
  'excessivePay', 'highPay', 'realisticPay', 'payStated', 'messengerOnly', 'freeMailEmail', 'contactPresent',
  'mixedScript',
] as const;
export const FactName = z.enum(FACT_NAMES);
export const FactPattern = z.strictObject({
  id: patternId,
  kind: z.literal('fact'),
  fact: FactName,
  params: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])).optional(),
});
export const Pattern = z.discriminatedUnion('kind', [PhrasePattern, RegexPattern, NearPattern, FactPattern]);
export type Pattern = z.infer<typeof Pattern>;
export type PhrasePattern = z.infer<typeof PhrasePattern>;
export type RegexPattern = z.infer<typeof RegexPattern>;
export type NearPattern = z.infer<typeof NearPattern>;
export type FactPattern = z.infer<typeof FactPattern>;

const ruleRef = z.string().min(1);
/** Combination conditions over other rules (reported or internal `__` signals). All given parts must hold. */
export const When = z.strictObject({
  all: z.array(ruleRef).min(1).optional(),
  any: z.array(ruleRef).min(1).optional(),
  atLeast: z.strictObject({ n: z.number().int().min(1), of: z.array(ruleRef).min(1) }).optional(),
  none: z.array(ruleRef).min(1).optional(),
});
export type When = z.infer<typeof When>;

export const MatchExample = z.strictObject({
  lang: Lang,
  text: z.string().min(1),
  /** Exact text of one span the rule must report. */
  span: z.string().min(1),
});
export const NoMatchExample = z.strictObject({ lang: Lang, text: z.string().min(1) });

export const RULE_ID_RE = /^(?:[A-HL][0-9]|X0)\.[a-z0-9][a-z0-9-]*$|^__[a-z0-9][a-z0-9.-]*$/;

export const Rule = z
  .strictObject({
    id: z.string().regex(RULE_ID_RE, 'CODE.slug (e.g. "B2.costs-from-wages") or "__internal.slug"'),
    /** indicator: reported, adds points; mitigation: reported apart, lowers the score; signal: internal building block. */
    kind: z.enum(['indicator', 'mitigation', 'signal']),
    category: Category,
    status: z.enum(['stable', 'experimental']),
    severity: z.enum(['strong', 'medium', 'weak']),
    /** How reliable the patterns are (0-1); contribution = weight x confidence. */
    confidence: z.number().min(0).max(1),
    /** Indicator: points (a single rule can never reach the default `high` threshold). Mitigation: fraction of the score removed (at most 0.5). */
    weight: z.number().min(0).max(45),
    title: LocaleText,
    explanation: LocaleText,
    advice: LocaleText,
    references: z.array(z.string()),
    patterns: z.array(Pattern),
    when: When.optional(),
    /** Phrases or regexes that, in the same clause as a hit, cancel it ("we never charge fees"). */
    exclude: z.array(z.discriminatedUnion('kind', [PhrasePattern, RegexPattern])).optional(),
    /** How far an exclusion reaches: its clause (default), its sentence, or the whole ad. */
    excludeScope: z.enum(['clause', 'sentence', 'ad']).optional(),
    /** Cancel hits preceded / followed in their clause by a negation word of their language. */
    negatable: z.boolean().optional(),
    falsePositives: z.array(z.string()),
    examples: z.strictObject({
      match: z.array(MatchExample),
      noMatch: z.array(NoMatchExample),
      knownGaps: z.array(z.strictObject({ lang: Lang, text: z.string(), note: z.string() })).optional(),
    }),
  })
  .superRefine((r, ctx) => {
    if (r.patterns.length === 0 && !r.when) ctx.addIssue({ code: 'custom', path: ['patterns'], message: 'a rule needs patterns, a `when` condition, or both' });
    if (r.kind === 'mitigation' && r.weight > 0.5) ctx.addIssue({ code: 'custom', path: ['weight'], message: 'a mitigation removes at most 0.5 of the score' });
    if (r.kind === 'indicator' && r.category.startsWith('L')) ctx.addIssue({ code: 'custom', path: ['category'], message: 'L codes are for mitigations' });
    if (r.kind === 'mitigation' && !r.category.startsWith('L')) ctx.addIssue({ code: 'custom', path: ['category'], message: 'mitigations use L codes' });
    if (r.kind === 'signal' && !r.id.startsWith('__')) ctx.addIssue({ code: 'custom', path: ['id'], message: 'internal signals are named "__..."' });
    if (r.kind !== 'signal' && r.id.startsWith('__')) ctx.addIssue({ code: 'custom', path: ['id'], message: '"__" names are for internal signals only' });
    if (r.kind !== 'signal' && !r.id.startsWith(r.category + '.')) ctx.addIssue({ code: 'custom', path: ['id'], message: `id must start with its category "${r.category}."` });
    const ids = new Set<string>();
    for (const [i, p] of r.patterns.entries()) {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['patterns', i, 'id'], message: `duplicate pattern id "${p.id}"` });
      ids.add(p.id);
    }
  });
export type Rule = z.infer<typeof Rule>;

export const RuleFile = z.array(Rule).min(1);
