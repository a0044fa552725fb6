import * as z from 'zod';
import { Lang } from './rule.js';

export const DEFAULT_THRESHOLDS = { medium: 30, high: 60 } as const;

export const ScreenOptions = z.strictObject({
  /** Score at which an ad becomes `medium` / `high` (defaults 30 / 60). */
  thresholds: z
    .strictObject({ medium: z.number().min(1).max(100), high: z.number().min(1).max(100) })
    .refine((t) => t.medium < t.high, { message: 'medium must be below high' })
    .optional(),
  /** Per-rule overrides by rule id: switch a rule off, or change its weight. */
  rules: z.record(z.string(), z.strictObject({ enabled: z.boolean().optional(), weight: z.number().min(0).max(45).optional() })).optional(),
  /** Language of explanations and advice (independent of the ad's language). Default 'en'. */
  locale: Lang.optional(),
  /** 'none': scores and spans only; 'short': titles and moderator explanations; 'full' (default): also advice, references detail, pattern ids. */
  detail: z.enum(['none', 'short', 'full']).optional(),
  /** ISO country code of the job seeker's home country; destinations elsewhere count as abroad. Default 'KG'. */
  homeCountry: z.string().regex(/^[A-Z]{2}$/, 'two capital letters, e.g. "KG"').optional(),
});
export type ScreenOptions = z.infer<typeof ScreenOptions>;
