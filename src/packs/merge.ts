/**
 * The bundled rule set and tables plus loaded rule packs -> one rule set for a screener. Packs are
 * applied in the order given, and anything two sources claim differently is an error, not a silent
 * "last one wins": the same pack id twice, two values for one override or pay figure, a place or role
 * described two ways, a help line or reference id listed twice.
 */
import type { Helpline, PayTable, Place, Reference, Role } from '../data.js';
import { BUNDLED_TABLES, type Tables } from '../engine/tables.js';
import { RuleError, type RuleProblem } from '../errors.js';
import { bundledRules } from '../rules.js';
import { LANGS, ruleNamespace, type Rule } from '../schema/rule.js';
import type { RulePack } from './load.js';

export interface PackInfo {
  id: string;
  version?: string;
}

export interface RuleSet {
  rules: Rule[];
  tables: Tables;
  /** Rules that packs switched off (a call's options can switch one back on). */
  disabled: ReadonlySet<string>;
  packs: PackInfo[];
}

const uniq = (a: readonly string[], b: readonly string[] | undefined): string[] => [...new Set([...a, ...(b ?? [])])];

/** A copy of the pay table on null-prototype records: a looked-up group or country can only be data. */
function copyPay(pay: PayTable): PayTable {
  const countries: Record<string, Record<string, number>> = Object.create(null);
  for (const [c, groups] of Object.entries(pay.countries)) countries[c] = Object.assign(Object.create(null), groups);
  return { date: pay.date, sources: [...pay.sources], countries, groups: Object.assign(Object.create(null), pay.groups) };
}

