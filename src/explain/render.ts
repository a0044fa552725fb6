import { references as bundledReferences, type Reference } from '../data.js';
import type { Vars } from '../engine/types.js';
import type { Lang, LocaleText } from '../schema/rule.js';

/** Pick the requested locale, falling back to English while a translation is missing. */
export function pick(text: LocaleText, locale: Lang): string {
  return text[locale] ?? text.en;
}

/** Fill `{{name}}` placeholders from the rule's match variables. */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export function resolveReferences(ids: readonly string[], references: Readonly<Record<string, Reference>> = bundledReferences): Array<{ id: string; framework: string; name: string }> {
  return ids.map((id) => ({ id, framework: references[id]?.framework ?? id, name: references[id]?.name ?? id }));
}
