import { readFileSync } from 'node:fs';
import { isSakbolError, loadRulePack, RuleError, type RulePack } from '../index.js';
import { CliError, EXIT } from './exit.js';

/**
 * A rule pack file for --rules and `sakbol rules check`: read, parsed and validated on the main
 * thread, so a bad pack stops the run before any ad is screened and every problem is listed once.
 * The plain JSON data is what the workers get (structured clone); each loads it again.
 */
export interface PackFile {
  data: unknown;
  pack: RulePack;
}

export function readPackFile(path: string): PackFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(EXIT.input, `cannot read rule pack ${path}: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CliError(EXIT.pack, `${path}: not JSON (${(e as Error).message})`);
  }
  try {
    return { data, pack: loadRulePack(data) };
  } catch (e) {
    if (e instanceof RuleError) throw new CliError(EXIT.pack, `${path}: ${problems(e).join('\n  ')}`);
    if (isSakbolError(e)) throw new CliError(EXIT.pack, `${path}: ${e.message}`);
    throw e;
  }
}

/** One line per problem: rule id, field path, what was expected. */
function problems(e: RuleError): string[] {
  return [e.message.split('\n')[0]!, ...e.problems.map((p) => `${p.ruleId ?? '(pack)'} ${p.path}: ${p.message}`)];
}
