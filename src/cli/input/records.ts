import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CliError, EXIT } from '../exit.js';
import { CsvParser } from './csv.js';

/**
 * Reads ads from files or stdin as a stream of records, with constant memory: each chunk read is
 * split into records at once and handed on, so nothing but the current partial record is held.
 * Every input record becomes exactly one Item, in order; a record that cannot be read becomes an
 * Item with an `error` (its line number is kept), never a gap.
 */
export type Format = 'jsonl' | 'csv' | 'text';
export const FORMATS: readonly Format[] = ['jsonl', 'csv', 'text'];

/** Longest record accepted (characters); a longer one is reported as malformed, not cut. */
export const MAX_RECORD_CHARS = 8 * 2 ** 20;

export interface Item {
  /** Position in the whole input, from 0. */
  seq: number;
  /** The file it came from ('-' for stdin). */
  file: string;
  /** Line (1-based) where the record starts in its file. */
  line: number;
  /** A JSONL line, parsed later (in a worker when there are workers). */
  raw?: string;
  /** A CSV row by column name. */
  fields?: Record<string, string>;
  /** A plain-text ad. */
  text?: string;
  /** Why the record could not be read. */
  error?: string;
}

export interface ReadOptions {
  /** Forced format; otherwise by file extension, or sniffed (a first '{' means JSONL, else plain text). */
  format?: Format;
  /** Column a CSV header must have. */
  textField: string;
  maxRecordChars?: number;
}

/** Bytes read so far and the total, for the progress bar (total unknown on stdin). */
export interface ReadProgress {
  bytes: number;
  total: number | undefined;
}

const STDIN = '-';