export function buildRuleSet(packs: readonly RulePack[]): RuleSet {
  const problems: RuleProblem[] = [];
  const add = (pack: RulePack, ruleId: string | undefined, path: string, message: string): void => void problems.push({ packId: pack.id, ruleId, path, message });

  const seenPacks = new Set<string>();
  for (const p of packs) {
    if (seenPacks.has(p.id)) add(p, undefined, 'id', `pack id "${p.id}" is used by more than one pack: expected each pack (and each namespace of extraRules) once`);
    seenPacks.add(p.id);
  }

  const base = bundledRules as Rule[];
  const all = [...base, ...packs.flatMap((p) => p.rules)];
  const byId = new Map(all.map((r) => [r.id, r]));

  // `when` references into other packs, which loadRulePack could not resolve alone.
  for (const p of packs) {
    for (const r of p.rules) {
      const w = r.when;
      if (!w) continue;
      const parts: Array<[string, readonly string[] | undefined]> = [['all', w.all], ['any', w.any], ['atLeast.of', w.atLeast?.of], ['none', w.none]];
      for (const [key, refs] of parts) {
        refs?.forEach((ref, i) => {
          const ns = ruleNamespace(ref);
          if (ns !== undefined && ns !== p.id && !byId.has(ref)) add(p, r.id, `when.${key}.${i}`, `unknown rule "${ref}": expected a rule of a pack loaded with this one`);
        });
      }
    }
  }

  // Overrides: each field of each rule may be set by one pack only (or by several, to the same value).
  const setBy = new Map<string, { pack: RulePack; value: unknown }>();
  const changed = new Map<string, Partial<Pick<Rule, 'weight' | 'status'>>>();
  const disabled = new Set<string>();
  for (const p of packs) {
    for (const [id, o] of Object.entries(p.overrides)) {
      const target = byId.get(id);
      if (!target) {
        add(p, id, `overrides.${id}`, `unknown rule "${id}": expected a bundled rule or a rule of a pack loaded with this one`);
        continue;
      }
      for (const field of ['enabled', 'weight', 'status'] as const) {
        const value = o[field];
        if (value === undefined) continue;
        const key = `${id}\u0000${field}`;
        const prev = setBy.get(key);
        if (prev && prev.value !== value) add(p, id, `overrides.${id}.${field}`, `pack "${prev.pack.id}" already sets it to ${JSON.stringify(prev.value)}: expected one value (remove one of the two overrides)`);
        setBy.set(key, { pack: p, value });
      }
      if (target.kind === 'mitigation' && o.weight !== undefined && o.weight > 0.5) add(p, id, `overrides.${id}.weight`, 'expected at most 0.5 for a mitigation (the share of the score it removes)');
      if (o.enabled === false) disabled.add(id);
      const c = changed.get(id) ?? {};
      if (o.weight !== undefined) c.weight = o.weight;
      if (o.status !== undefined) c.status = o.status;
      changed.set(id, c);
    }
  }

  // Tables.
  const places = new Map<string, Place>(BUNDLED_TABLES.places.map((x) => [x.id, x]));
  const placeFrom = new Map<string, RulePack>();
  const roles = new Map<string, Role>(BUNDLED_TABLES.roles.map((x) => [x.id, x]));
  const roleFrom = new Map<string, RulePack>();
  const pay = copyPay(BUNDLED_TABLES.pay);
  const payFrom = new Map<string, RulePack>();
  const helplines: Helpline[] = [...BUNDLED_TABLES.helplines];
  const lineFrom = new Map<string, string>(helplines.map((h) => [`${h.country} ${h.number.replace(/\D/g, '')}`, 'the bundled list']));
  const references: Record<string, Reference> = Object.assign(Object.create(null), BUNDLED_TABLES.references);
  const refFrom = new Map<string, RulePack>();

  for (const p of packs) {
    const d = p.data;
    d.places?.forEach((x, i) => {
      const prev = places.get(x.id);
      if (prev) {
        const from = placeFrom.get(x.id);
        if (from && ((x.kind !== undefined && x.kind !== prev.kind) || (x.country !== undefined && x.country !== prev.country))) {
          add(p, undefined, `data.places.${i}`, `pack "${from.id}" already defines the place "${x.id}" as ${prev.kind} in ${prev.country}: expected the same kind and country`);
          return;
        }
        places.set(x.id, { ...prev, en: uniq(prev.en, x.en), ru: uniq(prev.ru, x.ru), ky: uniq(prev.ky, x.ky) });
      } else {
        places.set(x.id, { id: x.id, kind: x.kind!, country: x.country!, en: uniq([], x.en), ru: uniq([], x.ru), ky: uniq([], x.ky) });
        placeFrom.set(x.id, p);
      }
    });
    d.roles?.forEach((x, i) => {
      const prev = roles.get(x.id);
      if (prev) {
        const from = roleFrom.get(x.id);
        if (from && x.group !== undefined && x.group !== prev.group) {
          add(p, undefined, `data.roles.${i}.group`, `pack "${from.id}" already puts the role "${x.id}" in the group "${prev.group}": expected the same group`);
          return;
        }
        roles.set(x.id, { ...prev, en: uniq(prev.en, x.en), ru: uniq(prev.ru, x.ru), ky: uniq(prev.ky, x.ky) });
      } else {
        roles.set(x.id, { id: x.id, group: x.group!, en: uniq([], x.en), ru: uniq([], x.ru), ky: uniq([], x.ky) });
        roleFrom.set(x.id, p);
      }
    });
    const setPay = (key: string, path: string, value: number, put: () => void, current: number | undefined): void => {
      const from = payFrom.get(key);
      if (from && current !== value) {
        add(p, undefined, path, `pack "${from.id}" already sets it to ${current}: expected one figure`);
        return;
      }
      payFrom.set(key, p);
      put();
    };
    for (const [c, groups] of Object.entries(d.pay?.countries ?? {})) {
      for (const [g, usd] of Object.entries(groups)) {
        const row = (pay.countries[c] ??= Object.create(null) as Record<string, number>);
        setPay(`${c}\u0000${g}`, `data.pay.countries.${c}.${g}`, usd, () => void (row[g] = usd), row[g]);
      }
    }
    for (const [g, usd] of Object.entries(d.pay?.groups ?? {})) setPay(`\u0000${g}`, `data.pay.groups.${g}`, usd, () => void (pay.groups[g] = usd), pay.groups[g]);
    d.helplines?.forEach((h, i) => {
      const key = `${h.country} ${h.number.replace(/\D/g, '')}`;
      const from = lineFrom.get(key);
      if (from) add(p, undefined, `data.helplines.${i}`, `${h.number} (${h.country}) is already listed by ${from}: expected each help line once`);
      lineFrom.set(key, `pack "${p.id}"`);
      helplines.push({ country: h.country, number: h.number, name: Object.fromEntries(LANGS.map((l) => [l, h.name[l] ?? h.name.en])) as Helpline['name'] });
    });
    for (const [id, ref] of Object.entries(d.references ?? {})) {
      const from = refFrom.get(id);
      if (from) add(p, undefined, `data.references.${id}`, `pack "${from.id}" already defines the reference "${id}": expected each reference id once`);
      refFrom.set(id, p);
      references[id] = ref;
    }
  }

  if (problems.length > 0) throw RuleError.of(problems);
  const rules = all.map((r) => {
    const c = changed.get(r.id);
    return c ? { ...r, ...c } : r;
  });
  return {
    rules,
    tables: { places: [...places.values()], roles: [...roles.values()], pay, helplines, references },
    disabled,
    packs: packs.map((p) => ({ id: p.id, ...(p.version !== undefined ? { version: p.version } : {}) })),
  };
}
