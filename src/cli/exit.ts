/** Exit codes of the `sakbol` command (documented in the README, checked by tests/cli.test.ts). */
export const EXIT = {
  /** Done; malformed records, if any, were reported and skipped. */
  ok: 0,
  /** An unexpected internal error (a bug: please report it). */
  internal: 1,
  /** Wrong usage: unknown command or option, bad option value. */
  usage: 2,
  /** An input cannot be read (missing or unreadable file, bad gzip, a CSV without a usable header), or the output cannot be written. */
  input: 3,
  /** A malformed record with --strict. */
  malformed: 4,
  /** A rule pack (--rules, `sakbol rules check`) is invalid, or one of its examples fails. */
  pack: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports in one line on stderr and turns into an exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
