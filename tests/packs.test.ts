import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScreener, defaultRules, definePlugin, loadRulePack, RuleError, screen, type RulePackInput } from '../src/index.js';
import { ScreenResultSchema } from '../src/schema/result.js';

const root = new URL('..', import.meta.url).pathname;
const PACK_JSON = readFileSync(join(root, 'tests/fixtures/example-board.pack.json'), 'utf8');
const pack = (): RulePackInput => JSON.parse(PACK_JSON) as RulePackInput;

/** A minimal valid custom rule; `over` replaces fields. */
const rule = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'acme/B1.cash-deposit',
  kind: 'indicator',
  category: 'B1',
  status: 'stable',
  severity: 'medium',
  confidence: 0.8,
  weight: 20,
  title: { en: 'Cash deposit' },
  explanation: { en: 'The ad asks for a cash deposit.' },
  advice: { en: 'Do not pay to get a job.' },
  references: ['IRIS.employer-pays'],
  falsePositives: [],
  patterns: [{ id: 'en-cash', kind: 'phrase', lang: 'en', phrases: ['cash deposit'] }],
  examples: { match: [{ lang: 'en', text: 'Cash deposit required.', span: 'Cash deposit' }], noMatch: [{ lang: 'en', text: 'No fees.' }] },
  ...over,
});

function ruleError(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleError);
    expect((e as RuleError).code).toBe('INVALID_RULE');
    return e as RuleError;
  }
  throw new Error('expected a RuleError');
}

const DEPOSIT_AD = 'Karaoke club in Budva hiring girls. Send a deposit of $200 to my card before you fly. Urgent! WhatsApp +382 67 123 456';

