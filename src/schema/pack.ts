import * as z from 'zod';
import { LocaleText, Rule } from './rule.js';

/**
 * A rule pack: a job board's own rules, overrides of bundled rules, and additions to the reference
 * tables, as JSON data (or built in code with definePlugin). Emitted as JSON Schema
 * (`sakbol/pack.schema.json`) for editors.
 */

/** Pack ids namespace their rules: pack "acme" owns the rule ids "acme/…". */
export const PACK_ID_RE = /^[a-z][a-z0-9-]{1,39}$/;
/** Names no pack may take: they read as the library's own. */
export const RESERVED_PACK_IDS = ['sakbol', 'core', 'bundled', 'default'] as const;

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes, starting with a letter')
  .refine((s) => s !== 'constructor' && s !== 'prototype', 'a name other than "constructor" or "prototype"');
const country = z.string().regex(/^[A-Z]{2}$/, 'an ISO country code: two capital letters, e.g. "KZ"');
/** A gazetteer or role name: words matched like rule phrases. */
const name = z.string().min(1).max(120).regex(/[\p{L}\p{N}]/u, 'at least one letter or digit');
const names = z.array(name).min(1).max(200);
const perLang = { en: names.optional(), ru: names.optional(), ky: names.optional() };

/** A new place, or more names for a bundled one (same id: kind and country may be left out). */
export const PlaceEntry = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, 'letters, digits and dashes'),
  kind: z.enum(['country', 'city']).optional(),
  country: country.optional(),
  ...perLang,
});
/** A new job role, or more names for a bundled one. */
export const RoleEntry = z.strictObject({ id: slug, group: slug.optional(), ...perLang });
const usd = z.number().positive().max(1_000_000);
/** Typical monthly pay in USD: per country and role group, and per group worldwide. */
export const PayEntry = z.strictObject({
  countries: z.record(country, z.record(slug, usd)).optional(),
  groups: z.record(slug, usd).optional(),
});
export const HelplineEntry = z.strictObject({
  country,
  number: z.string().regex(/^\+?[0-9][0-9 ()-]{1,29}$/, 'a phone number: digits, spaces, dashes, brackets, an optional leading "+"'),
  name: LocaleText,
});
export const ReferenceEntry = z.strictObject({ framework: z.string().min(1).max(120), name: z.string().min(1).max(200) });

export const PackData = z.strictObject({
  places: z.array(PlaceEntry).optional(),
  roles: z.array(RoleEntry).optional(),
  pay: PayEntry.optional(),
  helplines: z.array(HelplineEntry).optional(),
  /** New reference ids for the pack's rules to cite: "acme.policy-7": { framework, name }. */
  references: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,79}$/, 'letters, digits, dots and dashes'), ReferenceEntry).optional(),
});

/** Change a rule of the bundled set (or of another pack) by id. */
export const RuleOverride = z.strictObject({
  /** false: the rule never fires (combination rules that need it do not fire either). */
  enabled: z.boolean().optional(),
  /** Points (indicators, at most 45) or share of the score removed (mitigations, at most 0.5). */
  weight: z.number().min(0).max(45).optional(),
  /** experimental: the rule is evaluated and reported, marked `experimental`, and adds no points. */
  status: z.enum(['stable', 'experimental']).optional(),
});

const envelope = <R extends z.ZodType>(rule: R) =>
  z.strictObject({
    id: z.string().regex(PACK_ID_RE, 'lower-case letters, digits and dashes, 2-40 characters, starting with a letter (e.g. "acme-jobs")'),
    version: z.string().min(1).max(40).optional(),
    description: z.string().max(1000).optional(),
    /** New rules; every id is "<pack id>/<CODE.slug>" (or "<pack id>/__name" for internal signals). */
    rules: z.array(rule).max(5000).optional(),
    overrides: z.record(z.string(), RuleOverride).optional(),
    data: PackData.optional(),
  });

/** The pack with its rules left unchecked: they are validated one by one, so errors name each rule. */
export const PackEnvelope = envelope(z.unknown());
/** The whole pack, for the JSON Schema and for TypeScript authors (definePlugin). */
export const RulePackSchema = envelope(Rule);

export type RulePackInput = z.input<typeof RulePackSchema>;
export type RuleOverride = z.infer<typeof RuleOverride>;
export type PackData = z.infer<typeof PackData>;
