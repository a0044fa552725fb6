/**
 * Loading a rule pack: plain-data copy, schema, namespaces, references, phrases, regex syntax and
 * regex safety, each problem named by rule id, field path and what was expected. A pack with any
 * problem is refused whole: loadRulePack either returns the complete, frozen pack or throws.
 */
import { OPTIONS_PARSE_PARAMS } from '../schema/options.js';
import { compileRegex } from '../engine/compile.js';
import { regexHazard } from '../engine/regex-safety.js';
import { BUNDLED_TABLES } from '../engine/tables.js';
import { RuleError, type RuleProblem } from '../errors.js';
import { bundledRules } from '../rules.js';
import { PackEnvelope, RESERVED_PACK_IDS, type PackData, type RuleOverride } from '../schema/pack.js';
import { localRuleId, Rule, ruleNamespace, type Pattern } from '../schema/rule.js';
import { deepFreeze, plainData } from './plain.js';

/** A validated rule pack, as loadRulePack returns it: frozen, and accepted by createScreener as it is. */
export interface RulePack {
  readonly id: string;
  readonly version?: string;
  readonly description?: string;
  readonly rules: readonly Rule[];
  readonly overrides: Readonly<Record<string, RuleOverride>>;
  readonly data: Readonly<PackData>;
}

/** Packs this module validated (and froze): handed back to createScreener, they are not checked again. */
const loaded = new WeakSet<object>();

let bundledById: Map<string, { id: string; kind: string }> | undefined;
/** The bundled rules by id (raw data, validated at build time). */
export function bundledRuleIndex(): Map<string, { id: string; kind: string }> {
  return (bundledById ??= new Map((bundledRules as Array<{ id: string; kind: string }>).map((r) => [r.id, r])));
}

/** zod's message, with the reason a record key was refused (zod itself says only "Invalid key in record"). */
function zodMessage(issue: { code: string; message: string; issues?: ReadonlyArray<{ message: string }> }): string {
  const inner = issue.code === 'invalid_key' ? issue.issues?.[0]?.message : undefined;
  return inner ? `invalid key: ${inner}` : issue.message;
}

const pathOf = (path: ReadonlyArray<PropertyKey>): string => path.map(String).join('.') || '(pack)';
const rulePath = (path: ReadonlyArray<PropertyKey>): string => path.map(String).join('.') || '(rule)';

function rawRuleId(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 120 ? id : `rules.${index}`;
}

/** Problems of one parsed rule that the rule schema alone cannot see. */
function checkRule(rule: Rule, packId: string, ownIds: ReadonlySet<string>, references: ReadonlySet<string>, problems: RuleProblem[]): void {
  const add = (path: string, message: string): void => void problems.push({ ruleId: rule.id, path, message });
  if (ruleNamespace(rule.id) !== packId) add('id', `expected the pack's namespace: "${packId}/${localRuleId(rule.id)}"`);
  rule.references.forEach((ref, i) => {
    if (!references.has(ref)) add(`references.${i}`, `unknown reference "${ref}": expected an id of rules/data/references.json or of the pack's data.references`);
  });
  const checkPattern = (p: Pattern, path: string): void => {
    const phrases = p.kind === 'phrase' ? [[path + '.phrases', p.phrases] as const] : p.kind === 'near' ? [[path + '.a', p.a] as const, [path + '.b', p.b] as const] : [];
    for (const [where, list] of phrases) {
      list.forEach((ph, k) => {
        if (!/[\p{L}\p{N}*]/u.test(ph)) add(`${where}.${k}`, `expected a phrase with at least one word, got ${JSON.stringify(ph)}`);
      });
    }
    if (p.kind !== 'regex') return;
    let re: RegExp;
    try {
      re = compileRegex(p.regex).re;
    } catch (e) {
      add(`${path}.regex`, `expected a valid JavaScript regex (flags gu): ${(e as Error).message}`);
      return;
    }
    if (new RegExp(re.source, 'u').test('')) add(`${path}.regex`, 'expected a regex that cannot match the empty string');
    let hazard: string | null;
    try {
      hazard = regexHazard(re.source);
    } catch (e) {
      // The browser bundles leave the analyser out: an unchecked regex is refused, never run.
      hazard = `a regex that can be checked for catastrophic backtracking; ${(e as Error).message}`;
    }
    if (hazard) add(`${path}.regex`, hazard);
  };
  rule.patterns.forEach((p, k) => checkPattern(p, `patterns.${k}`));
  rule.exclude?.forEach((p, k) => checkPattern(p, `exclude.${k}`));
  const w = rule.when;
  if (w) {
    const refs: Array<[string, string]> = [
      ...(w.all ?? []).map((r, i) => [`when.all.${i}`, r] as [string, string]),
      ...(w.any ?? []).map((r, i) => [`when.any.${i}`, r] as [string, string]),
      ...(w.atLeast?.of ?? []).map((r, i) => [`when.atLeast.of.${i}`, r] as [string, string]),
      ...(w.none ?? []).map((r, i) => [`when.none.${i}`, r] as [string, string]),
    ];
    for (const [where, ref] of refs) {
      const ns = ruleNamespace(ref);
      // Rules of other packs can only be resolved when the packs are loaded together (createScreener).
      if (ns === undefined && !bundledRuleIndex().has(ref)) add(where, `unknown rule "${ref}": expected a bundled rule id or "${packId}/…"`);
      if (ns === packId && !ownIds.has(ref)) add(where, `unknown rule "${ref}": no rule of this pack has that id`);
    }
    if (w.atLeast && w.atLeast.n > w.atLeast.of.length) add('when.atLeast.n', `expected at most ${w.atLeast.of.length} (the number of rules in "of")`);
  }
}