describe('loading a pack', () => {
  it('loads the JSON text, parsed JSON and definePlugin forms to the same frozen pack', () => {
    const a = loadRulePack(PACK_JSON);
    const b = loadRulePack(pack());
    const c = definePlugin(pack());
    expect(a).toEqual(b);
    expect(c).toEqual(b);
    expect(a.rules.map((r) => r.id)).toEqual(['example-board/B1.deposit-to-card', 'example-board/__night-venue', 'example-board/E1.night-venue-abroad']);
    expect(Object.isFrozen(a) && Object.isFrozen(a.rules[0]) && Object.isFrozen(a.rules[0]!.patterns[0])).toBe(true);
    expect(loadRulePack(a)).toBe(a);
  });

  it('adds its rules, tables and help lines to a screener, and reports the pack in the result', () => {
    const s = createScreener({ packs: [PACK_JSON] });
    const r = s.screen(DEPOSIT_AD);
    expect(ScreenResultSchema.safeParse(r).success).toBe(true);
    const ids = r.indicators.map((i) => i.ruleId);
    expect(ids).toContain('example-board/B1.deposit-to-card');
    expect(ids).toContain('example-board/E1.night-venue-abroad');
    // The pack's new place is a destination abroad, with the pack's pay baseline in force.
    expect(r.facts.destinations.map((d) => [d.id, d.country, d.text])).toEqual([['ME', 'ME', 'Budva']]);
    const deposit = r.indicators.find((i) => i.ruleId === 'example-board/B1.deposit-to-card')!;
    expect(deposit.spans.map((x) => x.text)).toEqual(['deposit', 'card']);
    expect(deposit.references).toContainEqual({ id: 'example-board.policy-4', framework: 'Example Board posting policy', name: 'No fees charged to applicants' });
    expect(deposit.explanation).toContain('(deposit)');
    expect(r.help.map((h) => h.number)).toEqual(['189', ...screen('x').help.slice(1).map((h) => h.number), '+7 000 000 00 00']);
    expect(r.versions.packs).toEqual([{ id: 'example-board', version: '1.0.0' }]);
    expect(s.packs).toEqual([{ id: 'example-board', version: '1.0.0' }]);
    // The bundled screener is untouched.
    const plain = screen(DEPOSIT_AD);
    expect(plain.indicators.map((i) => i.ruleId)).not.toContain('example-board/B1.deposit-to-card');
    expect(plain.facts.destinations).toEqual([]);
    expect(plain.versions.packs).toBeUndefined();
  });

  it('extends bundled gazetteer entries and roles with new names', () => {
    const s = createScreener({ packs: [PACK_JSON] });
    const r = s.screen('Karaoke host wanted in Aktobe, 300 000 tenge a month.');
    expect(r.facts.destinations.map((d) => [d.id, d.text])).toEqual([['almaty', 'Aktobe']]);
    expect(r.facts.roles.map((x) => [x.id, x.group, x.text])).toEqual([['karaoke-host', 'entertainment', 'Karaoke host']]);
    expect(screen('Karaoke host wanted in Aktobe.').facts.destinations).toEqual([]);
  });

  it('uses the pack pay baseline for the pay-far-above-market check', () => {
    const ad = 'Waitress wanted in Budva, Montenegro. Salary $2200 per month.';
    const a1 = (packs: unknown[]) => createScreener({ packs }).screen(ad).indicators.find((i) => i.ruleId === 'A1.pay-far-above-market');
    // The fixture's typical hospitality pay in ME is USD 750: 2200 is 2.9 times that, above the 2.5 ratio.
    expect(a1([PACK_JSON])?.explanation).toContain('about 2.9 times the typical USD 750');
    const higher = { id: 'higher-pay', data: { places: pack().data!.places, pay: { countries: { ME: { hospitality: 1000 } } } } };
    expect(a1([higher])).toBeUndefined();
    expect(screen(ad).facts.destinations).toEqual([]);
  });

  it('applies overrides: weight, experimental status (reported, no points) and disabled rules', () => {
    const text = 'URGENT! Easy money for girls in Dubai! WhatsApp only +971 50 123 4567';
    const base = screen(text);
    const r = createScreener({ packs: [PACK_JSON] }).screen(text);
    const find = (res: typeof r, id: string) => res.indicators.find((i) => i.ruleId === id);
    expect(find(base, 'F3.urgent-wording')!.contribution).toBeGreaterThan(0);
    expect(find(r, 'F3.urgent-wording')).toMatchObject({ contribution: 0, experimental: true });
    expect(find(base, 'A2.easy-money-phrase')).toBeDefined();
    expect(find(r, 'A2.easy-money-phrase')).toBeUndefined();
    expect(find(r, 'F1.messenger-only-contact')!.contribution).toBeLessThan(find(base, 'F1.messenger-only-contact')!.contribution);
    const sum = [...r.indicators, ...r.mitigations].reduce((s, i) => s + i.contribution, 0);
    expect(Math.abs(sum - r.score)).toBeLessThanOrEqual(1);
    // A call can switch a pack-disabled rule back on, or mark a rule experimental itself.
    expect(find(createScreener({ packs: [PACK_JSON] }).screen(text, { rules: { 'A2.easy-money-phrase': { enabled: true } } }), 'A2.easy-money-phrase')).toBeDefined();
    expect(find(screen(text, { rules: { 'F3.urgent-wording': { status: 'experimental' } } }), 'F3.urgent-wording')).toMatchObject({ contribution: 0, experimental: true });
    expect(createScreener({ packs: [PACK_JSON] }).rules.find((x) => x.id === 'F1.messenger-only-contact')!.weight).toBe(2);
  });

  it('takes bare rules through extraRules, grouped by their namespace', () => {
    const s = createScreener({ extraRules: [rule()] });
    const r = s.screen('A cash deposit of $300 is required before departure to Dubai.');
    expect(r.indicators.map((i) => i.ruleId)).toContain('acme/B1.cash-deposit');
    expect(s.packs).toEqual([{ id: 'acme' }]);
    expect(s.rules.length).toBe(defaultRules.length + 1);
  });

  it('expands {{amount}} in a custom regex as in the bundled ones', () => {
    const s = createScreener({ extraRules: [rule({ patterns: [{ id: 'en-deposit', kind: 'regex', lang: 'en', regex: '{{<}}deposit\\s(?:of\\s)?{{amount}}' }] })] });
    const spans = (text: string) => s.screen(text).indicators.find((i) => i.ruleId === 'acme/B1.cash-deposit')?.spans.map((x) => x.text);
    expect(spans('Send a deposit of $200 to my card.')).toEqual(['deposit of $200']);
    expect(spans('Deposit 1 500 сом before the trip.')).toEqual(['Deposit 1 500 сом']);
    expect(spans('A deposit box is in every room.')).toBeUndefined();
  });

  it('exports the bundled rules, frozen, to build on', () => {
    expect(defaultRules.length).toBeGreaterThan(150);
    expect(defaultRules.map((r) => r.id)).toContain('C1.passport-held-by-employer');
    expect(Object.isFrozen(defaultRules[0]) && Object.isFrozen(defaultRules[0]!.title)).toBe(true);
    expect(() => {
      (defaultRules[0] as { weight: number }).weight = 44;
    }).toThrow(TypeError);
    // A copy of a bundled rule under a namespace is a valid custom rule.
    const copy = { ...structuredClone(defaultRules.find((r) => r.id === 'C1.passport-held-by-employer')!), id: 'acme/C1.passport-copy' };
    const r = createScreener({ extraRules: [copy] }).screen('Your passport will be kept by the agency.');
    expect(r.indicators.map((i) => i.ruleId)).toEqual(expect.arrayContaining(['C1.passport-held-by-employer', 'acme/C1.passport-copy']));
  });
});

