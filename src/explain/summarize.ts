import summaryJson from '../../rules/summary.json';
import { helplines } from '../data.js';
import { InputError, OptionsError } from '../errors.js';
import { bundledRules, notStatedChecks } from '../rules.js';
import { LANGS, type Lang } from '../schema/langs.js';
import type { Indicator, ScreenResult } from '../schema/result.js';
import type { BundledRule, LocaleText } from '../schema/rule.js';
import { fill, pick } from './render.js';

/**
 * A short, chat-ready message from a result: what stands out, what to check, where to get help.
 * It speaks of warning signs in the ad, never of the people behind it. Titles and checks are taken
 * from the rules in the requested locale, so the message can be in another language than the result.
 */

export type Audience = 'jobseeker' | 'moderator';
export interface SummarizeOptions {
  /** 'jobseeker' (default): plain advice for the person who pasted the ad; 'moderator': level, score, evidence. */
  audience?: Audience;
  /** Language of the message; defaults to the result's locale. */
  locale?: Lang;
  /** Most signals (and checks) listed; default 3 for job seekers, 5 for moderators. */
  maxItems?: number;
}

type Level = 'high' | 'medium' | 'low';
const summary = summaryJson as unknown as {
  jobseeker: { intro: Record<Level | 'none', LocaleText>; signals: LocaleText; checks: LocaleText; help: LocaleText; general: LocaleText[] };
  moderator: { intro: Record<Level, LocaleText>; signals: LocaleText; mitigations: LocaleText; notStated: LocaleText; help: LocaleText };
  more: LocaleText;
  quotes: Record<Lang, [string, string]>;
};

let rulesById: Map<string, BundledRule> | undefined;
const ruleText = (id: string): BundledRule | undefined => (rulesById ??= new Map((bundledRules as BundledRule[]).map((r) => [r.id, r]))).get(id);

/** The first sentence of a rule's advice: the one concrete thing to check. */
const firstSentence = (s: string): string => /^.+?[.!?](?=\s|$)/su.exec(s)?.[0] ?? s;
const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase() + s.slice(1);

function checkArgs(result: unknown, options: unknown): { result: ScreenResult; audience: Audience; locale: Lang; max: number } {
  const r = result as Partial<ScreenResult> | null;
  if (
    typeof r !== 'object' || r === null || !['low', 'medium', 'high'].includes(r.level as string) || typeof r.score !== 'number' ||
    !Array.isArray(r.indicators) || !Array.isArray(r.mitigations) || !Array.isArray(r.notStated) || !Array.isArray(r.help)
  ) {
    throw new InputError('summarize() expects the result of screen() as its first argument');
  }
  if (typeof options !== 'object' || options === null) throw new OptionsError([`(options): expected an object, got ${options === null ? 'null' : typeof options}`]);
  const o = options as SummarizeOptions;
  const issues: string[] = [];
  const unknown = Object.keys(o).filter((k) => !['audience', 'locale', 'maxItems'].includes(k));
  if (unknown.length > 0) issues.push(`(options): Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map((k) => `"${k}"`).join(', ')}`);
  if (o.audience !== undefined && o.audience !== 'jobseeker' && o.audience !== 'moderator') issues.push('audience: expected one of "jobseeker"|"moderator"');
  if (o.locale !== undefined && !LANGS.includes(o.locale)) issues.push(`locale: expected one of ${LANGS.map((l) => `"${l}"`).join('|')}`);
  if (o.maxItems !== undefined && !(Number.isInteger(o.maxItems) && o.maxItems >= 1)) issues.push('maxItems: expected a whole number of at least 1');
  if (issues.length > 0) throw new OptionsError(issues);
  const audience = o.audience ?? 'jobseeker';
  const locale = o.locale ?? (LANGS.includes(r.locale as Lang) ? (r.locale as Lang) : 'en');
  return { result: r as ScreenResult, audience, locale, max: o.maxItems ?? (audience === 'jobseeker' ? 3 : 5) };
}

const title = (ind: Indicator, locale: Lang): string => {
  // Indicators keep their title in the bundles (internal signals, which have none there, are never reported).
  const rule = ruleText(ind.ruleId);
  return rule?.title ? pick(rule.title, locale) : ind.title;
};

