import type { ScreenerConfig } from '../index.js';
import type { InputArgs } from './args.js';
import { CliError, EXIT } from './exit.js';
import { inputTotal, readItems, type Item, type ReadProgress } from './input/records.js';
import { ProgressBar } from './output/progress.js';
import { runTask } from './pool.js';
import type { TaskOut, TaskSpec } from './tasks.js';

/** Malformed records listed one by one on stderr; past this the summary counts the rest. */
const MAX_LISTED = 100;

/**
 * One pass of a subcommand over its input: reading, the worker pool, the progress bar, and the
 * reporting of malformed records (listed with file and line, then counted; fatal with --strict).
 */
export class Run {
  readonly read: ReadProgress;
  readonly bar: ProgressBar;
  readonly started = Date.now();
  ads = 0;
  malformed = 0;

  constructor(
    readonly files: string[],
    readonly input: InputArgs,
    readonly strict: boolean,
  ) {
    this.read = { bytes: 0, total: inputTotal(files) };
    this.bar = new ProgressBar(this.read);
  }

  /** Options for the screener every task builds (the same on the main thread and in each worker). */
  screenOptions(): ScreenerConfig {
    return { locale: this.input.locale, ...(this.input.homeCountry ? { homeCountry: this.input.homeCountry } : {}), ...(this.input.packs.length > 0 ? { packs: this.input.packs } : {}) };
  }

  source(): AsyncGenerator<Item[]> {
    return readItems(this.files, { format: this.input.format, textField: this.input.fields.text }, this.read);
  }

  /** Runs the task; the sink sees every record in input order, malformed ones included. */
  async each<S extends TaskSpec>(spec: S, sink: (item: Item, out: TaskOut[S['kind']]) => void | Promise<void>): Promise<void> {
    await runTask(spec, this.input.workers, this.source(), (item, out) => {
      this.ads++;
      this.bar.tick();
      return sink(item, out);
    });
    this.bar.done();
  }

  /** A record that could not be used: fatal with --strict, otherwise listed (up to MAX_LISTED) and counted. */
  malformedRecord(item: Item, message: string): void {
    const where = `${item.file === '-' ? 'stdin' : item.file}:${item.line}`;
    if (this.strict) throw new CliError(EXIT.malformed, `${where}: ${message} (--strict: stopped)`);
    this.malformed++;
    if (this.malformed <= MAX_LISTED) this.warn(`${where}: ${message} (skipped)`);
    else if (this.malformed === MAX_LISTED + 1) this.warn(`more malformed records: counted in the summary, not listed`);
  }

  warn(message: string): void {
    this.bar.done();
    process.stderr.write(`sakbol: ${message}\n`);
  }

  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }

  /** The first summary line: how many records, how fast, how many malformed. */
  headline(what: string): string {
    const s = this.elapsed();
    const rate = s > 0 ? Math.round(this.ads / s) : this.ads;
    const workers = this.input.workers === 0 ? 'main thread' : `${this.input.workers} worker${this.input.workers === 1 ? '' : 's'}`;
    return `sakbol ${what}: ${this.ads.toLocaleString('en-US')} records in ${s.toFixed(1)} s (${rate.toLocaleString('en-US')}/s, ${workers}); malformed ${this.malformed}${this.malformed > 0 ? ' (skipped)' : ''}`;
  }
}
