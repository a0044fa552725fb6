import { InputError } from './errors.js';
import type { ScreenOptions } from './schema/options.js';
import type { ScreenResult } from './schema/result.js';
import { createScreener, type Screener } from './screen.js';

/** An ad for screenMany(): its text, or the text with an id that is handed back with the result. */
export type BatchAd = string | { text: string; id?: string | number };

export interface BatchResult {
  /** Position of the ad in the input, from 0. */
  index: number;
  /** The ad's id, when it was given one. */
  id?: string | number;
  result: ScreenResult;
}

export interface ScreenManyOptions extends ScreenOptions {
  /** A screener to reuse across calls; by default one is created from the options. */
  screener?: Screener;
}

function prepare(options: ScreenManyOptions): (ad: BatchAd, index: number) => BatchResult {
  const { screener: given, ...screenOptions } = options;
  // Rules compiled and options validated once for the whole batch, not per ad.
  const screener = given ?? createScreener(screenOptions);
  const perCall = given ? screenOptions : undefined;
  return (ad, index) => {
    if (typeof ad === 'string') return { index, result: screener.screen(ad, perCall) };
    if (typeof ad !== 'object' || ad === null || typeof ad.text !== 'string') {
      throw new InputError(`screenMany(): ad ${index} is neither a string nor an object with a string "text"`);
    }
    return { index, ...(ad.id !== undefined ? { id: ad.id } : {}), result: screener.screen(ad.text, perCall) };
  };
}

/**
 * Screens many ads and yields one result per ad, in input order. Takes an array, any iterable, or an
 * async iterable (a file read line by line, a database cursor). It takes the next ad only when the
 * caller asks for the next result, so memory stays flat however long the input is. A sync input
 * gives a sync iterator.
 * Throws InputError (naming the ad's index) for an ad that is not a string or `{ text }`.
 */
export function screenMany(ads: Iterable<BatchAd>, options?: ScreenManyOptions): IterableIterator<BatchResult>;
export function screenMany(ads: AsyncIterable<BatchAd>, options?: ScreenManyOptions): AsyncIterableIterator<BatchResult>;
export function screenMany(
  ads: Iterable<BatchAd> | AsyncIterable<BatchAd>,
  options: ScreenManyOptions = {},
): IterableIterator<BatchResult> | AsyncIterableIterator<BatchResult> {
  const one = prepare(options);
  if (typeof (ads as AsyncIterable<BatchAd>)[Symbol.asyncIterator] === 'function') return screenAsync(ads as AsyncIterable<BatchAd>, one);
  if (typeof (ads as Iterable<BatchAd>)[Symbol.iterator] === 'function') return screenSync(ads as Iterable<BatchAd>, one);
  throw new InputError('screenMany() expects an iterable or an async iterable of ads');
}

function* screenSync(ads: Iterable<BatchAd>, one: (ad: BatchAd, index: number) => BatchResult): IterableIterator<BatchResult> {
  let i = 0;
  for (const ad of ads) yield one(ad, i++);
}

async function* screenAsync(ads: AsyncIterable<BatchAd>, one: (ad: BatchAd, index: number) => BatchResult): AsyncIterableIterator<BatchResult> {
  let i = 0;
  for await (const ad of ads) yield one(ad, i++);
}