describe('screeners with different rules, used in turn', () => {
  // Each word keeps where it leads in the last rule set's trie (match/run.ts): another rule set must
  // recompute it, not reuse it.
  it('give each screener its own matches, however they alternate', () => {
    const plain = createScreener();
    const extra = createScreener({ extraRules: [rule()] });
    const ad = 'Cash deposit of $300 before the visa. Waitress job in Dubai for girls 18-25.';
    const alone = JSON.stringify(createScreener().screen(ad));
    const ids = (r: { indicators: Array<{ ruleId: string }> }) => r.indicators.map((i) => i.ruleId);
    for (let round = 0; round < 3; round++) {
      expect(JSON.stringify(plain.screen(ad))).toBe(alone);
      expect(ids(plain.screen(ad))).not.toContain('acme/B1.cash-deposit');
      expect(ids(extra.screen(ad))).toContain('acme/B1.cash-deposit');
    }
  });
});

describe('namespaces and collisions', () => {
  it('refuses a custom rule without a namespace, naming it', () => {
    const e = ruleError(() => createScreener({ extraRules: [rule({ id: 'B1.cash-deposit' })] }));
    expect(e.ruleId).toBe('B1.cash-deposit');
    expect(e.issues[0]).toMatch(/^id: expected a namespaced id such as "acme\/B1.cash-deposit"/);
  });

  it("refuses a rule outside its pack's namespace", () => {
    const e = ruleError(() => loadRulePack({ id: 'acme', rules: [rule({ id: 'other/B1.cash-deposit' })] }));
    expect(e.problems).toEqual([{ ruleId: 'other/B1.cash-deposit', path: 'id', message: 'expected the pack\'s namespace: "acme/B1.cash-deposit"' }]);
  });

  it('refuses the same pack id twice, and an extraRules namespace that is also a pack id', () => {
    expect(ruleError(() => createScreener({ packs: [PACK_JSON, PACK_JSON] })).issues[0]).toMatch(/pack id "example-board" is used by more than one pack/);
    const e = ruleError(() => createScreener({ packs: [{ id: 'acme' }], extraRules: [rule()] }));
    expect(e.problems[0]).toMatchObject({ packId: 'acme', path: 'id' });
  });

  it('refuses a duplicate rule id within a pack', () => {
    const e = ruleError(() => loadRulePack({ id: 'acme', rules: [rule(), rule()] }));
    expect(e.problems).toEqual([{ ruleId: 'acme/B1.cash-deposit', path: 'id', message: 'duplicate rule id in this pack' }]);
  });

  it('refuses two packs that override one field differently, but not the same value twice', () => {
    const a = { id: 'pack-a', overrides: { 'F1.messenger-only-contact': { weight: 2 } } };
    const b = { id: 'pack-b', overrides: { 'F1.messenger-only-contact': { weight: 3 } } };
    const e = ruleError(() => createScreener({ packs: [a, b] }));
    expect(e.problems).toEqual([
      { packId: 'pack-b', ruleId: 'F1.messenger-only-contact', path: 'overrides.F1.messenger-only-contact.weight', message: 'pack "pack-a" already sets it to 2: expected one value (remove one of the two overrides)' },
    ]);
    expect(() => createScreener({ packs: [a, { ...b, overrides: { 'F1.messenger-only-contact': { weight: 2 } } }] })).not.toThrow();
  });

  it('refuses table entries that two sources describe differently', () => {
    const me = (country: string) => ({ id: `p-${country.toLowerCase()}`, data: { places: [{ id: 'budva-x', kind: 'city', country, en: ['budvax'] }] } });
    expect(ruleError(() => createScreener({ packs: [me('ME'), me('HR')] })).issues[0]).toMatch(/already defines the place "budva-x" as city in ME: expected the same kind and country/);
    const pay = (usd: number, id: string) => ({ id, data: { pay: { countries: { ME: { hospitality: usd } } } } });
    expect(ruleError(() => createScreener({ packs: [pay(700, 'pay-a'), pay(800, 'pay-b')] })).problems[0]).toMatchObject({ packId: 'pay-b', path: 'data.pay.countries.ME.hospitality' });
    const line = { country: 'KZ', number: '+7 000 000 00 01', name: { en: 'x' } };
    expect(ruleError(() => createScreener({ packs: [{ id: 'line-a', data: { helplines: [line] } }, { id: 'line-b', data: { helplines: [line] } }] })).issues[0]).toMatch(/already listed by pack "line-a"/);
    const unspaced = { ...line, number: '+70000000001' };
    expect(ruleError(() => createScreener({ packs: [{ id: 'line-a', data: { helplines: [line] } }, { id: 'line-c', data: { helplines: [unspaced] } }] })).issues[0]).toMatch(/already listed by pack "line-a"/);
    expect(ruleError(() => loadRulePack({ id: 'x1', data: { helplines: [{ country: 'KG', number: '189', name: { en: 'dup' } }] } })).issues[0]).toMatch(/189 \(KG\) is already listed/);
    expect(ruleError(() => loadRulePack({ id: 'x1', data: { places: [{ id: 'KG', kind: 'city', en: ['x'] }] } })).issues[0]).toBe('data.places.0.kind: expected "country", the kind of the bundled place "KG"');
    expect(ruleError(() => loadRulePack({ id: 'x1', data: { references: { 'ILO11.deception': { framework: 'x', name: 'y' } } } })).issues[0]).toMatch(/is a bundled reference/);
  });

  it('resolves `when` references into other packs loaded together, and refuses unknown ones', () => {
    const base = { id: 'base-pack', rules: [rule({ id: 'base-pack/B1.cash-deposit' })] };
    const meta = { id: 'meta-pack', rules: [rule({ id: 'meta-pack/B1.meta', patterns: [], when: { all: ['base-pack/B1.cash-deposit', '__abroad'] } })] };
    const r = createScreener({ packs: [base, meta] }).screen('A cash deposit is required before departure to Dubai.');
    expect(r.indicators.map((i) => i.ruleId)).toEqual(expect.arrayContaining(['base-pack/B1.cash-deposit', 'meta-pack/B1.meta']));
    const e = ruleError(() => createScreener({ packs: [meta] }));
    expect(e.problems).toEqual([{ packId: 'meta-pack', ruleId: 'meta-pack/B1.meta', path: 'when.all.0', message: 'unknown rule "base-pack/B1.cash-deposit": expected a rule of a pack loaded with this one' }]);
  });
});

