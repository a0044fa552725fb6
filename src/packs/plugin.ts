import type { RulePackInput } from '../schema/pack.js';
import { loadRulePack, type RulePack } from './load.js';

/**
 * A rule pack written in code: the same pack as the JSON form, with TypeScript checking every field
 * as it is written. Validated at once (a RuleError names each problem) and returned frozen, ready for
 * `createScreener({ packs: [plugin] })`.
 */
export function definePlugin(definition: RulePackInput): RulePack {
  return loadRulePack(definition);
}
