import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../index.js';
import { LEVELS, type Level } from '../eval/metrics.js';
import { CliError, EXIT } from './exit.js';
import { readPackFile } from './packs.js';
import type { Fields } from './input/ad.js';
import { FORMATS, type Format } from './input/records.js';

/** Options every reading subcommand takes. */
export const INPUT_OPTIONS = {
  'input-format': { type: 'string', short: 'f' },
  'text-field': { type: 'string' },
  'id-field': { type: 'string' },
  workers: { type: 'string', short: 'w' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  output: { type: 'string', short: 'o' },
  locale: { type: 'string' },
  'home-country': { type: 'string' },
  rules: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const INPUT_HELP = `Input (files, or stdin when none is given or a file is "-"; a .gz file is decompressed):
  -f, --input-format F   jsonl | csv | text. Default: by extension (.jsonl .ndjson .json, .csv,
                         .txt), otherwise JSONL when the input starts with "{", else text.
                         JSONL: one object per line. CSV: RFC 4180 with a header row.
                         text: one ad per block of lines, blocks separated by blank lines.
      --text-field NAME  field or column with the ad text (default: text)
      --id-field NAME    field or column with the ad id (default: id)
Running:
  -w, --workers N        worker threads (default: the number of cores, here ${availableParallelism()});
                         0 screens on the main thread
      --strict           stop at the first malformed record (exit code 4); by default a malformed
                         record is reported on stderr with its line number, counted and skipped
  -q, --quiet            no summary on stderr
  -o, --output FILE      write to FILE instead of stdout
      --locale L         language of titles and explanations: en | ru | ky (default: en)
      --home-country CC  the job seeker's home country, ISO code (default: KG)
      --rules PACK       also run a custom rule pack (JSON, see "sakbol rules check"); repeatable
  -h, --help             this help`;

const LOCALES: readonly Lang[] = ['en', 'ru', 'ky'];

/** node:util parseArgs, with its errors turned into usage errors (exit code 2). */
export function parse<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new CliError(EXIT.usage, (e as Error).message);
  }
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new CliError(EXIT.usage, `--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

export function number(name: string, value: string | undefined, fallback: number, min: number, max: number, integer = true): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
    throw new CliError(EXIT.usage, `--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got "${value}"`);
  }
  return n;
}

interface InputValues {
  'input-format'?: string;
  'text-field'?: string;
  'id-field'?: string;
  workers?: string;
  locale?: string;
  'home-country'?: string;
  rules?: string[];
}

export interface InputArgs {
  format: Format | undefined;
  fields: Fields;
  workers: number;
  locale: Lang;
  homeCountry: string | undefined;
  /** Custom rule packs (--rules), validated: their JSON data, which every worker loads again. */
  packs: unknown[];
}

export function inputArgs(v: InputValues): InputArgs {
  const homeCountry = v['home-country'];
  if (homeCountry !== undefined && !/^[A-Z]{2}$/.test(homeCountry)) throw new CliError(EXIT.usage, `--home-country must be a two-letter ISO code such as KG; got "${homeCountry}"`);
  return {
    format: v['input-format'] === undefined ? undefined : oneOf('input-format', v['input-format'], FORMATS, 'jsonl'),
    fields: { text: v['text-field'] ?? 'text', id: v['id-field'] ?? 'id' },
    workers: number('workers', v.workers, availableParallelism(), 0, 256),
    locale: oneOf('locale', v.locale, LOCALES, 'en'),
    homeCountry,
    packs: (v.rules ?? []).map((path) => readPackFile(path).data),
  };
}

export const levelArg = (name: string, value: string | undefined, fallback: Level): Level => oneOf(name, value, LEVELS, fallback);