describe('validation errors name the rule, the field path and what was expected', () => {
  it.each([
    ['a wrong type', { weight: 'heavy' }, 'weight', /expected number, received string/],
    ['a weight above the cap', { weight: 60 }, 'weight', /expected number to be <=45/],
    ['an unknown field', { colour: 'red' }, '(rule)', /Unrecognized key: "colour"/],
    ['an unknown pattern kind', { patterns: [{ id: 'x', kind: 'regexp', lang: 'en', regex: 'a' }] }, 'patterns.0.kind', /Expected 'phrase' \| 'regex' \| 'near' \| 'fact'/],
    ['a bad regex', { patterns: [{ id: 'x', kind: 'regex', lang: 'en', regex: 'cash (deposit' }] }, 'patterns.0.regex', /expected a valid JavaScript regex/],
    ['a regex over 1000 characters', { patterns: [{ id: 'x', kind: 'regex', lang: 'en', regex: 'a'.repeat(1001) }] }, 'patterns.0.regex', /expected string to have <=1000 characters/],
    ['a regex matching the empty string', { patterns: [{ id: 'x', kind: 'regex', lang: 'en', regex: '(?:cash)?' }] }, 'patterns.0.regex', /cannot match the empty string/],
    ['a phrase without words', { patterns: [{ id: 'x', kind: 'phrase', lang: 'en', phrases: ['!!'] }] }, 'patterns.0.phrases.0', /at least one word/],
    ['an unknown reference', { references: ['ILO99.nothing'] }, 'references.0', /unknown reference "ILO99.nothing"/],
    ['an unknown bundled rule in `when`', { patterns: [], when: { all: ['__no-such'] } }, 'when.all.0', /unknown rule "__no-such"/],
    ['an unknown rule of its own pack in `when`', { patterns: [], when: { any: ['acme/__missing'] } }, 'when.any.0', /no rule of this pack has that id/],
    ['a category that does not match the id', { category: 'C1' }, 'id', /id must start with its category "C1."/],
    ['a mitigation weight above 0.5', { id: 'acme/L3.no-fee', kind: 'mitigation', category: 'L3', weight: 0.8 }, 'weight', /at most 0.5/],
  ])('%s', (_what, over, path, message) => {
    const id = (over as { id?: string }).id ?? 'acme/B1.cash-deposit';
    const e = ruleError(() => loadRulePack({ id: 'acme', rules: [rule(over)] }));
    expect(e.ruleId).toBe(id);
    expect(e.packId).toBe('acme');
    expect(e.problems.map((p) => p.path)).toContain(path);
    expect(e.problems.find((p) => p.path === path)!.message).toMatch(message);
    expect(e.message).toContain(`Invalid rule "${id}" in rule pack "acme"`);
  });

  it('lists every problem of every rule at once', () => {
    const e = ruleError(() => loadRulePack({ id: 'acme', rules: [rule({ weight: -1 }), rule({ id: 'acme/B2.second', category: 'B2', confidence: 2 })] }));
    expect(e.problems.map((p) => [p.ruleId, p.path])).toEqual([
      ['acme/B1.cash-deposit', 'weight'],
      ['acme/B2.second', 'confidence'],
    ]);
    expect(e.issues[1]).toMatch(/^rule "acme\/B2.second" confidence: Too big: expected number to be <=1/);
    expect(e.message).toMatch(/^Invalid rule pack "acme":/);
  });

  it('names pack-level problems by path', () => {
    expect(ruleError(() => loadRulePack({ id: 'Acme Jobs' })).problems[0]).toMatchObject({ ruleId: undefined, path: 'id' });
    expect(ruleError(() => loadRulePack({ id: 'sakbol' })).issues[0]).toMatch(/^id: expected a pack id other than the reserved/);
    expect(ruleError(() => loadRulePack({ id: 'acme', overrides: { 'no.such': { weight: 1 } } })).issues[0]).toMatch(/^overrides.no.such: unknown rule "no.such"/);
    expect(ruleError(() => loadRulePack({ id: 'acme', overrides: { 'L1.licence-number': { weight: 0.9 } } })).issues[0]).toBe('overrides.L1.licence-number.weight: expected at most 0.5 for a mitigation (the share of the score it removes)');
    expect(ruleError(() => loadRulePack({ id: 'acme', data: { places: [{ id: 'atlantis', en: ['atlantis'] }] } })).issues).toEqual([
      'data.places.0.kind: expected "country" or "city" for the new place "atlantis"',
      'data.places.0.country: expected a country code for the new place "atlantis"',
    ]);
    expect(ruleError(() => loadRulePack({ id: 'acme', data: { pay: { countries: { me: { x: 1 } } } } })).issues[0]).toMatch(/^data.pay.countries.me: .*two capital letters/);
    expect(ruleError(() => loadRulePack('{"id": "acme",')).issues[0]).toMatch(/^\(pack\): expected JSON text/);
    expect(ruleError(() => loadRulePack(42)).issues[0]).toMatch(/^\(pack\): Invalid input: expected object/);
  });
});