/** "• item" lines, the first `max` of them, then "and N more". */
function bullets(items: string[], max: number, locale: Lang): string[] {
  const shown = items.slice(0, max).map((s) => `• ${s}`);
  if (items.length > max) shown.push(`• ${fill(pick(summary.more, locale), { count: items.length - max })}`);
  return shown;
}

function helpLines(result: ScreenResult, locale: Lang): string {
  return result.help
    .map((h) => {
      const known = helplines.helplines.find((k) => k.country === h.country && k.number === h.number);
      return `${h.number} — ${known ? known.name[locale] : h.name}`;
    })
    .join('; ');
}

function forJobseeker(result: ScreenResult, locale: Lang, max: number): string {
  const signals = [...new Set(result.indicators.map((i) => title(i, locale)))];
  const fromRules = result.indicators.map((i) => {
    const rule = ruleText(i.ruleId);
    // Indicators always carry their advice (only internal signals lose it in the bundles).
    return rule?.advice ? firstSentence(pick(rule.advice, locale)) : i.advice !== undefined ? firstSentence(i.advice) : undefined;
  });
  const fromNotStated = result.notStated.map((n) => {
    const check = notStatedChecks.find((c) => c.id === n.id);
    return check ? pick(check.advice, locale) : n.advice;
  });
  const general = summary.jobseeker.general.map((t) => pick(t, locale));
  // Checks for what fired come first, then what the ad leaves out, then general advice: always `max` of them.
  const checks = [...new Set([...fromRules, ...fromNotStated, ...general].filter((c): c is string => c !== undefined))].slice(0, max);
  const intro = pick(summary.jobseeker.intro[signals.length === 0 ? 'none' : result.level], locale);
  const parts = [intro];
  if (signals.length > 0) parts.push([pick(summary.jobseeker.signals, locale), ...bullets(signals, max, locale)].join('\n'));
  parts.push([pick(summary.jobseeker.checks, locale), ...bullets(checks, max, locale)].join('\n'));
  if (result.help.length > 0) parts.push(fill(pick(summary.jobseeker.help, locale), { lines: helpLines(result, locale) }));
  return parts.join('\n\n');
}

function forModerator(result: ScreenResult, locale: Lang, max: number): string {
  const [open, close] = summary.quotes[locale];
  const evidence = (i: Indicator): string => {
    const quotes = [...new Set(i.spans.map((s) => s.text.replace(/\s+/g, ' ').trim()))].filter((q) => q !== '');
    const sign = i.contribution > 0 ? '+' : '';
    return `${title(i, locale)} (${sign}${i.contribution})${quotes.length > 0 ? `: ${quotes.slice(0, 3).map((q) => open + q + close).join(', ')}` : ''}`;
  };
  const parts = [fill(pick(summary.moderator.intro[result.level], locale), { score: result.score })];
  if (result.indicators.length > 0) parts.push([pick(summary.moderator.signals, locale), ...bullets(result.indicators.map(evidence), max, locale)].join('\n'));
  if (result.mitigations.length > 0) parts.push([pick(summary.moderator.mitigations, locale), ...bullets(result.mitigations.map(evidence), max, locale)].join('\n'));
  const missing = result.notStated.map((n) => {
    const check = notStatedChecks.find((c) => c.id === n.id);
    return lowerFirst(check ? pick(check.title, locale) : n.title);
  });
  if (missing.length > 0) parts.push(fill(pick(summary.moderator.notStated, locale), { items: missing.join('; ') }));
  if (result.help.length > 0) parts.push(fill(pick(summary.moderator.help, locale), { lines: helpLines(result, locale) }));
  return parts.join('\n\n');
}

/** A short plain-text message about a result, for a job seeker or a moderator, in en / ru / ky. */
export function summarize(result: ScreenResult, options: SummarizeOptions = {}): string {
  const { result: r, audience, locale, max } = checkArgs(result, options);
  return audience === 'jobseeker' ? forJobseeker(r, locale, max) : forModerator(r, locale, max);
}
