import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { CliError, EXIT } from '../exit.js';

/** Thrown when the reader of our output has gone away (`sakbol screen big.jsonl | head`): stop quietly. */
export class OutputClosed extends Error {}

/** stdout or a file, with backpressure: write() returns a promise when the stream's buffer is full. */
export class Output {
  private readonly stream: Writable;
  private broken: unknown;

  constructor(path: string | undefined) {
    this.stream = path === undefined || path === '-' ? process.stdout : createWriteStream(path);
    this.stream.on('error', (e: NodeJS.ErrnoException) => {
      this.broken = e.code === 'EPIPE' ? new OutputClosed() : new CliError(EXIT.input, `${path ?? 'stdout'}: cannot write (${e.code ?? e.message})`);
    });
  }

  write(s: string): void | Promise<void> {
    if (this.broken) throw this.broken;
    if (this.stream.write(s)) return;
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
    }).then(() => {
      if (this.broken) throw this.broken;
    });
  }

  /** Flushes everything written; a file is closed, stdout is left open. */
  async end(): Promise<void> {
    if (this.broken) throw this.broken;
    await new Promise<void>((resolve, reject) => {
      const onError = (): void => reject(this.broken as Error);
      this.stream.once('error', onError);
      const finished = (): void => {
        this.stream.off('error', onError);
        resolve();
      };
      if (this.stream === process.stdout) this.stream.write('', finished);
      else this.stream.end(finished);
    });
  }
}
