import { references as bundledReferences, type Reference } from '../data.js';
import type { Vars } from '../engine/types.js';
import type { Lang, LocaleText } from '../schema/rule.js';

/** Pick the requested locale, falling back to English while a translation is missing. */
export function pick(text: LocaleText, locale: Lang): string {
  return text[locale] ?? text.en;
}

/**
 * Templates split at their placeholders, once each: [text, name, text, name, ..., text]. Rule texts
 * are a fixed set, so the cache stays small; it is dropped if a host feeds unbounded templates.
 */
const parsed = new Map<string, string[]>();
function parts(template: string): string[] {
  let p = parsed.get(template);
  if (!p) {
    if (parsed.size >= 5_000) parsed.clear();
    parsed.set(template, (p = template.split(/\{\{(\w+)\}\}/)));
  }
  return p;
}

/** Fill `{{name}}` placeholders from the rule's match variables. */
export function fill(template: string, vars: Vars): string {
  const p = parts(template);
  if (p.length === 1) return template;
  let out = p[0]!;
  for (let i = 1; i < p.length; i += 2) out += String(vars[p[i]!] ?? '') + p[i + 1]!;
  return out;
}

export function resolveReferences(ids: readonly string[], references: Readonly<Record<string, Reference>> = bundledReferences): Array<{ id: string; framework: string; name: string }> {
  return ids.map((id) => ({ id, framework: references[id]?.framework ?? id, name: references[id]?.name ?? id }));
}
