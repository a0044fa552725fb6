import type { Lang } from './schema/rule.js';

/**
 * The title, explanation and advice of the bundled indicators and mitigations, when a bundle carries
 * them apart from the rules (tsup.config.ts): per language, per rule file, the three texts of each
 * of its reported rules in order ('' where a language has none). All English texts side by side, then
 * all Russian, then all Kyrgyz, pack 8 KB smaller gzipped than each rule's three languages next to
 * its patterns, which the browser bundles' size budget needs. In the source the rule files hold their
 * texts and this is null; src/rules.ts puts the texts back into the rules either way.
 */
export type RuleTexts = Record<Lang, Record<string, readonly string[]>>;
export const RULE_TEXTS = null as RuleTexts | null;

/** The texts a rule's entry in RULE_TEXTS holds, in this order. */
export const TEXT_FIELDS = ['title', 'explanation', 'advice'] as const;
