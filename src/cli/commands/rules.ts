import { RuleTester } from '../../testing.js';
import { parse } from '../args.js';
import { CliError, EXIT } from '../exit.js';
import { readPackFile } from '../packs.js';

const HELP = `Usage: sakbol rules check PACK.json [PACK.json...]

Validates custom rule packs (the schema is dist/pack.schema.json) and runs the examples of their
rules: every must-match example must report its span, every must-not-match example must not fire.
Each pack is loaded on top of the bundled rules, as --rules loads it.

Prints one line per pack and one per problem or failing example on stdout.
Exit codes: 0 every pack is valid and every example passes, 2 wrong usage, 3 a file cannot be read,
5 a pack is invalid or an example fails.`;

export async function rulesCommand(argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    process.stdout.write(HELP + '\n');
    if (sub === undefined) throw new CliError(EXIT.usage, 'rules: a subcommand is needed ("sakbol rules check PACK.json")');
    return;
  }
  if (sub !== 'check') throw new CliError(EXIT.usage, `rules: unknown subcommand "${sub}"; run "sakbol rules --help"`);
  const { values, positionals } = parse({ args: rest, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return;
  }
  if (positionals.length === 0) throw new CliError(EXIT.usage, 'rules check: name at least one pack file');
  let failed = 0;
  for (const path of positionals) {
    let file;
    try {
      file = readPackFile(path);
    } catch (e) {
      if (!(e instanceof CliError) || e.exitCode !== EXIT.pack) throw e;
      process.stdout.write(`FAIL ${e.message}\n`);
      failed++;
      continue;
    }
    const report = new RuleTester(file.pack).run();
    const summary = `pack "${file.pack.id}": ${report.rules} rule${report.rules === 1 ? '' : 's'}, ${report.passed} example${report.passed === 1 ? '' : 's'} passed, ${report.failures.length} failed`;
    process.stdout.write(`${report.ok ? 'ok  ' : 'FAIL'} ${path}: ${summary}\n`);
    for (const f of report.failures) {
      const where = f.index >= 0 ? ` ${f.example}[${f.index}]${f.lang ? ` (${f.lang})` : ''}` : '';
      process.stdout.write(`  ${f.ruleId}${where}: ${f.message}\n`);
    }
    if (!report.ok) failed++;
  }
  if (failed > 0) throw new CliError(EXIT.pack, `${failed} of ${positionals.length} pack${positionals.length === 1 ? '' : 's'} failed the check`);
}
