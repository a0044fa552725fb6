import { describe, expect, it } from 'vitest';
import { InputError, screen, screenMany, type BatchResult } from '../src/index.js';
import { CsvParser, csvRow, type CsvEvent } from '../src/cli/input/csv.js';
import { progressLine, clock } from '../src/cli/output/progress.js';
import { Evaluator, evaluate, formatEvaluation, outcomeOf } from '../src/eval/metrics.js';
import { Linker } from '../src/link/cluster.js';
import { HASHES, shingleHashes, signature, similarity, words } from '../src/link/minhash.js';
import { buildTemplate } from '../src/link/template.js';

const RISKY = 'Girls 18-25 wanted as hostesses in Dubai! Salary $5000 per month. Your passport will be kept by the agency. Ticket is deducted from your salary. WhatsApp only +971 50 123 4567';
const PLAIN = 'Cook for a cafe in Bishkek, 30 000 som a month, official employment, address: 12 Chui Ave.';

describe('screenMany', () => {
  it('screens an array in order, handing back ids, as a sync iterator', () => {
    const it = screenMany([RISKY, { text: PLAIN, id: 'b' }, { text: RISKY, id: 7 }]);
    expect(typeof (it as Iterator<BatchResult>).next).toBe('function');
    const out = [...it];
    expect(out.map((r) => [r.index, r.id, r.result.level])).toEqual([
      [0, undefined, 'high'],
      [1, 'b', 'low'],
      [2, 7, 'high'],
    ]);
    expect(out[0]!.result).toEqual(screen(RISKY));
  });

  it('screens an async iterable in order, with options', async () => {
    async function* ads() {
      yield { text: PLAIN, id: 'x' };
      await new Promise((r) => setTimeout(r, 1));
      yield RISKY;
    }
    const out: BatchResult[] = [];
    for await (const r of screenMany(ads(), { locale: 'ru', detail: 'none' })) out.push(r);
    expect(out.map((r) => [r.index, r.id, r.result.level, r.result.locale])).toEqual([
      [0, 'x', 'low', 'ru'],
      [1, undefined, 'high', 'ru'],
    ]);
    expect(out[1]!.result.indicators[0]!.explanation).toBeUndefined();
  });

  it('takes the next ad only when the next result is asked for', () => {
    let pulled = 0;
    function* ads() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield PLAIN;
      }
    }
    const it = screenMany(ads());
    it.next();
    it.next();
    expect(pulled).toBe(2);
  });

  it('throws InputError naming the index of a bad ad', () => {
    const bad = () => [...screenMany([PLAIN, { text: 42 } as never])];
    expect(bad).toThrow(InputError);
    expect(bad).toThrow(/ad 1 /);
    expect(() => screenMany(42 as never)).toThrow(InputError);
  });
});

