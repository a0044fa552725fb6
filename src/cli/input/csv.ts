/**
 * RFC 4180 CSV, streaming: quoted fields, "" inside quotes, commas and line breaks inside quoted
 * fields, CRLF or LF line ends. Like Python's csv module, a quote inside an unquoted field (5" screen)
 * is taken literally; text after a closing quote is an error. Hand-written (about 100 lines) rather than a dependency: the CLI needs
 * only this, with line numbers for every record and a bound on record size, which the common
 * libraries expose differently or not at all.
 */

export type CsvEvent =
  | { kind: 'record'; line: number; fields: string[] }
  /** A record that breaks the format; the parser has skipped to the next line end. */
  | { kind: 'error'; line: number; message: string };

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  /** After an error: skip to the end of the physical line. */
  Skip,
}

export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private size = 0;
  private line = 1;
  private recordLine = 1;
  private skipLine = 0;
  private skipMessage = '';
  private pendingCr = false;

  constructor(private readonly maxRecordChars: number) {}

  /** Feeds a chunk of text; returns the records it completed. */
  push(chunk: string): CsvEvent[] {
    const out: CsvEvent[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      // A lone CR ends a line like LF does; CRLF counts once.
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === '\n') continue;
      }
      if (c === '\r' && this.state !== State.Quoted) {
        this.pendingCr = true;
        this.newline(out);
        continue;
      }
      switch (this.state) {
        case State.Skip:
          if (c === '\n') this.newline(out);
          break;
        case State.FieldStart:
          if (c === '"') this.state = State.Quoted;
          else if (c === ',') this.endField();
          else if (c === '\n') this.newline(out);
          else this.append(c, State.Unquoted);
          break;
        case State.Unquoted:
          if (c === ',') this.endField();
          else if (c === '\n') this.newline(out);
          else this.append(c, State.Unquoted);
          break;
        case State.Quoted:
          if (c === '"') this.state = State.QuoteInQuoted;
          else {
            if (c === '\n') this.line++;
            this.append(c, State.Quoted);
          }
          break;
        case State.QuoteInQuoted:
          if (c === '"') this.append('"', State.Quoted);
          else if (c === ',') this.endField();
          else if (c === '\n') this.newline(out);
          else this.fail('text after a closing quote');
          break;
      }
    }
    return out;
  }

  /** Ends the input: the last record (without a final line break), or an unclosed quote. */
  end(): CsvEvent[] {
    const out: CsvEvent[] = [];
    if (this.state === State.Quoted) {
      out.push({ kind: 'error', line: this.recordLine, message: `a quoted field opened on line ${this.recordLine} is never closed` });
      this.reset();
    } else if (this.state === State.Skip) {
      out.push({ kind: 'error', line: this.recordLine, message: this.skipMessage });
    } else if (this.fields.length > 0 || this.field !== '' || this.state !== State.FieldStart) {
      this.emit(out);
    }
    return out;
  }

  private append(c: string, next: State): void {
    this.state = next;
    if (++this.size > this.maxRecordChars) return this.fail(`record longer than ${this.maxRecordChars} characters`);
    this.field += c;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  private fail(message: string): void {
    this.skipMessage = message;
    this.skipLine = this.recordLine;
    this.field = '';
    this.fields = [];
    this.state = State.Skip;
  }

  private newline(out: CsvEvent[]): void {
    if (this.state === State.Skip) out.push({ kind: 'error', line: this.skipLine, message: this.skipMessage });
    else if (this.state === State.FieldStart && this.fields.length === 0) out.push({ kind: 'record', line: this.recordLine, fields: [] }); // blank line
    else this.emit(out);
    this.line++;
    this.reset();
  }

  private emit(out: CsvEvent[]): void {
    this.fields.push(this.field);
    out.push({ kind: 'record', line: this.recordLine, fields: this.fields });
  }

  private reset(): void {
    this.field = '';
    this.fields = [];
    this.size = 0;
    this.state = State.FieldStart;
    this.recordLine = this.line;
  }
}

/** One CSV field, quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record with its CRLF line end (RFC 4180). */
export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
