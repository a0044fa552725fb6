import * as z from 'zod/mini';
import { LocaleText, Rule } from './rule.js';

/**
 * A rule pack: a job board's own rules, overrides of bundled rules, and additions to the reference
 * tables, as JSON data (or built in code with definePlugin). Emitted as JSON Schema
 * (`sakbol/pack.schema.json`) for editors. zod/mini, like the rule schema (see rule.ts).
 */

/** Pack ids namespace their rules: pack "acme" owns the rule ids "acme/…". */
export const PACK_ID_RE = /^[a-z][a-z0-9-]{1,39}$/;
/** Names no pack may take: they read as the library's own. */
export const RESERVED_PACK_IDS = ['sakbol', 'core', 'bundled', 'default'] as const;

const slug = z
  .string()
  .check(
    z.regex(/^[a-z][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes, starting with a letter'),
    z.refine((s) => s !== 'constructor' && s !== 'prototype', 'a name other than "constructor" or "prototype"'),
  );
const country = z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO country code: two capital letters, e.g. "KZ"'));
/** A gazetteer or role name: words matched like rule phrases. */
const name = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/[\p{L}\p{N}]/u, 'at least one letter or digit'));
const names = z.array(name).check(z.minLength(1), z.maxLength(200));
const perLang = { en: z.optional(names), ru: z.optional(names), ky: z.optional(names) };

/** A new place, or more names for a bundled one (same id: kind and country may be left out). */
export const PlaceEntry = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, 'letters, digits and dashes')),
  kind: z.optional(z.enum(['country', 'city'])),
  country: z.optional(country),
  ...perLang,
});
/** A new job role, or more names for a bundled one. */
export const RoleEntry = z.strictObject({ id: slug, group: z.optional(slug), ...perLang });
const usd = z.number().check(z.positive(), z.maximum(1_000_000));
/** Typical monthly pay in USD: per country and role group, and per group worldwide. */
export const PayEntry = z.strictObject({
  countries: z.optional(z.record(country, z.record(slug, usd))),
  groups: z.optional(z.record(slug, usd)),
});
export const HelplineEntry = z.strictObject({
  country,
  number: z.string().check(z.regex(/^\+?[0-9][0-9 ()-]{1,29}$/, 'a phone number: digits, spaces, dashes, brackets, an optional leading "+"')),
  name: LocaleText,
});
export const ReferenceEntry = z.strictObject({ framework: z.string().check(z.minLength(1), z.maxLength(120)), name: z.string().check(z.minLength(1), z.maxLength(200)) });

export const PackData = z.strictObject({
  places: z.optional(z.array(PlaceEntry)),
  roles: z.optional(z.array(RoleEntry)),
  pay: z.optional(PayEntry),
  helplines: z.optional(z.array(HelplineEntry)),
  /** New reference ids for the pack's rules to cite: "acme.policy-7": { framework, name }. */
  references: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,79}$/, 'letters, digits, dots and dashes')), ReferenceEntry)),
});

/** Change a rule of the bundled set (or of another pack) by id. */
export const RuleOverride = z.strictObject({
  /** false: the rule never fires (combination rules that need it do not fire either). */
  enabled: z.optional(z.boolean()),
  /** Points (indicators, at most 45) or share of the score removed (mitigations, at most 0.5). */
  weight: z.optional(z.number().check(z.minimum(0), z.maximum(45))),
  /** experimental: the rule is evaluated and reported, marked `experimental`, and adds no points. */
  status: z.optional(z.enum(['stable', 'experimental'])),
});

const envelope = <R extends z.ZodMiniType>(rule: R) =>
  z.strictObject({
    id: z.string().check(z.regex(PACK_ID_RE, 'lower-case letters, digits and dashes, 2-40 characters, starting with a letter (e.g. "acme-jobs")')),
    version: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
    description: z.optional(z.string().check(z.maxLength(1000))),
    /** New rules; every id is "<pack id>/<CODE.slug>" (or "<pack id>/__name" for internal signals). */
    rules: z.optional(z.array(rule).check(z.maxLength(5000))),
    overrides: z.optional(z.record(z.string(), RuleOverride)),
    data: z.optional(PackData),
  });

/** The pack with its rules left unchecked: they are validated one by one, so errors name each rule. */
export const PackEnvelope = envelope(z.unknown());
/** The whole pack, for the JSON Schema and for TypeScript authors (definePlugin). */
export const RulePackSchema = envelope(Rule);

export type RulePackInput = z.input<typeof RulePackSchema>;
export type RuleOverride = z.infer<typeof RuleOverride>;
export type PackData = z.infer<typeof PackData>;