describe('CSV parser (RFC 4180)', () => {
  const parseAll = (text: string, max = 1000, chunk = 0): CsvEvent[] => {
    const p = new CsvParser(max);
    const out: CsvEvent[] = [];
    if (chunk === 0) out.push(...p.push(text));
    else for (let i = 0; i < text.length; i += chunk) out.push(...p.push(text.slice(i, i + chunk)));
    return [...out, ...p.end()];
  };
  const doc = 'id,text\r\n1,"He said ""hi"", then left"\r\n2,"two\nlines, and a comma"\n3,plain 5" screen\r\n4,\n';

  it.each([0, 1, 2, 3, 7])('parses quotes, escaped quotes, embedded line breaks and CRLF (chunks of %i)', (chunk) => {
    expect(parseAll(doc, 1000, chunk)).toEqual([
      { kind: 'record', line: 1, fields: ['id', 'text'] },
      { kind: 'record', line: 2, fields: ['1', 'He said "hi", then left'] },
      { kind: 'record', line: 3, fields: ['2', 'two\nlines, and a comma'] },
      { kind: 'record', line: 5, fields: ['3', 'plain 5" screen'] },
      { kind: 'record', line: 6, fields: ['4', ''] },
    ]);
  });

  it('reports text after a closing quote, an unclosed quote and an over-long record, with line numbers, and goes on', () => {
    expect(parseAll('a,b\n"x"y,1\nok,2\n"never closed,3\n')).toEqual([
      { kind: 'record', line: 1, fields: ['a', 'b'] },
      { kind: 'error', line: 2, message: 'text after a closing quote' },
      { kind: 'record', line: 3, fields: ['ok', '2'] },
      { kind: 'error', line: 4, message: 'a quoted field opened on line 4 is never closed' },
    ]);
    expect(parseAll('a,b\n' + 'x'.repeat(20) + ',1\nc,d', 10)).toEqual([
      { kind: 'record', line: 1, fields: ['a', 'b'] },
      { kind: 'error', line: 2, message: 'record longer than 10 characters' },
      { kind: 'record', line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('gives a blank line as a record without fields, and a last line without a line end', () => {
    expect(parseAll('a\n\nb')).toEqual([
      { kind: 'record', line: 1, fields: ['a'] },
      { kind: 'record', line: 2, fields: [] },
      { kind: 'record', line: 3, fields: ['b'] },
    ]);
  });

  it('writes fields that round-trip through the parser', () => {
    const values = ['plain', 'a,b', 'say "x"', 'two\r\nlines', ''];
    const row = csvRow(values);
    expect(row).toBe('plain,"a,b","say ""x""","two\r\nlines",\r\n');
    expect(parseAll(row)).toEqual([{ kind: 'record', line: 1, fields: values }]);
  });
});

describe('MinHash', () => {
  const sig = (t: string) => signature(shingleHashes(words(t)))!;
  const base = 'Work in Dubai as a waitress, salary 3000 dollars a month, free flight and housing, write on WhatsApp today for details';

  it('is deterministic, and estimates similarity', () => {
    expect(sig(base)).toEqual(sig(base));
    expect(sig(base)).toHaveLength(HASHES);
    expect(similarity(sig(base), sig(base.toUpperCase()))).toBe(1);
    const variant = base.replace('Dubai', 'Istanbul').replace('3000', '2500');
    const s = similarity(sig(base), sig(variant));
    expect(s).toBeGreaterThan(0.45);
    expect(s).toBeLessThan(0.95);
    expect(similarity(sig(base), sig('Accountant for a bank in Bishkek with five years of experience and a university degree in finance'))).toBeLessThan(0.1);
    expect(signature(new Set())).toBeUndefined();
  });
});

describe('template of near-duplicates', () => {
  it('keeps the common words and numbers the slots where ads differ', () => {
    const t = buildTemplate([
      'Waitress in Dubai, salary $3000, call +971 50 111 2233',
      'Waitress in Istanbul, salary $2500, call +90 555 000 1122',
      'Waitress in Dubai, salary $3000, call +971 50 999 8877',
    ]);
    expect(t.template).toBe('Waitress in {1} salary {2} call {3}');
    expect(t.slots).toEqual([['Dubai,', 'Istanbul,'], ['$3000,', '$2500,'], ['+90 555 000 1122', '+971 50 111 2233', '+971 50 999 8877']]);
    expect(t.ads).toBe(3);
    expect(t.partial).toBe(false);
  });
});

describe('Linker', () => {
  it('links ads through shared contacts transitively and keeps singletons out', () => {
    const l = new Linker();
    l.add({ contacts: ['phone:1'] });
    l.add({ contacts: ['email:a'] });
    l.add({ contacts: ['phone:1', 'email:a'] });
    l.add({ contacts: ['phone:2'] });
    l.add({ contacts: ['phone:2', 'phone:2'] });
    l.add({ contacts: [] });
    expect(l.clusters(0.5)).toEqual([
      { members: [0, 1, 2], sharedContacts: [{ contact: 'email:a', ads: 2 }, { contact: 'phone:1', ads: 2 }], textLinked: [] },
      { members: [3, 4], sharedContacts: [{ contact: 'phone:2', ads: 2 }], textLinked: [] },
    ]);
  });
});

describe('evaluation', () => {
  it('counts precision, recall and F1 per level and category, the confusion matrix and rule hits', () => {
    const risky = screen(RISKY);
    const plain = screen(PLAIN);
    const e = evaluate(
      [
        { label: { level: 'high', categories: ['C1', 'E1'] }, result: risky },
        { label: { level: 'low' }, result: risky },
        { label: { level: 'high', categories: ['C1'] }, result: plain },
        { label: { level: 'low' }, result: plain },
      ],
      ['C1.passport-held-by-employer', 'H1.marriage-offer'],
    );
    expect(e.n).toBe(4);
    expect(e.levels.high).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1, support: 2 });
    expect(e.confusion).toEqual({ low: { low: 1, medium: 0, high: 1 }, medium: { low: 0, medium: 0, high: 0 }, high: { low: 1, medium: 0, high: 1 } });
    expect(e.lowRatedHigh).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(e.categories.C1).toMatchObject({ tp: 1, fp: 1, fn: 1, support: 2 });
    expect(e.rules[0]).toMatchObject({ id: 'C1.passport-held-by-employer', hitsRisky: 1, hitsLow: 1, precision: 0.5 });
    expect(e.neverFired).toEqual(['H1.marriage-offer']);
    expect(formatEvaluation(e)).toContain('Rules that never fired (1)\n  H1.marriage-offer');
  });

  it('an Evaluator fed one ad at a time gives what evaluate() gives', () => {
    const ev = new Evaluator([]);
    ev.add({ level: 'high' }, outcomeOf(screen(RISKY)));
    expect(ev.result().levels.high.tp).toBe(1);
  });
});

describe('progress line', () => {
  it('shows a bar, the rate and the time left when the input size is known', () => {
    expect(progressLine(500, { bytes: 250, total: 1000 }, 10_000, 8)).toBe('[##------]  25%  500 ads  50 ads/s  ETA 0:30');
    expect(progressLine(1200, { bytes: 5, total: undefined }, 2000)).toBe('1,200 ads  600 ads/s');
    expect(clock(3725)).toBe('1:02:05');
  });
});