describe('a bad pack never half-loads', () => {
  it('throws before anything is used, and leaves no trace behind', () => {
    const good = rule({ id: 'acme/B1.good' });
    const bad = rule({ id: 'acme/B1.bad', patterns: [{ id: 'x', kind: 'regex', lang: 'en', regex: '(\\w+\\s?)*$' }] });
    const before = JSON.stringify(screen(DEPOSIT_AD));
    ruleError(() => createScreener({ extraRules: [good, bad] }));
    ruleError(() => createScreener({ packs: [PACK_JSON, { id: 'broken', overrides: { 'no.rule': { weight: 1 } } }] }));
    expect(JSON.stringify(screen(DEPOSIT_AD))).toBe(before);
    // The good parts load on their own, and then work.
    const s = createScreener({ extraRules: [good] });
    expect(s.rules.map((r) => r.id)).not.toContain('acme/B1.bad');
    expect(s.screen('Cash deposit needed.').indicators.map((i) => i.ruleId)).toContain('acme/B1.good');
  });

  it('validates options and packs before compiling', () => {
    expect(() => createScreener({ packs: 'x' as never })).toThrow(/packs: Invalid input: expected array/);
    expect(() => createScreener({ packs: [PACK_JSON], rules: { 'example-board/no-such': { enabled: false } } })).toThrow(/rules.example-board\/no-such: no rule has this id/);
    expect(createScreener({ packs: [PACK_JSON], rules: { 'example-board/B1.deposit-to-card': { enabled: false } } }).screen(DEPOSIT_AD).indicators.map((i) => i.ruleId)).not.toContain('example-board/B1.deposit-to-card');
  });
});

