import type { Level } from '../../eval/metrics.js';
import { INPUT_HELP, INPUT_OPTIONS, inputArgs, parse } from '../args.js';
import { Output } from '../output/stream.js';
import { renderReport, type ReportData } from '../output/report-html.js';
import { Run } from '../run.js';
import type { Example } from '../tasks.js';

export const REPORT_HELP = `Usage: sakbol report [options] [FILE...]

Screens the ads and writes one self-contained HTML page (inline styles and SVG charts, no network):
the level distribution, a score histogram, the most frequent indicators and categories, levels by
language, and for each indicator an example ad with the words that triggered it highlighted.

      --title TEXT       the page title (default: the input file names)
${INPUT_HELP}

Example:
  sakbol report ads.jsonl -o report.html`;

const zero = (): Record<Level, number> => ({ low: 0, medium: 0, high: 0 });

export async function reportCommand(argv: string[]): Promise<void> {
  const { values: v, positionals: files } = parse({ args: argv, allowPositionals: true, strict: true, options: { ...INPUT_OPTIONS, title: { type: 'string' } } });
  if (v.help) return void process.stdout.write(REPORT_HELP + '\n');
  const input = inputArgs(v);
  const run = new Run(files, input, v.strict === true);
  const data: ReportData = {
    title: v.title ?? (files.length === 0 ? 'stdin' : files.join(', ')),
    ads: 0,
    malformed: 0,
    levels: zero(),
    scores: new Array<number>(10).fill(0),
    languages: new Map(),
    rules: new Map(),
    categories: new Map(),
    examples: new Map(),
    locale: input.locale,
  };
  await run.each({ kind: 'report', fields: input.fields, screen: run.screenOptions() }, (item, r) => {
    if ('error' in r) return run.malformedRecord(item, r.error);
    data.ads++;
    data.levels[r.level]++;
    data.scores[Math.min(9, Math.floor(r.score / 10))]!++;
    let lang = data.languages.get(r.language);
    if (!lang) data.languages.set(r.language, (lang = zero()));
    lang[r.level]++;
    for (const rule of r.rules) {
      let e = data.rules.get(rule.id);
      if (!e) data.rules.set(rule.id, (e = { category: rule.category, title: rule.id, levels: zero() }));
      e.levels[r.level]++;
    }
    for (const c of new Set(r.rules.map((x) => x.category))) data.categories.set(c, (data.categories.get(c) ?? 0) + 1);
    for (const ex of r.examples) keepExample(data.examples, ex);
  });
  for (const [id, ex] of data.examples) data.rules.get(id)!.title = ex.title;
  data.malformed = run.malformed;
  const out = new Output(v.output);
  await out.write(renderReport(data));
  await out.end();
  if (!v.quiet) process.stderr.write(run.headline('report') + '\n');
}

/** The shortest ad for each indicator, the earliest on a tie: the same whatever the number of workers. */
function keepExample(examples: Map<string, Example>, ex: Example): void {
  const best = examples.get(ex.ruleId);
  if (!best || ex.text.length < best.text.length || (ex.text.length === best.text.length && ex.seq < best.seq)) examples.set(ex.ruleId, ex);
}
