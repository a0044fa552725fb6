import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createScreener, InputError, OptionsError, runScreenTool, screen, ScreenOptions, summarize, toolDefinition } from '../src/index.js';

const ad = 'Girls 18-25 wanted as hostesses in Dubai! Salary $5000 per month. Your passport will be kept by the agency. WhatsApp only +971 50 123 4567';
const withoutDescriptions = (o: object): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'description'));

describe('LLM tool definition', () => {
  it('has the shape function-calling APIs accept: name, description, object input schema', () => {
    expect(toolDefinition.name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(toolDefinition.description.length).toBeGreaterThan(100);
    expect(toolDefinition.description.length).toBeLessThanOrEqual(1024);
    const s = toolDefinition.inputSchema;
    expect([s.type, s.additionalProperties, s.required]).toEqual(['object', false, ['text']]);
    for (const [key, prop] of Object.entries(s.properties)) {
      expect(typeof prop.description, key).toBe('string');
      expect(['string', 'number', 'boolean', 'object'], key).toContain(prop.type);
    }
    // round-trips through JSON and is read as a JSON Schema by zod
    const parsed = JSON.parse(JSON.stringify(toolDefinition)) as typeof toolDefinition;
    expect(parsed).toEqual(toolDefinition);
    const asZod = z.fromJSONSchema(parsed.inputSchema as never);
    expect(asZod.safeParse({ text: ad, locale: 'ky', homeCountry: 'RU', audience: 'moderator' }).success).toBe(true);
    for (const bad of [{}, { text: '' }, { text: ad, locale: 'fr' }, { text: ad, homeCountry: 'kg' }, { text: ad, audience: 'police' }, { text: ad, colour: 1 }]) {
      expect(asZod.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('describes locale and homeCountry exactly as the options JSON Schema does', () => {
    const options = z.toJSONSchema(ScreenOptions, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, object> };
    for (const key of ['locale', 'homeCountry'] as const) expect(withoutDescriptions(toolDefinition.inputSchema.properties[key]), key).toEqual(options.properties[key]);
    const extra = Object.keys(toolDefinition.inputSchema.properties).filter((k) => !(k in options.properties));
    expect(extra).toEqual(['text', 'audience']);
  });
});

describe('runScreenTool', () => {
  it('screens the text with the given options and returns a compact result with a message for the audience', () => {
    const out = runScreenTool({ text: ad, locale: 'ru', audience: 'moderator' });
    const r = screen(ad, { locale: 'ru' });
    expect(out.level).toBe('high');
    expect(out.score).toBe(r.score);
    expect(out.message).toBe(summarize(r, { audience: 'moderator' }));
    expect(out.signals.map((s) => s.ruleId)).toEqual(r.indicators.map((i) => i.ruleId));
    expect(out.signals.find((s) => s.ruleId === 'C1.passport-held-by-employer')).toEqual({ ruleId: 'C1.passport-held-by-employer', title: 'Паспорт остаётся у работодателя', evidence: ['passport', 'kept'] });
    expect(out.help.map((h) => h.number)).toEqual(['189']);
    expect(out.notStated).toEqual(r.notStated.map((n) => n.title));
  });

  it("uses the host's screener (its thresholds) when given one", () => {
    const strict = createScreener({ thresholds: { medium: 5, high: 10 } });
    expect(runScreenTool({ text: 'Urgent! Work in Moscow, write on WhatsApp' }, strict).level).toBe(strict.screen('Urgent! Work in Moscow, write on WhatsApp').level);
  });

  it('rejects wrong arguments from the model with typed errors', () => {
    expect(() => runScreenTool({ ad })).toThrow(InputError);
    expect(() => runScreenTool(null)).toThrow(InputError);
    expect(() => runScreenTool({ text: ad, colour: 'red' })).toThrow(/Unrecognized key: "colour"/);
    expect(() => runScreenTool({ text: ad, locale: 'fr' })).toThrow(OptionsError);
    expect(() => runScreenTool({ text: ad, audience: 'police' })).toThrow(OptionsError);
  });
});
