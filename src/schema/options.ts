import * as z from 'zod';
import { Lang } from './rule.js';

export const DEFAULT_THRESHOLDS = { medium: 30, high: 60 } as const;
/**
 * Characters (UTF-16 code units) of an ad that are analysed unless `maxInputChars` says otherwise:
 * about five times the longest real ad we have seen (~9,000), and enough to keep the worst case of a
 * hostile input to a fraction of a second. Longer text is cut and the result says so (`truncated`).
 */
export const DEFAULT_MAX_INPUT_CHARS = 50_000;

export const ScreenOptions = z.strictObject({
  /** Score at which an ad becomes `medium` / `high` (defaults 30 / 60). */
  thresholds: z
    .strictObject({ medium: z.number().min(1).max(100), high: z.number().min(1).max(100) })
    .refine((t) => t.medium < t.high, { message: 'medium must be below high' })
    .optional(),
  /** Per-rule overrides by rule id: switch a rule off, or change its weight. */
  rules: z
    .record(z.string(), z.strictObject({ enabled: z.boolean().optional(), weight: z.number().min(0).max(45).optional(), status: z.enum(['stable', 'experimental']).optional() }))
    .optional(),
  /** Language of explanations and advice (independent of the ad's language). Default 'en'. */
  locale: Lang.optional(),
  /** 'none': scores and spans only; 'short': titles and moderator explanations; 'full' (default): also advice, references detail, pattern ids. */
  detail: z.enum(['none', 'short', 'full']).optional(),
  /** ISO country code of the job seeker's home country; destinations elsewhere count as abroad. Default 'KG'. */
  homeCountry: z.string().regex(/^[A-Z]{2}$/, 'two capital letters, e.g. "KG"').optional(),
  /** Analyse at most this many characters (UTF-16 code units) of the ad; the result reports a cut in `truncated`. Default 50,000. */
  maxInputChars: z.number().int().min(1).max(100_000_000).optional(),
  /**
   * Milliseconds one call may spend. Checked between stages and between regex patterns: once spent,
   * the remaining patterns and stages are skipped, the ad is scored on what was found, and `truncated`
   * says so. Default: no budget (results then never depend on the machine's speed).
   */
  timeBudgetMs: z.number().min(0).max(600_000).optional(),
});
export type ScreenOptions = z.infer<typeof ScreenOptions>;
