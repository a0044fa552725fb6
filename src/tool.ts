import { InputError, OptionsError } from './errors.js';
import { summarize, type Audience } from './explain/summarize.js';
import type { Lang } from './schema/langs.js';
import type { ScreenResult } from './schema/result.js';
import { screen as screenDefault, type Screener } from './screen.js';

/**
 * sakbol as a tool for a language model (function calling). `toolDefinition` has the name,
 * description and JSON Schema input that OpenAI, Anthropic, MCP and most agent frameworks expect
 * (rename `inputSchema` to `parameters` or `input_schema` as your SDK wants); `runScreenTool`
 * runs a call and returns a compact result for the model. The shared properties (locale,
 * homeCountry) are the ScreenOptions JSON Schema's own (tests/tool.test.ts checks they agree).
 */
export const toolDefinition = {
  name: 'screen_job_ad',
  description:
    'Screens the text of a job advertisement (English, Russian, Kyrgyz or a mix) for warning signs of human-trafficking recruitment. ' +
    'Returns a risk level (low, medium, high), a score from 0 to 100, each warning sign with the exact words behind it, what the job seeker should check, ' +
    'a short message for the requested audience and help lines. The results are risk signals for a person to weigh, not verdicts: ' +
    'do not tell the user that an ad is trafficking or that anyone is a criminal.',
  inputSchema: {
    type: 'object',
    properties: {
      text: { type: 'string', minLength: 1, description: 'The full text of the job ad, exactly as the user gave it.' },
      locale: { type: 'string', enum: ['en', 'ru', 'ky'], description: 'Language of the explanations and the message: the language the user writes in. Default en.' },
      homeCountry: { type: 'string', pattern: '^[A-Z]{2}$', description: "ISO code of the job seeker's home country; jobs elsewhere count as abroad. Default KG." },
      audience: { type: 'string', enum: ['jobseeker', 'moderator'], description: 'Who the message is for: the person who pasted the ad (default) or a moderator.' },
    },
    required: ['text'],
    additionalProperties: false,
  },
} as const;

export interface ScreenToolInput {
  text: string;
  locale?: Lang;
  homeCountry?: string;
  audience?: Audience;
}

export interface ScreenToolOutput {
  level: ScreenResult['level'];
  score: number;
  /** Chat-ready text for the audience (see summarize()). */
  message: string;
  signals: Array<{ ruleId: string; title: string; evidence: string[] }>;
  notStated: string[];
  help: ScreenResult['help'];
}

const KEYS = Object.keys(toolDefinition.inputSchema.properties);

/** Run one tool call. Throws InputError / OptionsError (with the field) when the model's arguments are wrong. */
export function runScreenTool(input: unknown, screener?: Pick<Screener, 'screen'>): ScreenToolOutput {
  if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') {
    throw new InputError('screen_job_ad expects an object with the ad as a string in `text`');
  }
  const { text, audience, ...options } = input as ScreenToolInput;
  const unknown = Object.keys(input).filter((k) => !KEYS.includes(k));
  if (unknown.length > 0) throw new OptionsError(unknown.map((k) => `(input): Unrecognized key: "${k}"`));
  const result = screener ? screener.screen(text, options) : screenDefault(text, options);
  return {
    level: result.level,
    score: result.score,
    message: summarize(result, audience === undefined ? {} : { audience }),
    signals: result.indicators.map((i) => ({ ruleId: i.ruleId, title: i.title, evidence: [...new Set(i.spans.map((s) => s.text))] })),
    notStated: result.notStated.map((n) => n.title),
    help: result.help,
  };
}
