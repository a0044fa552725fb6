import * as z from 'zod';
import { Category, Lang } from './rule.js';

/** The shape of screen()'s result: documentation and JSON Schema source. Not validated on the hot path. */
const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const Located = { text: z.string(), start: z.number().int(), end: z.number().int() };
const ReferenceSchema = z.object({ id: z.string(), framework: z.string(), name: z.string() });

export const IndicatorSchema = z.object({
  ruleId: z.string(),
  category: Category,
  severity: z.enum(['strong', 'medium', 'weak']),
  /** Points this indicator adds to the score (negative for mitigations), after caps and mitigations. */
  contribution: z.number(),
  title: z.string(),
  /** For a moderator: what was found and why it matters. Omitted when detail is 'none'. */
  explanation: z.string().optional(),
  /** For a job seeker: what to check and what to do. Only with detail 'full'. */
  advice: z.string().optional(),
  references: z.array(ReferenceSchema),
  spans: z.array(SpanSchema),
  /** Which patterns matched (detail 'full'). */
  patterns: z.array(z.string()).optional(),
  /** Present (true) when the rule's status is experimental: reported, but it adds no points. */
  experimental: z.boolean().optional(),
});
const Money = z.object({
  ...Located,
  min: z.number(), max: z.number(), currency: z.string(),
  period: z.enum(['hour', 'day', 'week', 'month', 'year', 'unspecified']),
  monthlyUsdMin: z.number().nullable(), monthlyUsdMax: z.number().nullable(),
});
export const FactsSchema = z.object({
  salary: z.array(Money),
  costs: z.array(Money),
  destinations: z.array(z.object({ ...Located, id: z.string(), country: z.string(), kind: z.enum(['country', 'city']) })),
  roles: z.array(z.object({ ...Located, id: z.string(), group: z.string() })),
  contacts: z.array(z.object({ ...Located, type: z.enum(['phone', 'email', 'url', 'handle', 'messenger']), value: z.string(), country: z.string().optional() })),
  ages: z.array(z.object({ ...Located, min: z.number().nullable(), max: z.number().nullable() })),
  gender: z.object({
    targets: z.enum(['female', 'male', 'any', 'unspecified']),
    mentions: z.array(z.object({ ...Located, gender: z.enum(['female', 'male']) })),
  }),
});
export const ScreenResultSchema = z.object({
  score: z.number().min(0).max(100),
  level: z.enum(['low', 'medium', 'high']),
  language: z.enum(['en', 'ru', 'ky', 'mixed', 'unknown']),
  /** Language of each sentence, with offsets into the original text; `translit`: Russian or Kyrgyz typed in Latin letters. */
  sentences: z.array(z.object({ start: z.number().int(), end: z.number().int(), language: z.enum(['en', 'ru', 'ky', 'unknown']), translit: z.boolean() })),
  locale: Lang,
  indicators: z.array(IndicatorSchema),
  mitigations: z.array(IndicatorSchema),
  notStated: z.array(z.object({ id: z.string(), title: z.string(), advice: z.string().optional() })),
  facts: FactsSchema,
  help: z.array(z.object({ country: z.string(), number: z.string(), name: z.string() })),
  thresholds: z.object({ medium: z.number(), high: z.number() }),
  /** null when the whole ad was analysed; otherwise why not, and how much of it was. Never cut silently. */
  truncated: z
    .object({
      /** maxInputChars: only the first `analysedChars` characters were read; timeBudget: some patterns or stages were skipped. */
      reasons: z.array(z.enum(['maxInputChars', 'timeBudget'])).min(1),
      inputChars: z.number().int(),
      analysedChars: z.number().int(),
    })
    .nullable(),
  versions: z.object({
    library: z.string(),
    rules: z.string(),
    resultSchema: z.string(),
    fx: z.string(),
    pay: z.string(),
    /** The rule packs the screener was created with, in order (absent without packs). */
    packs: z.array(z.object({ id: z.string(), version: z.string().optional() })).optional(),
  }),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
export type ScreenResult = z.infer<typeof ScreenResultSchema>;
export type ResultSpan = z.infer<typeof SpanSchema>;
