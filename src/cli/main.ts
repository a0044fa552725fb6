import { isMainThread } from 'node:worker_threads';
import { LIBRARY_VERSION, RULESET_VERSION } from '../index.js';
import { evalCommand } from './commands/eval.js';
import { linkCommand } from './commands/link.js';
import { reportCommand } from './commands/report.js';
import { rulesCommand } from './commands/rules.js';
import { screenCommand } from './commands/screen.js';
import { CliError, EXIT } from './exit.js';
import { OutputClosed } from './output/stream.js';
import { serveWorker } from './pool.js';

/**
 * `sakbol`: the command line. Node-only, built to dist/cli.js, which loads the library from
 * dist/index.js. The same file is the worker-thread script: a worker only serves tasks.
 */
const HELP = `Usage: sakbol <command> [options] [FILE...]

Screens job ads for signs of trafficking recruitment, in bulk. Results are risk signals for a
person to weigh, never verdicts.

Commands:
  screen   screen ads; one JSONL or CSV output record per input record, in order
  eval     precision, recall and F1 on a labelled corpus; per-rule hits; rules that never fired
  report   a self-contained HTML report: levels, indicators, languages, examples
  link     campaigns: ads sharing a phone, e-mail or handle, and near-duplicate texts (G3)
  rules    "rules check PACK.json": validate a custom rule pack and run its rules' examples

Run "sakbol <command> --help" for a command's options. "sakbol --version" prints the versions.

Exit codes: 0 done (malformed records reported and skipped), 1 internal error, 2 wrong usage,
3 an input cannot be read or the output cannot be written, 4 a malformed record with --strict,
5 a rule pack is invalid or one of its examples fails.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<void>> = {
  screen: screenCommand,
  eval: evalCommand,
  report: reportCommand,
  link: linkCommand,
  rules: rulesCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(HELP + '\n');
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`sakbol ${LIBRARY_VERSION} (rules ${RULESET_VERSION}, node ${process.version})\n`);
      return EXIT.ok;
    }
    const run = COMMANDS[command];
    if (!run) throw new CliError(EXIT.usage, `unknown command "${command}"; run "sakbol --help"`);
    await run(rest);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof OutputClosed) return EXIT.ok; // the reader stopped reading (| head): not an error
    if (e instanceof CliError) {
      process.stderr.write(`sakbol: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`sakbol: internal error, please report it with the command you ran:\n${(e as Error).stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}

if (isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    () => (process.exitCode = EXIT.internal),
  );
} else {
  serveWorker();
}