/** Checks every file before any is read, so a typo fails at once rather than after hours of work. */
export function inputTotal(paths: readonly string[]): number | undefined {
  let total = 0;
  for (const p of paths) {
    if (p === STDIN) return undefined;
    try {
      const st = statSync(p);
      if (!st.isFile()) throw new CliError(EXIT.input, `${p}: not a file`);
      total += st.size;
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(EXIT.input, `${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return total;
}

export function formatOf(path: string): Format | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson|json)$/.test(name)) return 'jsonl';
  if (name.endsWith('.csv')) return 'csv';
  if (/\.(txt|text)$/.test(name)) return 'text';
  return undefined;
}

function open(path: string, progress: ReadProgress): AsyncIterable<Buffer> {
  const raw: Readable = path === STDIN ? process.stdin : createReadStream(path);
  if (!path.toLowerCase().endsWith('.gz')) return counted(raw, progress);
  raw.on('data', (b: Buffer) => (progress.bytes += b.length));
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

async function* counted(stream: AsyncIterable<Buffer>, progress: ReadProgress): AsyncIterable<Buffer> {
  for await (const b of stream) {
    progress.bytes += b.length;
    yield b;
  }
}

/** Text chunks of one source, decoded as UTF-8 (a BOM is dropped); I/O errors become CliErrors. */
async function* decoded(path: string, progress: ReadProgress): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const b of open(path, progress)) {
      const s = decoder.decode(b, { stream: true });
      if (s !== '') yield s;
    }
  } catch (e) {
    throw new CliError(EXIT.input, `${path === STDIN ? 'stdin' : path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** Splits text chunks into lines; a line over the limit is reported, and skipped without being held. */
class LineSplitter {
  private partial = '';
  private oversized = false;
  line = 1;
  constructor(private readonly max: number) {}

  push(chunk: string, emit: (line: string | null, lineNo: number) => void): void {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
      this.take(chunk.slice(from, nl));
      emit(this.oversized ? null : stripCr(this.partial), this.line++);
      this.partial = '';
      this.oversized = false;
      from = nl + 1;
    }
    this.take(chunk.slice(from));
  }

  end(emit: (line: string | null, lineNo: number) => void): void {
    if (this.partial !== '' || this.oversized) emit(this.oversized ? null : stripCr(this.partial), this.line);
  }

  private take(piece: string): void {
    if (this.oversized) return;
    if (this.partial.length + piece.length > this.max) {
      this.oversized = true;
      this.partial = '';
    } else this.partial += piece;
  }
}

const stripCr = (s: string): string => (s.endsWith('\r') ? s.slice(0, -1) : s);

/**
 * The records of all sources, in order, one array per chunk read (so a slow producer, such as a
 * database feeding a UDF, gets its answers without waiting for a full batch).
 */
export async function* readItems(paths: readonly string[], options: ReadOptions, progress: ReadProgress): AsyncGenerator<Item[]> {
  const max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const tooLong = `record longer than ${max} characters`;
  let seq = 0;
  for (const path of paths.length === 0 ? [STDIN] : paths) {
    const file = path;
    let format = options.format ?? (path === STDIN ? undefined : formatOf(path));
    let batch: Item[] = [];
    const item = (line: number, rest: Omit<Item, 'seq' | 'file' | 'line'>): void => void batch.push({ seq: seq++, file, line, ...rest });

    const lines = new LineSplitter(max);
    let block: { line: number; parts: string[]; size: number; tooLong: boolean } | undefined;
    const endBlock = (): void => {
      if (block) item(block.line, block.tooLong ? { error: tooLong } : { text: block.parts.join('\n') });
      block = undefined;
    };
    const onLine = (text: string | null, lineNo: number): void => {
      if (format === 'jsonl') {
        if (text === null) item(lineNo, { error: tooLong });
        else if (text.trim() === '') item(lineNo, { error: 'blank line' });
        else item(lineNo, { raw: text });
        return;
      }
      // Plain text: ads are separated by blank lines.
      if (text !== null && text.trim() === '') return endBlock();
      block ??= { line: lineNo, parts: [], size: 0, tooLong: false };
      if (text === null || block.size + text.length > max) {
        block.tooLong = true;
        block.parts = [];
      } else if (!block.tooLong) {
        block.parts.push(text);
        block.size += text.length + 1;
      }
    };

    let csv: CsvParser | undefined;
    let header: string[] | undefined;
    const onCsv = (events: ReturnType<CsvParser['push']>): void => {
      for (const ev of events) {
        if (!header) {
          if (ev.kind === 'error') throw new CliError(EXIT.input, `${file}:${ev.line}: the CSV header cannot be read: ${ev.message}`);
          header = ev.fields;
          if (!header.includes(options.textField)) {
            throw new CliError(EXIT.input, `${file}: the CSV header has no "${options.textField}" column (columns: ${header.join(', ')}); name the text column with --text-field`);
          }
          continue;
        }
        if (ev.kind === 'error') item(ev.line, { error: ev.message });
        else if (ev.fields.length === 0) item(ev.line, { error: 'blank line' });
        else if (ev.fields.length !== header.length) item(ev.line, { error: `${ev.fields.length} fields where the header has ${header.length}` });
        else item(ev.line, { fields: Object.fromEntries(header.map((h, i) => [h, ev.fields[i]!])) });
      }
    };

    let sniffed = '';
    for await (const piece of decoded(path, progress)) {
      let chunk = piece;
      if (format === undefined) {
        // Only white space so far: keep it (for the line numbers) and sniff on the next chunk.
        sniffed += piece;
        if (/^\s*$/.test(sniffed)) continue;
        format = /^\s*\{/.test(sniffed) ? 'jsonl' : 'text';
        chunk = sniffed;
      }
      if (format === 'csv') onCsv((csv ??= new CsvParser(max)).push(chunk));
      else lines.push(chunk, onLine);
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
    }
    if (format === undefined) format = 'text'; // empty or blank input: no records
    if (format === 'csv') {
      if (csv) onCsv(csv.end());
      if (!header) throw new CliError(EXIT.input, `${file}: empty CSV, no header`);
    } else {
      lines.end(onLine);
      endBlock();
    }
    if (batch.length > 0) yield batch;
  }
}