function checkOverrides(packId: string, overrides: Record<string, RuleOverride>, ownIds: ReadonlySet<string>, problems: RuleProblem[]): void {
  for (const [id, o] of Object.entries(overrides)) {
    const ns = ruleNamespace(id);
    const add = (path: string, message: string): void => void problems.push({ ruleId: id, path: `overrides.${id}${path}`, message });
    if (ns === undefined) {
      const r = bundledRuleIndex().get(id);
      if (!r) add('', `unknown rule "${id}": expected a bundled rule id or a namespaced id of a pack`);
      else if (r.kind === 'mitigation' && o.weight !== undefined && o.weight > 0.5) add('.weight', 'expected at most 0.5 for a mitigation (the share of the score it removes)');
    } else if (ns === packId && !ownIds.has(id)) add('', `unknown rule "${id}": no rule of this pack has that id`);
  }
}

function checkData(data: PackData, problems: RuleProblem[]): void {
  const add = (path: string, message: string): void => void problems.push({ ruleId: undefined, path: `data.${path}`, message });
  const places = new Map(BUNDLED_TABLES.places.map((p) => [p.id, p]));
  data.places?.forEach((p, i) => {
    const known = places.get(p.id);
    if (known) {
      if (p.kind !== undefined && p.kind !== known.kind) add(`places.${i}.kind`, `expected "${known.kind}", the kind of the bundled place "${p.id}"`);
      if (p.country !== undefined && p.country !== known.country) add(`places.${i}.country`, `expected "${known.country}", the country of the bundled place "${p.id}"`);
    } else {
      if (p.kind === undefined) add(`places.${i}.kind`, `expected "country" or "city" for the new place "${p.id}"`);
      if (p.country === undefined) add(`places.${i}.country`, `expected a country code for the new place "${p.id}"`);
    }
    if (!p.en && !p.ru && !p.ky) add(`places.${i}`, 'expected names in at least one of en, ru, ky');
  });
  const roles = new Map(BUNDLED_TABLES.roles.map((r) => [r.id, r]));
  data.roles?.forEach((r, i) => {
    const known = roles.get(r.id);
    if (known && r.group !== undefined && r.group !== known.group) add(`roles.${i}.group`, `expected "${known.group}", the group of the bundled role "${r.id}"`);
    if (!known && r.group === undefined) add(`roles.${i}.group`, `expected a role group for the new role "${r.id}"`);
    if (!r.en && !r.ru && !r.ky) add(`roles.${i}`, 'expected names in at least one of en, ru, ky');
  });
  const lines = new Set(BUNDLED_TABLES.helplines.map((h) => `${h.country} ${h.number.replace(/\D/g, '')}`));
  data.helplines?.forEach((h, i) => {
    const key = `${h.country} ${h.number.replace(/\D/g, '')}`;
    if (lines.has(key)) add(`helplines.${i}`, `expected a new help line: ${h.number} (${h.country}) is already listed`);
    lines.add(key);
  });
  for (const id of Object.keys(data.references ?? {})) {
    if (id in BUNDLED_TABLES.references) add(`references.${id}`, `expected a new reference id: "${id}" is a bundled reference`);
  }
  const dup = <T>(list: readonly T[] | undefined, key: (x: T) => string, what: string): void => {
    const seen = new Set<string>();
    list?.forEach((x, i) => {
      if (seen.has(key(x))) add(`${what}.${i}.id`, `duplicate id "${key(x)}" in this pack`);
      seen.add(key(x));
    });
  };
  dup(data.places, (p) => p.id, 'places');
  dup(data.roles, (r) => r.id, 'roles');
}

