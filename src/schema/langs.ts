/**
 * The languages of ads and of explanations. Kept apart from the zod schemas so that the run-time
 * code that only needs the list (the rule compiler, the options check) does not pull in the rule
 * schema and full zod: the browser bundle carries zod/mini only.
 */
export const LANGS = ['en', 'ru', 'ky'] as const;
export type Lang = (typeof LANGS)[number];