describe('prototype pollution', () => {
  const polluted = (): boolean => ({} as Record<string, unknown>)['polluted'] !== undefined || (Object.prototype as Record<string, unknown>)['weight'] !== undefined;

  it.each([
    ['pack level', '{"id":"acme","__proto__":{"polluted":true}}', '__proto__', undefined],
    ['overrides', '{"id":"acme","overrides":{"__proto__":{"weight":1}}}', 'overrides.__proto__', undefined],
    ['inside a rule', `{"id":"acme","rules":[${JSON.stringify(rule()).slice(0, -1)},"constructor":{"prototype":{"polluted":true}}}]}`, 'constructor', 'acme/B1.cash-deposit'],
    ['fact params', `{"id":"acme","rules":[${JSON.stringify(rule({ patterns: [{ id: 'f', kind: 'fact', fact: 'highPay', params: {} }] })).replace('"params":{}', '"params":{"__proto__":{"polluted":1}}')}]}`, 'patterns.0.params.__proto__', 'acme/B1.cash-deposit'],
    ['pay tables', '{"id":"acme","data":{"pay":{"groups":{"prototype":5}}}}', 'data.pay.groups.prototype', undefined],
  ])('refuses __proto__ / constructor / prototype keys: %s', (_where, json, path, ruleId) => {
    const e = ruleError(() => loadRulePack(JSON.parse(json)));
    expect(e.problems[0]).toEqual({ ruleId, path, message: `the key "${path.split('.').pop()}" is refused: it could reach an object prototype` });
    expect(polluted()).toBe(false);
  });

  it('refuses getters, class instances, functions and cycles: data only', () => {
    const getter = { id: 'acme', get rules() { return [rule()]; } };
    expect(ruleError(() => loadRulePack(getter)).issues[0]).toBe('rules: expected a data property (getters and setters are refused)');
    expect(ruleError(() => loadRulePack({ id: 'acme', data: new Map() })).issues[0]).toBe('data: expected a plain object, got an instance of Map');
    expect(ruleError(() => loadRulePack({ id: 'acme', description: () => 'x' })).issues[0]).toBe('description: expected JSON data, got function');
    const cyclic: Record<string, unknown> = { id: 'acme' };
    cyclic['data'] = { self: cyclic };
    expect(ruleError(() => loadRulePack(cyclic)).issues[0]).toBe('data.self: expected JSON data, found a reference cycle');
  });

  it('keeps role groups named like prototype members out of the pay lookup', () => {
    expect(ruleError(() => loadRulePack({ id: 'acme', data: { roles: [{ id: 'constructor', group: 'constructor', en: ['builder'] }] } })).problems.map((p) => p.path)).toEqual(['data.roles.0.id', 'data.roles.0.group']);
  });
});
