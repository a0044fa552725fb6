import { createScreener } from '../../index.js';
import { Evaluator, formatEvaluation } from '../../eval/metrics.js';
import { INPUT_HELP, INPUT_OPTIONS, inputArgs, parse } from '../args.js';
import { CliError, EXIT } from '../exit.js';
import { Output } from '../output/stream.js';
import { Run } from '../run.js';

export const EVAL_HELP = `Usage: sakbol eval [options] FILE...

Screens a labelled corpus and measures the screener against the labels: precision, recall and F1 per
level and per taxonomy category, the confusion matrix, each rule's hits on risky (medium or high)
versus low ads with its precision (SpamAssassin rule-QA style), and the rules that never fired.

Each record needs "level" (low, medium or high) and may have "categories" and "mitigations": taxonomy
codes, as a JSON array or, in CSV, separated by ";" (the format of the corpora in corpora/).

      --json             the figures as one JSON object instead of the text report
${INPUT_HELP}

Example:
  sakbol eval corpora/en/*.jsonl`;

export async function evalCommand(argv: string[]): Promise<void> {
  const { values: v, positionals: files } = parse({ args: argv, allowPositionals: true, strict: true, options: { ...INPUT_OPTIONS, json: { type: 'boolean' } } });
  if (v.help) return void process.stdout.write(EVAL_HELP + '\n');
  const input = inputArgs(v);
  const run = new Run(files, input, v.strict === true);
  // The rules to report on, "never fired" included: those a result can show (not internal signals).
  const reported = createScreener(run.screenOptions()).rules.filter((r) => r.kind !== 'signal').map((r) => r.id);
  const evaluator = new Evaluator(reported);
  await run.each({ kind: 'eval', fields: input.fields, screen: run.screenOptions() }, (item, r) => {
    if ('error' in r) run.malformedRecord(item, r.error);
    else evaluator.add(r.label, r.outcome);
  });
  const e = evaluator.result();
  if (e.n === 0) throw new CliError(EXIT.input, 'no labelled ads in the input');
  const out = new Output(v.output);
  await out.write(v.json ? JSON.stringify(e, null, 2) + '\n' : formatEvaluation(e));
  await out.end();
  if (!v.quiet) process.stderr.write(run.headline('eval') + '\n');
}
