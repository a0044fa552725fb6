import { LEVELS, type Level } from '../../eval/metrics.js';
import { INPUT_HELP, INPUT_OPTIONS, inputArgs, levelArg, oneOf, parse } from '../args.js';
import { CliError, EXIT } from '../exit.js';
import { COLUMNS, csvHeader, DEFAULT_COLUMNS, type Column, type OutputFormat } from '../output/records.js';
import { Output } from '../output/stream.js';
import { Run } from '../run.js';

export const SCREEN_HELP = `Usage: sakbol screen [options] [FILE...]

Screens every ad and writes one output record per input record, in input order: JSONL (default) or
CSV. A record that cannot be read gets an output record with an "error" field, so output line N
always answers input record N (unless --min-level leaves records out).

Output:
      --output-format F  jsonl | csv (default: jsonl)
      --columns LIST     comma-separated, from: ${COLUMNS.join(', ')}
                         (default: ${DEFAULT_COLUMNS.join(', ')}; "explanation" is the top indicator's)
      --full             add the column "result": the whole screening result
      --min-level L      write only ads at level L or above: low | medium | high (default: low)
${INPUT_HELP}

Examples:
  sakbol screen ads.jsonl > screened.jsonl
  sakbol screen --input-format csv --text-field body --output-format csv ads.csv > screened.csv
  cat ads.jsonl | sakbol screen --workers 1 --quiet --columns id,level,score`;

export async function screenCommand(argv: string[]): Promise<void> {
  const { values: v, positionals: files } = parse({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...INPUT_OPTIONS, 'output-format': { type: 'string' }, columns: { type: 'string' }, full: { type: 'boolean' }, 'min-level': { type: 'string' } },
  });
  if (v.help) return void process.stdout.write(SCREEN_HELP + '\n');
  const input = inputArgs(v);
  const format = oneOf<OutputFormat>('output-format', v['output-format'], ['jsonl', 'csv'], 'jsonl');
  const minLevel = levelArg('min-level', v['min-level'], 'low');
  let columns: Column[] = v.columns === undefined ? [...DEFAULT_COLUMNS] : v.columns.split(',').map((c) => c.trim()) as Column[];
  const unknown = columns.filter((c) => !COLUMNS.includes(c));
  if (unknown.length > 0 || columns.length === 0) throw new CliError(EXIT.usage, `--columns: unknown column ${unknown.map((c) => `"${c}"`).join(', ') || '(none given)'}; choose from ${COLUMNS.join(', ')}`);
  if (v.full && !columns.includes('result')) columns = [...columns, 'result'];

  const run = new Run(files, input, v.strict === true);
  const out = new Output(v.output);
  const levels: Record<Level, number> = { low: 0, medium: 0, high: 0 };
  const rules = new Map<string, number>();
  let below = 0;
  if (format === 'csv') await out.write(csvHeader(columns));
  const screen = { ...run.screenOptions(), detail: columns.includes('result') ? ('full' as const) : columns.includes('explanation') ? ('short' as const) : ('none' as const) };
  await run.each({ kind: 'screen', fields: input.fields, screen, format, columns, minLevel }, (item, r) => {
    if (r.error !== undefined) run.malformedRecord(item, r.error);
    if (r.level) levels[r.level]++;
    for (const id of r.rules ?? []) rules.set(id, (rules.get(id) ?? 0) + 1);
    if (r.out === null) below++;
    else return out.write(r.out);
  });
  await out.end();
  if (v.quiet) return;
  const screened = LEVELS.reduce((n, l) => n + levels[l], 0);
  const pct = (n: number): string => `${n.toLocaleString('en-US')} (${((100 * n) / Math.max(1, screened)).toFixed(1)}%)`;
  const top = [...rules.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
  const lines = [
    run.headline('screen'),
    `  levels: high ${pct(levels.high)}, medium ${pct(levels.medium)}, low ${pct(levels.low)}`,
    ...(minLevel !== 'low' ? [`  below --min-level ${minLevel}: ${below.toLocaleString('en-US')} (not written)`] : []),
    `  top indicators:${top.length === 0 ? ' none' : ''}`,
    ...top.map(([id, n]) => `    ${String(n).padStart(8)}  ${id}`),
  ];
  process.stderr.write(lines.join('\n') + '\n');
}
