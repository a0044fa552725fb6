import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { LANGS } from './langs.js';

// Options are the only input parsed with zod at run time, so they use zod/mini (~7 KB gzipped in the
// browser bundle, against ~28 KB for full zod). zod/mini ships no messages of its own, and zod's
// global config is shared with any other copy of zod on the page (globalThis), so the English
// messages (the ones full zod gives) are passed per parse instead of set globally.
export const OPTIONS_PARSE_PARAMS = { error: en().localeError };

export const DEFAULT_THRESHOLDS = { medium: 30, high: 60 } as const;
/**
 * Characters (UTF-16 code units) of an ad that are analysed unless `maxInputChars` says otherwise:
 * about five times the longest real ad we have seen (~9,000), and enough to keep the worst case of a
 * hostile input to a fraction of a second. Longer text is cut and the result says so (`truncated`).
 */
export const DEFAULT_MAX_INPUT_CHARS = 50_000;

const score = z.number().check(z.minimum(1), z.maximum(100));

export const ScreenOptions = z.strictObject({
  /** Score at which an ad becomes `medium` / `high` (defaults 30 / 60). */
  thresholds: z.optional(
    z.strictObject({ medium: score, high: score }).check(z.refine((t) => t.medium < t.high, { message: 'medium must be below high' })),
  ),
  /** Per-rule overrides by rule id: switch a rule off, or change its weight. */
  rules: z.optional(
    z.record(
      z.string(),
      z.strictObject({
        enabled: z.optional(z.boolean()),
        weight: z.optional(z.number().check(z.minimum(0), z.maximum(45))),
        status: z.optional(z.enum(['stable', 'experimental'])),
      }),
    ),
  ),
  /** Language of explanations and advice (independent of the ad's language). Default 'en'. */
  locale: z.optional(z.enum(LANGS)),
  /** 'none': scores and spans only; 'short': titles and moderator explanations; 'full' (default): also advice, references detail, pattern ids. */
  detail: z.optional(z.enum(['none', 'short', 'full'])),
  /** ISO country code of the job seeker's home country; destinations elsewhere count as abroad. Default 'KG'. */
  homeCountry: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'two capital letters, e.g. "KG"'))),
  /** Analyse at most this many characters (UTF-16 code units) of the ad; the result reports a cut in `truncated`. Default 50,000. */
  maxInputChars: z.optional(z.int().check(z.minimum(1), z.maximum(100_000_000))),
  /**
   * Milliseconds one call may spend. Checked between stages and between regex patterns: once spent,
   * the remaining patterns and stages are skipped, the ad is scored on what was found, and `truncated`
   * says so. Default: no budget (results then never depend on the machine's speed).
   */
  timeBudgetMs: z.optional(z.number().check(z.minimum(0), z.maximum(600_000))),
});
export type ScreenOptions = z.infer<typeof ScreenOptions>;