/**
 * Validate a rule pack (a JSON string, parsed JSON, or a definePlugin definition) and return it frozen.
 * Throws a RuleError listing every problem, each with its rule id, field path and what was expected.
 */
export function loadRulePack(input: unknown): RulePack {
  if (typeof input === 'object' && input !== null && loaded.has(input)) return input as RulePack;
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (e) {
      throw RuleError.of([{ ruleId: undefined, path: '(pack)', message: `expected JSON text: ${(e as Error).message}` }]);
    }
  }
  const rawId = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  const packId = rawId && rawId.length <= 40 ? rawId : undefined;
  const problems: RuleProblem[] = [];
  const plainProblems: Array<{ path: Array<string | number>; message: string }> = [];
  const data = plainData(raw, plainProblems);
  for (const p of plainProblems) {
    // Problems inside a rule are named by that rule's id and the path within it.
    if (p.path[0] === 'rules' && typeof p.path[1] === 'number') {
      const rules = (raw as { rules?: unknown[] }).rules;
      problems.push({ ruleId: rawRuleId(rules?.[p.path[1]], p.path[1]), path: rulePath(p.path.slice(2)), message: p.message });
    } else problems.push({ ruleId: undefined, path: pathOf(p.path), message: p.message });
  }
  if (problems.length > 0) throw RuleError.of(problems, packId);

  const env = PackEnvelope.safeParse(data, OPTIONS_PARSE_PARAMS);
  if (!env.success) {
    const issues = env.error.issues.map((i) => ({ ruleId: undefined, path: pathOf(i.path), message: zodMessage(i) }));
    throw RuleError.of(issues, packId);
  }
  const pack = env.data;
  if ((RESERVED_PACK_IDS as readonly string[]).includes(pack.id)) problems.push({ ruleId: undefined, path: 'id', message: `expected a pack id other than the reserved ${RESERVED_PACK_IDS.map((r) => `"${r}"`).join(', ')}` });

  const rules: Rule[] = [];
  (pack.rules ?? []).forEach((r, i) => {
    const parsed = Rule.safeParse(r, OPTIONS_PARSE_PARAMS);
    if (!parsed.success) {
      for (const iss of parsed.error.issues) problems.push({ ruleId: rawRuleId(r, i), path: rulePath(iss.path), message: zodMessage(iss) });
    } else rules.push(parsed.data);
  });
  const ownIds = new Set<string>();
  for (const r of rules) {
    if (ownIds.has(r.id)) problems.push({ ruleId: r.id, path: 'id', message: 'duplicate rule id in this pack' });
    ownIds.add(r.id);
  }
  const references = new Set([...Object.keys(BUNDLED_TABLES.references), ...Object.keys(pack.data?.references ?? {})]);
  for (const r of rules) checkRule(r, pack.id, ownIds, references, problems);
  checkOverrides(pack.id, pack.overrides ?? {}, ownIds, problems);
  if (pack.data) checkData(pack.data, problems);
  if (problems.length > 0) throw RuleError.of(problems, pack.id);

  const out: RulePack = deepFreeze({
    id: pack.id,
    ...(pack.version !== undefined ? { version: pack.version } : {}),
    ...(pack.description !== undefined ? { description: pack.description } : {}),
    rules,
    overrides: pack.overrides ?? {},
    data: pack.data ?? {},
  });
  loaded.add(out);
  return out;
}
