import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/corpus.js';
import { usd } from '../src/engine/predicates.js';
import { extractAges } from '../src/extract/ages.js';
import { extractContacts, normalizePhone } from '../src/extract/contacts.js';
import { extractMoney } from '../src/extract/money.js';
import { readNumberWords } from '../src/extract/number-words.js';
import { russianCaseForms } from '../src/lang/russian.js';
import { stem } from '../src/lang/stem.js';
import { screen } from '../src/index.js';
import { normalize, toOriginal } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokenize.js';

const money = (s: string) => {
  const n = normalize(s);
  return extractMoney(n, tokenize(n), true);
};
const pick = (f: { text: string; min: number; max: number; currency: string; period: string; monthlyUsdMax: number | null }) =>
  [f.text, f.min, f.max, f.currency, f.period, f.monthlyUsdMax];
/** The ad's one salary fact, as pick() lists it. */
const readsOne = (text: string, expected: ReturnType<typeof pick>) => expect(money(text).salary.map(pick)).toEqual([expected]);

describe('money', () => {
  it.each([
    ['Salary $4,000-6,000 per month + tips', ['$4,000-6,000 per month', 4000, 6000, 'USD', 'month', 6000]],
    ['AED 2,200 monthly', ['AED 2,200 monthly', 2200, 2200, 'AED', 'month', 599]],
    ['We pay five thousand dollars a month', ['five thousand dollars a month', 5000, 5000, 'USD', 'month', 5000]],
    ['3-5k$', ['3-5k$', 3000, 5000, 'USD', 'unspecified', 5000]],
    ['$25 an hour', ['$25 an hour', 25, 25, 'USD', 'hour', 5200]],
    ['1,500,000 KRW per month', ['1,500,000 KRW per month', 1500000, 1500000, 'KRW', 'month', 1095]],
    ['€1.200 weekly', ['€1.200 weekly', 1200, 1200, 'EUR', 'week', 5975]],
    ['TRY 30 000 a month', ['TRY 30 000 a month', 30000, 30000, 'TRY', 'month', 750]],
    ['зарплата от 2000 до 3000$ в месяц', ['2000 до 3000$ в месяц', 2000, 3000, 'USD', 'month', 3000]],
    ['з/п 80к руб', ['80к руб', 80000, 80000, 'RUB', 'unspecified', 1016]],
    ['Айлык 50 000 сом айына', ['50 000 сом айына', 50000, 50000, 'KGS', 'month', 572]],
    ['150 000 тенге в месяц', ['150 000 тенге в месяц', 150000, 150000, 'KZT', 'month', 285]],
  ])('%s', readsOne);

  it.each([
    'Intercom has raised over $30 million in venture capital.',
    'Our current IT and telecoms projects have a value exceeding 250 million EURO.',
    'Годовая выручка компании составила более $400 млн.',
    'We provide fixed rate loans up to $500,000 using our own capital.',
    // Read as a year's pay (`annualFrom`), above `annualCeilingUsd`.
    'We deliver commercial loans of $50,000 to $500,000.',
  ])('reads no pay in a company figure worth more than 100,000 US dollars a month: %j', (text) => {
    expect(money(text).salary).toEqual([]);
  });
  it.each([
    ['Basic salary of £20,000 - £25,000', ['£20,000 - £25,000', 20000, 25000, 'GBP', 'unspecified', 2811]],
    ['Pay $40,000-$55,000', ['$40,000-$55,000', 40000, 55000, 'USD', 'unspecified', 4582]],
    ['Annual compensation of £40-65,000', ['£40-65,000', 40000, 65000, 'GBP', 'unspecified', 7310]],
    ['Girls for a club in Dubai, 20000$', ['20000$', 20000, 20000, 'USD', 'unspecified', 20000]],
    ['Зарплата 60 000 рублей', ['60 000 рублей', 60000, 60000, 'RUB', 'unspecified', 762]],
    ['£12,000 per month', ['£12,000 per month', 12000, 12000, 'GBP', 'month', 16200]],
    // Above $100,000 read as a month's pay, and a year's pay all the same.
    ['Salary ranges to $104,000.', ['$104,000', 104000, 104000, 'USD', 'unspecified', 8663]],
    ['Compensation: $120,000 - $150,000+', ['$120,000 - $150,000', 120000, 150000, 'USD', 'unspecified', 12495]],
    ['Salary $150-180k', ['$150-180k', 150000, 180000, 'USD', 'unspecified', 14994]],
  ])('reads a year\'s pay in a bare Western salary, and no other: %j', readsOne);
  it.each([
    ['Зарплата 50 000 руб. в месяц', ['50 000 руб. в месяц', 50000, 50000, 'RUB', 'month', 635]],
    ['Оплата 1500 руб./час', ['1500 руб./час', 1500, 1500, 'RUB', 'hour', 3962]],
    ['Оплата от 3000 долл. в месяц', ['3000 долл. в месяц', 3000, 3000, 'USD', 'month', 3000]],
    ['4 000 руб. за смену', ['4 000 руб. за смену', 4000, 4000, 'RUB', 'day', 1321]],
    // The year is the bonus's: past the stop, only a period right after it counts.
    ['200 000 руб. (оклад) + годовой бонус', ['200 000 руб', 200000, 200000, 'RUB', 'unspecified', 2540]],
  ])('reads the pay period after a shortened currency word: %j', readsOne);
  it.each([
    ['ЗП 40 тыс.руб', ['40 тыс.руб', 40000, 40000, 'RUB', 'unspecified', 508]],
    ['Зарплата от 70тр', ['70тр', 70000, 70000, 'RUB', 'unspecified', 889]],
    ['Зарплата 35 т. р. Перспектива роста', ['35 т. р.', 35000, 35000, 'RUB', 'unspecified', 445]],
    ['З/п 20-30 т.р. фикс', ['20-30 т.р.', 20000, 30000, 'RUB', 'unspecified', 381]],
    ['бюджет от 150 т.р./мес', ['150 т.р./мес', 150000, 150000, 'RUB', 'month', 1905]],
    // The thousands are written out: "т.р" names only the currency.
    ['З/п 30.000-50.000 т.р', ['30.000-50.000 т.р', 30000, 50000, 'RUB', 'unspecified', 635]],
  ])('reads thousands of roubles written "т.р", "тр" or "тыс.руб": %j', readsOne);
  it.each([
    ['Caregiver in Bishkek, 8 hours a day, 30 000 som', ['30 000 som', 30000, 30000, 'KGS', 'unspecified', 343]],
    ['Гувернантка, 6 часов в день, 40 000 сом', ['40 000 сом', 40000, 40000, 'KGS', 'unspecified', 458]],
    ['Nanny, live-in, 6 days a week, AED 4,000.', ['AED 4,000', 4000, 4000, 'AED', 'unspecified', 1089]],
    ['Full-time (35 hours per week)Salary Scale: $44,624 - $53,764 annualized salary', ['$44,624 - $53,764', 44624, 53764, 'USD', 'unspecified', 4479]],
    // A period before the amount that is no schedule's still counts.
    ['Monthly salary $900', ['$900', 900, 900, 'USD', 'month', 900]],
  ])('reads no pay period in the schedule before the amount: %j', readsOne);
  it.each([
    ['эмгек акы 35 миң сомго чейин', ['35 миң сомго', 35000, 35000, 'KGS', 'unspecified', 400]],
    ['айлык 1000 евродон баштап', ['1000 евродон', 1000, 1000, 'EUR', 'month', 1150]],
    ['Кореяда 2 500 000 вондон жогору', ['2 500 000 вондон', 2500000, 2500000, 'KRW', 'unspecified', 1825]],
  ])('reads a currency with a Kyrgyz case ending of any vowel harmony: %j', readsOne);
  it.each([
    ['50 000 руб/мес', ['50 000 руб/мес', 50000, 50000, 'RUB', 'month', 635]],
    ['Оплата 300 руб/час', ['300 руб/час', 300, 300, 'RUB', 'hour', 792]],
    ['Бизде 45 000 сом/ай', ['45 000 сом/ай', 45000, 45000, 'KGS', 'month', 515]],
    ['150 сом/саат', ['150 сом/саат', 150, 150, 'KGS', 'hour', 357]],
    ['айлык 30 000 сом ай сайын төлөнөт', ['30 000 сом ай сайын', 30000, 30000, 'KGS', 'month', 343]],
    ['1500 сом күн сайын', ['1500 сом күн сайын', 1500, 1500, 'KGS', 'day', 446]],
  ])('reads a period after a slash or "сайын" (every): %j', readsOne);
  it.each([
    ['zarplata 1500$ v mesyac', ['1500$ v mesyac', 1500, 1500, 'USD', 'month', 1500]],
    ['oplata 500 rub v chas', ['500 rub v chas', 500, 500, 'RUB', 'hour', 1321]],
    ['Koreyaga jumush, kununo 100$', ['100$', 100, 100, 'USD', 'day', 2600]],
    ['aylyk 2000$, jatakana bar', ['2000$', 2000, 2000, 'USD', 'month', 2000]],
    ['1000 som saatyna', ['1000 som saatyna', 1000, 1000, 'KGS', 'hour', 2380]],
  ])('reads the pay period of Russian and Kyrgyz typed in Latin letters: %j', readsOne);
  it.each([
    // Paid every 15 days, not 25,000 som a day.
    ['Маяна 25 000 сом, ар 15 күн сайын', [['25 000 сом', 25000, 25000, 'KGS', 'unspecified', 286]]],
    // The €95 is daily; the €800 is not.
    ['€800 basic salary + €95 daily', [['€800', 800, 800, 'EUR', 'unspecified', 920], ['€95 daily', 95, 95, 'EUR', 'day', 2840]]],
    ['$16.88/hrSchedule: M-F, 40 Hrs/Week', [['$16.88', 16.88, 16.88, 'USD', 'unspecified', null]]],
  ])('reads no pay period that counts something else (a number or a schedule just before it): %j', (text, expected) => {
    expect(money(text).salary.map(pick)).toEqual(expected);
  });
  it('reads RUR, the old code of the rouble that job boards still write', () => {
    expect(money('salary: 70 000 RUR gross').salary.map(pick)).toEqual([['70 000 RUR', 70000, 70000, 'RUB', 'unspecified', 889]]);
  });
  it.each([
    ['Зарплата 120-150 тыс. руб', ['120-150 тыс. руб', 120000, 150000, 'RUB', 'unspecified', 1905]],
    ['4–6 млн вон в месяц', ['4–6 млн вон в месяц', 4000000, 6000000, 'KRW', 'month', 4380]],
    ['200–300 thousand som', ['200–300 thousand som', 200000, 300000, 'KGS', 'unspecified', 3432]],
    // Not when it would put the low end above the high one.
    ['Pay 500-2k$', ['500-2k$', 500, 2000, 'USD', 'unspecified', 2000]],
  ])('applies a multiplier written once to both ends of a range: %j', readsOne);
  it('keeps pay up to $100,000 a month, and a range that starts below it', () => {
    expect(money('Hostess in Dubai, $50,000 per month').salary.map(pick)).toEqual([['$50,000 per month', 50000, 50000, 'USD', 'month', 50000]]);
    // Kept as pay, and read as a year's pay (`annualFrom`).
    expect(money('$75,000 to $124,999').salary.map(pick)).toEqual([['$75,000 to $124,999', 75000, 124999, 'USD', 'unspecified', 10412]]);
  });

  it('puts fees the worker pays under costs, not pay', () => {
    const r = money('Visa fee 300$, salary 1500 USD');
    expect(r.costs.map(pick)).toEqual([['300$', 300, 300, 'USD', 'unspecified', 300]]);
    expect(r.salary.map(pick)).toEqual([['1500 USD', 1500, 1500, 'USD', 'unspecified', 1500]]);
  });

  it('takes a cost word only at a word start ("coffee" holds "fee"), and a cost word at the start of the context', () => {
    const kinds = (text: string) => {
      const r = money(text);
      return { costs: r.costs.map((f) => f.text), salary: r.salary.map((f) => f.text) };
    };
    expect(kinds('Free coffee 300 USD a month')).toEqual({ costs: [], salary: ['300 USD a month'] });
    expect(kinds('Неудержимый рост: 200 USD')).toEqual({ costs: [], salary: ['200 USD'] });
    expect(kinds('fee 300 USD')).toEqual({ costs: ['300 USD'], salary: [] });
    expect(kinds('Coffee, tea. Processing fee: 300 USD')).toEqual({ costs: ['300 USD'], salary: [] });
  });

  it('ignores numbers without a currency', () => {
    expect(money('Girls 18-25, call 0555 123 456, from 2024').salary).toEqual([]);
  });

  it.each([
    ['Зп от 80 000 на руки', ['80 000', 80000, 80000, 'XXX', 'unspecified', null]],
    ['Оклад 40000 + % от продаж', ['40000', 40000, 40000, 'XXX', 'unspecified', null]],
    ['З/П 70-140К по результатам собеседования', ['70-140К', 70000, 140000, 'XXX', 'unspecified', null]],
    ['Оклад вилка 150-250 тыс. на руки', ['150-250 тыс.', 150000, 250000, 'XXX', 'unspecified', null]],
    ['Заработная плата 172000 (Гросс)', ['172000', 172000, 172000, 'XXX', 'unspecified', null]],
    ['Salary range: 60000-75000', ['60000-75000', 60000, 75000, 'XXX', 'unspecified', null]],
    ['айлык 30 000, жатакана бар', ['30 000', 30000, 30000, 'XXX', 'month', null]],
    ['Зарплата 45 000 в месяц', ['45 000 в месяц', 45000, 45000, 'XXX', 'month', null]],
    // "оплата" and "ставка" only with a pay period after the amount.
    ['Оплата до 20000 в месяц', ['20000 в месяц', 20000, 20000, 'XXX', 'month', null]],
    ['ставка 2500 за смену', ['2500 за смену', 2500, 2500, 'XXX', 'day', null]],
    // Paid twice a month: the count is of payments, and the period is not the pay's.
    ['Зарплата 25 000, 2 раза в месяц', ['25 000', 25000, 25000, 'XXX', 'unspecified', null]],
    ['Compensation: 40K to 60K+ : Salary plus commission', ['40K to 60K', 40000, 60000, 'XXX', 'unspecified', null]],
  ])('reads pay after a pay word with no currency as XXX, with no USD figure: %j', readsOne);

  it('reads no period from a count of payments ("2 раза в месяц", "2 times a month")', () => {
    readsOne('30 000 сом, 2 раза в месяц', ['30 000 сом', 30000, 30000, 'KGS', 'unspecified', 343]);
    readsOne('Salary 900 USD, paid 2 times a month', ['900 USD', 900, 900, 'USD', 'unspecified', 900]);
  });

  it('counts pay with no currency as stated, and compares it with no market pay', () => {
    const r = screen('Монтажник. Зп от 80 000 на руки, официальное трудоустройство.');
    expect(r.notStated.map((n) => n.id)).not.toContain('pay');
    expect(screen('Монтажник. Зп хорошая, официальное трудоустройство.').notStated.map((n) => n.id)).toContain('pay');
    expect(r.indicators.map((i) => i.ruleId).filter((id) => id.startsWith('A1.'))).toEqual([]);
    expect(r.facts.salary.map((f) => [f.currency, f.monthlyUsdMin, f.monthlyUsdMax])).toEqual([['XXX', null, null]]);
  });

  it.each([
    'заработная плата 2 раза в месяц',
    'Зарплата 3.1, УПП',
    'ЗП до 50% с заказов',
    'з/п 1500 % от чека',
    'доходы, 4 млн складских помещений',
    'Оплата 50% стоимости фитнеса, оплата 20000 при заселении',
    'оплата 25 000, 2 раза в месяц',
    'ставка налога 13 процентов, ставка 20000',
    'Salary range: 45-67',
    // A currency glued to the next word is not read, and none is made up for it.
    'З/п от 45000 рублейтерриториально',
    // No pay word before it.
    'Стоимость 20000, звоните 0555 123 456',
  ])('reads no pay with no currency in %j', (text) => {
    expect(money(text).salary).toEqual([]);
  });

  it.each([
    'Ability to lift up to 50 pounds',
    'Heavy lifting up to 55 pounds; standing for long periods',
    'If your dog is under 30 pounds, bring them to work',
    'your most common cargo will be 70 pound bundles',
  ])('reads pounds of weight as no pay: %j', (text) => {
    expect(money(text).salary).toEqual([]);
  });
  it('still reads pounds as pay without a weight word before them', () => {
    readsOne('Salary 500 pounds per week, lifting required', ['500 pounds per week', 500, 500, 'GBP', 'week', 2923]);
  });

  it('stays linear on long runs of digits and spaces', () => {
    const text = '1 '.repeat(50_000) + '$';
    const t = performance.now();
    money(text);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

it.each([
  [950, 'USD 950'],
  [3000, 'USD 3,000'],
  [1234567, 'USD 1,234,567'],
  [1234.5, 'USD 1,234.5'],
  [-12000, 'USD -12,000'],
  [0, 'USD 0'],
] as const)('formats %d as %s in explanations', (n, want) => {
  expect(usd(n)).toBe(want);
});

describe('amounts glued to letters, digits or "+"', () => {
  it.each([
    ['a1 500 usd a month', ['500 usd a month']],
    ['x12,000$ and 300$', ['000$', '300$']],
    ['+996 500 usd', ['500 usd']],
    ['abc2000 сом, 3000 сом', ['3000 сом']],
    ['ref 12345 500 usd', ['500 usd']],
    ['к1500 руб', []],
  ])('%s', (text, want) => {
    expect(money(text).salary.map((s) => s.text)).toEqual(want);
  });
});

describe('number words', () => {
  it.each([
    ['twenty-five hundred dollars', 2500, 'twenty-five hundred'],
    ['three and a half thousand', 3500, 'three and a half thousand'],
    ['a thousand a week', 1000, 'a thousand'],
    ['one hundred and fifty', 150, 'one hundred and fifty'],
  ])('%s = %d', (text, value, span) => {
    const [w] = readNumberWords(text);
    expect(w!.value).toBe(value);
    expect(text.slice(w!.start, w!.end)).toBe(span);
  });
});

describe('contacts', () => {
  it('finds and normalises phones, messengers, e-mails, handles and links', () => {
    const text = 'WhatsApp +996 700 12 34 56 or 0700123456, email hr.dubai@gmail.com, tg @dubai_jobs, t.me/jobs_kg';
    const n = normalize(text);
    const c = extractContacts(n, tokenize(n));
    expect(c.map((x) => [x.type, x.text, x.value, x.country ?? null])).toEqual([
      ['messenger', 'WhatsApp', 'whatsapp', null],
      ['phone', '+996 700 12 34 56', '996700123456', 'KG'],
      ['phone', '0700123456', '996700123456', 'KG'],
      ['email', 'hr.dubai@gmail.com', 'hr.dubai@gmail.com', null],
      ['messenger', 'tg', 'telegram', null],
      ['handle', '@dubai_jobs', '@dubai_jobs', null],
      ['url', 't.me/jobs_kg', 't.me/jobs_kg', null],
    ]);
  });

  it.each([
    ['+996 700 12 34 56', '996700123456', 'KG'],
    ['0700 123 456', '996700123456', 'KG'],
    ['996700123456', '996700123456', 'KG'],
    ['+971 50 123 4567', '971501234567', 'AE'],
    ['8 912 345 67 89', '79123456789', 'RU/KZ'],
    ['+90 532 123 45 67', '905321234567', 'TR'],
    ['+82 10-1234-5678', '821012345678', 'KR'],
  ])('normalizePhone(%s)', (raw, value, country) => {
    expect(normalizePhone(raw)).toEqual({ value, country });
  });

  it('does not read large money amounts as phones', () => {
    const n = normalize('зарплата 1 500 000 вон');
    expect(extractContacts(n, tokenize(n))).toEqual([]);
  });

  // Any currency or multiplier of rules/data/money.json after the digits makes them an amount (both
  // were read as phones while contacts.ts kept its own shorter list of currency words).
  it.each([
    // A ZIP code after its state's code, the next address's house number glued on by a scrape.
    'Suite 1750, Corpus Christi TX 7840115600 San Pedro Ave',
    'Houston, TX 77092-1100',
    // A masked link's digits.
    'use of #URL_3415749237607a1843cebc0df646e8900eb1f91a3c8',
  ])('reads no phone in the address or link of %j', (text) => {
    const n = normalize(text);
    expect(extractContacts(n, tokenize(n))).toEqual([]);
  });
  it.each([
    // A package's scope, a company's account to follow, telecom operators in a list of partners.
    'был опыт с @microsoft/rush или другими инструментами',
    'Follow us on Twitter (@EURODYN_Careers).',
    'Be sure to follow us @praeterco and watch our home page.',
    'Официальные партнёры ВК, Viber, Megafon, MTS, Tele2, Билайн.',
  ])('reads no contact in %j', (text) => {
    const n = normalize(text);
    expect(extractContacts(n, tokenize(n))).toEqual([]);
  });
  it.each([
    ['Dallas, TX 214-555-0100', '214-555-0100'],
    ['Dallas, TX (713) 555-0100', '(713) 555-0100'],
    ['WHATSAPP IN 0555 123 456', '0555 123 456'],
  ])('keeps the phone after a state code in %j', (text, phone) => {
    const n = normalize(text);
    expect(extractContacts(n, tokenize(n)).filter((c) => c.type === 'phone').map((c) => c.text)).toEqual([phone]);
  });
  it.each(['Оборот 250 000 000 тг в год', 'Бюджет 150 000 000 сум'])('reads no phone in the amount of %j', (text) => {
    const n = normalize(text);
    expect(extractContacts(n, tokenize(n))).toEqual([]);
  });

  it.each(['Salary 15000-25000 a month', 'a six figure salary (100000 - 120000)', 'Зарплата 30000-45000'])('does not read the pay range in %j as a phone', (text) => {
    const n = normalize(text);
    expect(extractContacts(n, tokenize(n))).toEqual([]);
  });

  it.each([
    ['Call 0555-123456', '996555123456'],
    ['Tel. 0700-120-000', '996700120000'],
    ['+996 555 100-200', '996555100200'],
  ])('still reads the phone in %j', (text, value) => {
    const n = normalize(text);
    expect(extractContacts(n, tokenize(n)).map((c) => [c.type, c.value])).toEqual([['phone', value]]);
  });

  const messengers = (text: string) => {
    const n = normalize(text);
    return extractContacts(n, tokenize(n)).filter((c) => c.type === 'messenger').map((c) => [c.value, c.text]);
  };
  it.each(['Based in Redmond, WA. Call +1 425 555 0100.', 'Locations: QLD, NSW, SA, WA.', 'Perth (WA) and Sydney', 'the lower South West region of WA'])(
    'does not read the state in %j as WhatsApp',
    (text) => {
      expect(messengers(text)).toEqual([]);
    },
  );
  it.each([
    ['Write on WA: 0555 123 456', [['whatsapp', 'WA']]],
    ['WA +971 50 123 4567', [['whatsapp', 'WA']]],
    ['wa 0700 123 456', [['whatsapp', 'wa']]],
    ['пишите в WA', [['whatsapp', 'WA']]],
    ['Contact: WA/Telegram', [['whatsapp', 'WA'], ['telegram', 'Telegram']]],
    ['Telegram or WA, girls only', [['telegram', 'Telegram'], ['whatsapp', 'WA']]],
    ['WA or Viber', [['whatsapp', 'WA'], ['viber', 'Viber']]],
  ])('reads WA in %j as WhatsApp', (text, expected) => {
    expect(messengers(text)).toEqual(expected);
  });

  it.each([
    'You will play a direct role; paid via direct deposit, on direct hire.',
    'Опыт с Яндекс Директ обязателен',
    'Менеджер по рекламе в Яндекс Директ и ВК',
    'Инженер-проектировщик ВК',
    'Бариста: кофе, какао, чай.',
    'Грузчик в Алматы, зарплата 250 000 тг в месяц.',
    'IMO certificates required.',
    'Join us in the VK group',
  ])('reads no messenger in the everyday words of %j', (text) => {
    expect(messengers(text)).toEqual([]);
  });
  it.each([
    ['Пиши в ТГ @almaty_job_bystro', [['telegram', 'ТГ']]],
    ['Write to Direct or Telegram', [['instagram', 'Direct'], ['telegram', 'Telegram']]],
    ['write to Instagram Direct @silkroute.faces', [['instagram', 'Instagram'], ['instagram', 'Direct']]],
    ['Директ же WhatsApp: 0555 123 456', [['instagram', 'Директ'], ['whatsapp', 'WhatsApp']]],
    ['Подробности в директ или Telegram', [['instagram', 'директ'], ['telegram', 'Telegram']]],
    ['комментарии и директ в Instagram', [['instagram', 'директ'], ['instagram', 'Instagram']]],
    ['пишите в ВК', [['vk', 'ВК']]],
    ['contact on imo +996 555 123 456', [['imo', 'imo']]],
  ])('reads the messenger in %j', (text, expected) => {
    expect(messengers(text)).toEqual(expected);
  });

  it.each([
    'social media platforms (Facebook, Linkedin, Pinterest, Reddit, Instagram, Youtube and Twitter)',
    'innovations found in consumer services like Facebook and WhatsApp.',
    'Создание и ведение рекламных кампаний в Facebook, Instagram, ВК',
    'каналы коммуникаций с клиентами, например sms, whatsapp и viber рассылки.',
    'настройка Telegram и WhatsApp ботов',
    'Cоздание телеграм-ботов для курьеров',
    'Мы используем в работе: Agile, Redmine, Telegram, Discord',
    // A label four words before the colon, or one with no colon after it, does not reach the list.
    'Свяжитесь с нашими SMM специалистами: Facebook, WhatsApp рассылки',
    'Контакты с клиентами через Facebook и WhatsApp рассылки',
  ])('reads no contact in the platforms of %j', (text) => {
    expect(messengers(text)).toEqual([]);
  });
  it.each([
    ['Write to us on Facebook or WhatsApp', [['whatsapp', 'WhatsApp']]],
    ['Find us on Instagram and Facebook: @dubai_models', [['instagram', 'Instagram']]],
    ['Instagram, Facebook: @dubai_models', [['instagram', 'Instagram']]],
    ['пишите в WhatsApp, Facebook', [['whatsapp', 'WhatsApp']]],
    // SMS is a channel the ad sends messages through, not a platform the job works with.
    ['Contact by SMS or WhatsApp only', [['whatsapp', 'WhatsApp']]],
    ['Только SMS/WhatsApp', [['whatsapp', 'WhatsApp']]],
    ['Звоните или смс, WhatsApp. Реклама не беспокоить', [['whatsapp', 'WhatsApp']]],
    // A list after a contact label lists contacts, a platform beside them or not.
    ['Contacts: Facebook, WhatsApp', [['whatsapp', 'WhatsApp']]],
    ['Contact us: Facebook or WhatsApp', [['whatsapp', 'WhatsApp']]],
    ['Контакты: Instagram, Facebook, WhatsApp', [['instagram', 'Instagram'], ['whatsapp', 'WhatsApp']]],
    ['Байланыш: Facebook, WhatsApp', [['whatsapp', 'WhatsApp']]],
    // Up to three words before the colon that opens the list.
    ['Свяжитесь с нами: Facebook, WhatsApp', [['whatsapp', 'WhatsApp']]],
    ['Пишите нам: Facebook, WhatsApp', [['whatsapp', 'WhatsApp']]],
    ['Обращайтесь к менеджеру: Facebook, YouTube, WhatsApp', [['whatsapp', 'WhatsApp']]],
    // Discord and Slack are chat apps: beside a messenger they list contacts, not the job's tools.
    ['Discord или Telegram', [['telegram', 'Telegram']]],
  ])('still reads the messenger listed as a contact in %j', (text, expected) => {
    expect(messengers(text)).toEqual(expected);
  });
  it('reads a label at most 12 tokens back along a list (a longer run is walked no further)', () => {
    const list = (names: number) => `Contacts: ${'Facebook, '.repeat(names)}WhatsApp`;
    expect(messengers(list(12))).toEqual([['whatsapp', 'WhatsApp']]);
    expect(messengers(list(13))).toEqual([]);
  });

  const phones = (text: string) => {
    const n = normalize(text);
    return extractContacts(n, tokenize(n)).filter((c) => c.type === 'phone').map((c) => c.text);
  };
  it.each([
    'Salary range: 23040-28800',
    'Salary range: 15750-15750',
    'белая зп от 120 000-150 000 (оклад + премии)',
    'Заработная плата 40 000-50 000 р./мес.',
    'З/п 30.000-50.000 т.р (по результатам)',
    'График работы: 2/2 09.00-21.00',
    'График работы: 5/2 (09:30-18:30)',
  ])('reads no phone in the pay or hours of %j', (text) => {
    expect(phones(text)).toEqual([]);
  });
  it.each([
    ['Зарплата договорная, звоните 0555-123456', '0555-123456'],
    ['Pay: call 555 1234-5678', '555 1234-5678'],
    ['Salary: +996 555 123 456', '+996 555 123 456'],
  ])('still reads the phone near a pay word in %j', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });
});

describe('ages', () => {
  it.each([
    ['Girls 18-25 years old', '18-25 years old', 18, 25],
    ['aged 18 to 25', 'aged 18 to 25', 18, 25],
    ['от 18 до 25 лет', '18 до 25 лет', 18, 25],
    ['18 жаштан 25 жашка чейин', '18 жаштан 25 жашка чейин', 18, 25],
    ['from 16 years', 'from 16 years', 16, null],
    ['18+', '18+', 18, null],
    ['under 30', 'under 30', null, 30],
    ['не старше 30 лет', 'не старше 30 лет', null, 30],
    ['Age: 20-30', 'Age: 20-30', 20, 30],
    ['Girls 18–25, slim', '18–25', 18, 25],
    ['girls should be 18–24, pretty', '18–24', 18, 24],
    ['Women must be 20-30', '20-30', 20, 30],
    ['devushki 18-25 let', '18-25 let', 18, 25],
    ['17ден жогору кыздар', '17ден жогору', 17, null],
    ['35ке чейин', '35ке чейин', null, 35],
    // Kyrgyz typed in Latin letters.
    ['Kyzdar kerek, jashy 18-25', 'jashy 18-25', 18, 25],
    ['zhashy 20-30, suroto menen', 'zhashy 20-30', 20, 30],
    ['20 jashtan 35 jashka cheyin', '20 jashtan 35 jashka cheyin', 20, 35],
    ['18-24 jash, kelbettuu', '18-24 jash', 18, 24],
    ['18 jashtan bashtap', '18 jashtan bashtap', 18, null],
    ['30 jashka cheiin', '30 jashka cheiin', null, 30],
    ['17den jogoru kyzdar', '17den jogoru', 17, null],
    ['35ke cheyin', '35ke cheyin', null, 35],
    ['Kyzdar 19-24, Dubaiga', '19-24', 19, 24],
  ])('%s', (text, span, min, max) => {
    expect(extractAges(normalize(text)).map((a) => [a.text, a.min, a.max])).toEqual([[span, min, max]]);
  });

  it.each(['size 42-44', 'open 9-18', '2020-2024', 'call 10-12', 'shifts should be 16-20 hours', 'girls, rooms must be 20-30 m2'])('no age in %s', (text) => {
    expect(extractAges(normalize(text))).toEqual([]);
  });

  // Company profiles count careers, companies, staff and audiences with the same forms as ages.
  it.each([
    'A young design firm with 15+ people, based in Riga.',
    'The owner has over 15 years experience in logistics.',
    'The bakery has over 15 years of history in Osh.',
    'More than 16+ years in the industry.',
    'Present in 20+ countries.',
    'Serving clients for over 16 years.',
    'The magazine is read by 16-24 year-old readers.',
    'Team lead with 15+ years of proven management experience.',
    'Engineer, 15+ yrs. of experience.',
    'Over 15 years hands-on experience in the field.',
    'A team of 20+ team members in Athens.',
    'Content for a 16-24 year-old audience.',
    'Работаем уже более 15 лет, с 15 лет в отрасли.',
    'Компания работает уже с 15 лет на рынке.',
    'Медицинская страховка для сотрудников и их детей до 16 лет.',
    'Health insurance that also covers children under 16 years.',
    'Няня для детей от 3 до 16 лет, Бишкек.',
    // Counts and units other than years of age.
    'Manage a pipeline of up to 50+ accounts.',
    'Operations in 7 countries, 43+ centres.',
    'With 35+ collaborators in our offices.',
    'Able to lift 65+ lbs.',
    'If your dog is under 30 pounds, bring them to work.',
    'The intern will work about 40+ hours/month.',
    'Delivery management with 18+ years of overall experience.',
    'Our collective experience of over 20 years in the mobile industry.',
    // A count with one word before its noun.
    'Last year we hosted 20+ guest speakers.',
    'A chain of 30+ retail locations.',
  ])('no age in %s', (text) => {
    expect(extractAges(normalize(text))).toEqual([]);
  });

  it.each([
    ['Girls 18-25 experience not needed', '18-25', 18, 25],
    ['Girls 16+, experience not needed', '16+', 16, null],
    ['Waitresses 16+ for the season', '16+', 16, null],
    ['We are looking for 18+ girls', '18+', 18, null],
    ['Dancers from 16 years, no experience', 'from 16 years', 16, null],
    ['Hostesses over 18 years old for a club', 'over 18 years old', 18, null],
    ['Models for over 18 years old, tours', 'over 18 years old', 18, null],
    ['Staff 16+ welcome', '16+', 16, null],
    ['Nanny for our children, under 30 years', 'under 30 years', null, 30],
    ['Берём детей от 14 лет на склад', 'от 14 лет', 14, null],
    // A word that describes the people counted: the number may be their age.
    ['Hiring 18+ female staff for a hotel', '18+', 18, null],
    ['Looking for 18+ young professionals', '18+', 18, null],
  ])('keeps the age in %s', (text, span, min, max) => {
    expect(extractAges(normalize(text)).map((a) => [a.text, a.min, a.max])).toEqual([[span, min, max]]);
  });

  // MIN_ONLY and MAX_ONLY check the boundary before a match in code, as their lookbehinds did: no
  // letter before a form led by a word, no number before one led by digits (a letter is fine there).
  it.each([
    ['Thunder 30 years of service', []],
    ['работа в Сот 20 лет', []],
    ['room 118+ wifi, size 25', []],
    ['вход18+ only', [['18+', 18, null]]],
    ['(18+) ok', [['18+', 18, null]]],
    ['Max age: under 30 years', [['under 30 years', null, 30]]],
  ] as const)('the boundary before a lone bound: %s', (text, want) => {
    expect(extractAges(normalize(text)).map((a) => [a.text, a.min, a.max])).toEqual(want);
  });

  it('finds the same ages with the literal gates as with every regex on every window', () => {
    const texts = ['en', 'ru', 'ky', 'mixed', 'adversarial'].flatMap((lang) => loadCorpus(lang).map((a) => a.text));
    // Forms near each gate's edge: people far from or next to a range, "y.o.", "+" before a digit.
    const frames = ['{a}-{b}', 'girls, all welcome: {a}-{b}', 'girls, all welcome here: {a}-{b}', '{a}-{b} y.o.', '{a}-{b} yo', '{a} + 5', '{a}+ only', 'ages {a} to {b}', 'from {a}', 'over {a} yrs', 'size {a}-{b} and {b}+', 'men {a} - {b}', 'от {a} до {b}', '{a}-{b} жаштагы', 'wage {a}-{b}', '10-{a}-{b} years', 'age limit from {a}', 'up to {a} years', 'до {a} лет', 'не старше {a}', '{a} жашка чейин', 'с {a} лет', 'от {a} до {b} часов'];
    for (const f of frames) for (const [a, b] of [['18', '25'], ['14', '70'], ['12', '30']]) texts.push(f.replaceAll('{a}', a!).replaceAll('{b}', b!));
    const differ = texts.filter((t) => JSON.stringify(extractAges(normalize(t))) !== JSON.stringify(extractAges(normalize(t), true)));
    expect(texts.length).toBeGreaterThan(800);
    expect(differ).toEqual([]);
    expect(extractAges(normalize('10-18-25 years, 18-25 y.o., men 20 - 30')).map((a) => a.text)).toEqual(['18-25 y.o.', '20 - 30']);
  });
});

describe('normalisation and tokens', () => {
  it('maps every normalised range back to the original', () => {
    const text = 'ＡＢＣ Ｄubai\u00AD x\u200By Ǆ й';
    const n = normalize(text);
    expect(n.text).toBe('abc dubai xy dž й'); // NFKC splits the ligature Ǆ into d + ž
    const i = n.text.indexOf('dubai');
    const o = toOriginal(n, i, i + 5);
    expect(text.slice(o.start, o.end)).toBe('Ｄubai');
  });

  it('splits sentences and clauses', () => {
    const t = tokenize(normalize('No fees, visa 300$. Salary 1.500 USD!'));
    expect(t.map((x) => [x.text, x.sentence, x.clause])).toEqual([
      ['no', 0, 0], ['fees', 0, 0], ['visa', 0, 1], ['300', 0, 1], ['salary', 1, 2], ['1', 1, 2], ['500', 1, 2], ['usd', 1, 2],
    ]);
  });
});

describe('Russian place names', () => {
  it('adds case forms whose stems cover the inflected text', () => {
    const forms = russianCaseForms('казахстан');
    expect(forms).toEqual(['казахстан', 'казахстана', 'казахстану', 'казахстане', 'казахстаном']);
    for (const text of ['казахстане', 'казахстана', 'корее', 'турцию']) {
      const all = new Set([...russianCaseForms('казахстан'), ...russianCaseForms('корея'), ...russianCaseForms('турция')].map((f) => stem('ru', f)));
      expect(all.has(stem('ru', text)), text).toBe(true);
    }
    expect(russianCaseForms('южная корея')).toContain('южная корее');
    expect(russianCaseForms('алматы')).toEqual(['алматы']);
  });
});

describe('place names that are not destinations', () => {
  const places = (text: string) => screen(text, { detail: 'none' }).facts.destinations.map((d) => [d.id, d.text]);
  it('reads the Russian names marked "=" in their case forms only, not in the words that share their stem', () => {
    expect(places('Погрузка груза на складе. Электрик: сила тока. Звоните Бакыту или Бакыт. Ресторан «Хан-Тенгри». Жол кирени бекер.')).toEqual([]);
    expect(places('Работа в Грузии, в Китае, в Баку, в Токио, в Ханое, в Сирии, на Кирении')).toEqual([
      ['GE', 'Грузии'], ['CN', 'Китае'], ['AZ', 'Баку'], ['JP', 'Токио'], ['VN', 'Ханое'], ['SY', 'Сирии'], ['CY', 'Кирении'],
    ]);
    expect(places('Rabota v Gruzii, zvonite Bakyt')).toEqual([['GE', 'Gruzii']]);
    expect(places('Знание англ. языка. Айлык ар айдын 5инде картага.')).toEqual([]);
    expect(places('Работа в Англии и в Индии')).toEqual([['GB', 'Англии'], ['IN', 'Индии']]);
  });
  it("leaves out where the applicants come from: a nationality is no destination, and no risk", () => {
    expect(places('Warehouse loaders in Bishkek. Workers from Kazakhstan and Uzbekistan welcome, citizens of Tajikistan too.')).toEqual([['bishkek', 'Bishkek']]);
    expect(places('Склад в Бишкеке. Граждане Узбекистана и Таджикистана, девушки из Казахстана тоже.')).toEqual([['bishkek', 'Бишкеке']]);
    expect(places('Бишкектеги кафеге официант кыздар керек. Өзбекстандан жана Тажикстандан келген кыздар да болот, Казакстандын жарандары да.')).toEqual([['bishkek', 'Бишкектеги']]);
    expect(places('i am from Uzbekistan, they offer me work in Dubai')).toEqual([['dubai', 'Dubai']]);
    // where the job is, or whom a marriage agency introduces, stays
    expect(places('Rich men from Turkey and the UAE are looking for brides. Кореядан жумуш берүүчү. Работа из Бишкека в Москве.')).toEqual([
      ['TR', 'Turkey'], ['AE', 'UAE'], ['KR', 'Кореядан'], ['bishkek', 'Бишкека'], ['moscow', 'Москве'],
    ]);
    const cafe = 'Кафеге официант кыздар керек, Бишкек. Өзбекстандан жана Тажикстандан келген кыздар да болот. Айлык 25 000 сом. WhatsApp +996 555 123 456';
    expect(screen(cafe).indicators.map((i) => i.ruleId)).toEqual(['F1.messenger-only-contact']);
  });
  it('leaves out a cuisine or a language named after a country: a Turkish restaurant in Bishkek is no work abroad', () => {
    const ads = [
      'Требуется официантка в турецкий ресторан в Бишкеке, знание турецкого языка приветствуется. Зарплата 30 000 сом. WhatsApp +996 555 123 456',
      'Бишкектеги түрк ресторанына официант кыздар керек, түркчө билгендер артыкчылык. Айлык 30 000 сом. WhatsApp +996 555 123 456',
      'Корей тилин билген кыздар керек, Бишкектеги корей ресторанына. Айлык 30 000 сом. WhatsApp +996 555 123 456',
    ];
    expect(ads.map((ad) => places(ad))).toEqual([[['bishkek', 'Бишкеке']], [['bishkek', 'Бишкектеги']], [['bishkek', 'Бишкектеги']]]);
    for (const ad of ads) expect(screen(ad).indicators.map((i) => i.ruleId)).toEqual(['F1.messenger-only-contact']);
    // a country's own name before "restaurant" is where the restaurant is
    expect(places('Работа в Турции, турецкий отель. Dubai restaurant needs waitresses. Дубай ресторанына официанттар керек.')).toEqual([
      ['TR', 'Турции'], ['TR', 'турецкий'], ['dubai', 'Dubai'], ['dubai', 'Дубай'],
    ]);
  });
  it('leaves out a street named after a place', () => {
    expect(places('Офис: ул. Москва 12, Бишкек')).toEqual([['bishkek', 'Бишкек']]);
    expect(places('Office at 5 Moscow Street, Bishkek')).toEqual([['bishkek', 'Bishkek']]);
  });
  it('leaves out a Cyrillic place joined by a hyphen to a Latin word (a brand), and the rules it fed', () => {
    // An hh.ru title of a restaurant chain in St Petersburg: a hostess job "in Tokyo" read it as medium.
    const r = screen('Хостес в ТОКИО-CITY (г. Пушкин)');
    expect(r.facts.destinations).toEqual([]);
    expect([r.level, r.indicators.map((i) => i.ruleId)]).toEqual(['low', []]);
    expect(screen('Хостес в ТОКИО').indicators.map((i) => i.ruleId)).toEqual(['E1.entertainment-role-abroad', 'D1.women-hospitality-abroad']);
  });
  it.each([
    ['We use pricing models and data modeling', []],
    ['Построение финансовых моделей, бизнес-модель компании', []],
    ['Data-warehouse technologies; математический склад ума', []],
    ['Understand key business drivers; write device drivers', []],
    ['Knowledge of server configuration', []],
    ['Exterior building product lines such as siding', []],
    ['Оператор связи, 1С: Бухгалтерия, ДМС со стоматологией', []],
    // The role itself, and a role that starts before a compound it overlaps, are kept.
    ['Fashion models wanted; нужны модели в Дубай', [['model', 'Fashion models'], ['model', 'модели']]],
    ['Delivery driver safety training; forklift driver (licence required)', [['driver', 'Delivery driver'], ['warehouse', 'forklift'], ['driver', 'driver']]],
    ['Servers and bartenders; web servers; production line workers', [['waiter', 'Servers'], ['waiter', 'bartenders'], ['it', 'web servers'], ['factory', 'production line']]],
    ['Требуется стоматолог; нужны бухгалтеры', [['engineer', 'стоматолог'], ['engineer', 'бухгалтеры']]],
    // Modelling the activity, and models that are abstractions, name no model.
    ['Experience with data modeling and threat modeling; build analytical models', []],
    ['An integrated model of care; our engagement model', []],
    ['Classes: speech development, counting, drawing, modelling', []],
    ['Models wanted for a modelling agency in Dubai; modelling contract', [['model', 'Models'], ['model', 'modelling agency'], ['model', 'modelling contract']]],
  ])('reads no role from a compound in which the word has another sense: %j', (text, expected) => {
    expect(screen(text).facts.roles.map((r) => [r.id, r.text])).toEqual(expected);
  });

  it('names a place by its gazetteer entry: a country with its cities, or a group of cities', () => {
    const entries = (text: string) => screen(text).facts.destinations.map((d) => [d.id, d.kind, d.country, d.text]);
    expect(entries('Work in London, then Abu Dhabi')).toEqual([['GB', 'country', 'GB', 'London'], ['dubai', 'city', 'AE', 'Abu Dhabi']]);
    expect(entries('Работа в Казани и Шанхае')).toEqual([['moscow', 'city', 'RU', 'Казани'], ['beijing', 'city', 'CN', 'Шанхае']]);
  });
  it('knows the European and Pacific destinations of work-permit offers in three languages', () => {
    const countries = (text: string) => screen(text).facts.destinations.map((d) => [d.country, d.text]);
    expect(countries('Croatia work permit 100% guaranteed, Zagreb construction')).toEqual([['HR', 'Croatia'], ['HR', 'Zagreb']]);
    expect(countries('Работа в Хорватии и Сербии, потом в Португалию')).toEqual([['HR', 'Хорватии'], ['RS', 'Сербии'], ['PT', 'Португалию']]);
    expect(countries('Норвегияга балык заводуна жумушчулар керек')).toEqual([['NO', 'Норвегияга']]);
    expect(countries('Fish plant in Norway; dairy farms in New Zealand and Australia; hotels in Malta, Romania, Hungary and Ireland')).toEqual([['NO', 'Norway'], ['NZ', 'New Zealand'], ['AU', 'Australia'], ['MT', 'Malta'], ['RO', 'Romania'], ['HU', 'Hungary'], ['IE', 'Ireland']]);
  });
  it('keeps a Latin place with a Cyrillic case ending, a place in Cyrillic only, and one hyphened to a Cyrillic word', () => {
    expect(places('Dubai-га кыздар керек')).toEqual([['dubai', 'Dubai']]);
    expect(places('Токио-Сити хостес')).toEqual([['JP', 'Токио']]);
    expect(places('Москва - City Lounge')).toEqual([['moscow', 'Москва']]);
  });
  it('reads no place in the country code that ends a web or e-mail address', () => {
    expect(places('Apply only at riverbankcare.co.uk/jobs')).toEqual([]);
    expect(places('CV to jobs@brookfieldcivils.co.uk, or visit nhs.uk')).toEqual([]);
    expect(places('Farm work in the UK, details at harvest.org.uk.')).toEqual([['GB', 'UK']]);
    expect(places('Work in Dubai.UK citizens need no visa')).toEqual([['dubai', 'Dubai'], ['GB', 'UK']]);
  });
  it('leaves out a North American town named after a place ("Athens, GA"), and keeps the place with its own country code', () => {
    expect(places('Located in our London, KY office')).toEqual([]);
    expect(places('Homegrown in Athens, GA, we print shirts')).toEqual([]);
    expect(places('Our studio in London, ON is hiring')).toEqual([]);
    expect(places('Based in Toronto, ON')).toEqual([['CA', 'Toronto']]);
    expect(places('R&D center in Tel Aviv, IL')).toEqual([['IL', 'Tel Aviv']]);
    expect(places('Office in Berlin, DE')).toEqual([['DE', 'Berlin']]);
    // LA is Los Angeles in a list of cities, not Louisiana.
    expect(places('Offices in Amsterdam, London, LA')).toEqual([['NL', 'Amsterdam'], ['GB', 'London']]);
    // Only the code in capitals.
    expect(places('Athens, Ga')).toEqual([['GR', 'Athens']]);
  });
  it.each([
    ['Our office in Atlanta, Georgia is hiring', []],
    ['Peachtree Street, Suite 410, Atlanta, Georgia 30303.', []],
    ['located in Sandy Springs, Georgia, 30 miles north', []],
    ['Based in Georgia, USA', [['US', 'USA']]],
    ['Georgia 30303', []],
    ['licensed by the State of Georgia', []],
    // A destination named after a town of the state is that town too.
    ['Homegrown in Athens, Georgia since 1990', []],
  ])('reads Georgia as the US state after one of its towns, before a ZIP code or USA, after "state of": %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
  it.each([
    ['Work in Batumi, Georgia: hotel staff', [['GE', 'Batumi'], ['GE', 'Georgia']]],
    ['Turkey, Georgia, Azerbaijan: waitresses wanted', [['TR', 'Turkey'], ['GE', 'Georgia'], ['AZ', 'Azerbaijan']]],
    ['Hotel jobs in Georgia, 800 USD', [['GE', 'Georgia']]],
    ['Athens, Greece and Tbilisi, Georgia', [['GR', 'Athens'], ['GR', 'Greece'], ['GE', 'Tbilisi'], ['GE', 'Georgia']]],
  ])('keeps Georgia the country after its own cities, in a list of countries, and on its own: %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
  it('compares hourly dollars in Atlanta, Georgia with US pay, not with pay in Georgia the country', () => {
    const r = screen('Front desk receptionist for our office in Atlanta, Georgia. Pay $15 per hour, Monday to Friday.');
    expect(r.facts.destinations).toEqual([]);
    expect(r.indicators.map((i) => i.ruleId)).not.toContain('A1.pay-far-above-market');
  });
});

describe('money in context', () => {
  it.each([
    ['They opened a new $10M facility for patients.', []],
    ['Revenue of $6.35 billion and 40 bn in assets.', []],
    ['Budget: £5m over three years.', []],
  ])('reads millions and billions as company figures, not pay: %j', (text, expected) => {
    expect(money(text).salary.map(pick)).toEqual(expected);
  });
  it('leaves a currency symbol followed by digits to the amount it starts', () => {
    expect(money('Senior Practitioner Year 1-3 $265,847 - $282,816pa').salary.map(pick)).toEqual([['$265,847 - $282,816pa', 265847, 282816, 'USD', 'year', 23559]]);
    expect(money('Compensation: $15 $17/hour').salary.map((f) => f.text)).toEqual(['$15', '$17/hour']);
  });
  it('does not read a work schedule as the pay period', () => {
    expect(money('AED 4,000, 6 days a week').salary.map(pick)).toEqual([['AED 4,000', 4000, 4000, 'AED', 'unspecified', 1089]]);
  });
  it('reads a currency with a Kyrgyz case ending glued on', () => {
    // "айлык" (monthly pay) before the amount gives the period
    expect(money('айлык 1000 долларга чейин').salary.map(pick)).toEqual([['1000 долларга', 1000, 1000, 'USD', 'month', 1000]]);
    expect(money('маяна 3000 $дан башталат').salary.map(pick)).toEqual([['3000 $', 3000, 3000, 'USD', 'unspecified', 3000]]);
  });
  it('reads the lari, naira, forint and rupee, and compares pay in them with pay where they are spent', () => {
    expect(money('Front desk receptionist, Tbilisi. 1 400 GEL per month').salary.map(pick)).toEqual([['1 400 GEL per month', 1400, 1400, 'GEL', 'month', 517]]);
    expect(money('Зарплата 2000 лари в месяц').salary.map(pick)).toEqual([['2000 лари в месяц', 2000, 2000, 'GEL', 'month', 738]]);
    expect(money('₦180,000/month + HMO').salary.map(pick)).toEqual([['₦180,000/month', 180000, 180000, 'NGN', 'month', 117]]);
    expect(money('Salary 400,000 HUF a month').salary.map(pick)).toEqual([['400,000 HUF a month', 400000, 400000, 'HUF', 'month', 1160]]);
    expect(money('Salary 35,000 rupees a month').salary.map(pick)).toEqual([['35,000 rupees a month', 35000, 35000, 'INR', 'month', 410]]);
    expect(money('3 years of GEL electrophoresis').salary).toEqual([]);
    // 1,400 lari is no pay far above the market, in Georgia or with no place named
    for (const text of ['Waitress in a cafe, 1 400 GEL per month', 'Waitress in a cafe in Tbilisi, 1 400 GEL per month']) {
      expect(screen(text).indicators.map((i) => i.ruleId)).not.toContain('A1.pay-far-above-market');
    }
  });
  it('reads the Canadian, Australian and New Zealand dollar, the krone, the leu, the taka, the Nepali rupee, the Kenyan shilling and the cedi', () => {
    const got = (text: string) => money(text).salary.map(pick);
    expect(got('Farm hands, CAD 17.20/hour')).toEqual([['CAD 17.20/hour', 17.2, 17.2, 'CAD', 'hour', 2612]]);
    expect(got('Welders, AUD 38.50 per hour')).toEqual([['AUD 38.50 per hour', 38.5, 38.5, 'AUD', 'hour', 5205]]);
    expect(got('Dairy assistant, NZD 29.66/hr')).toEqual([['NZD 29.66/hr', 29.66, 29.66, 'NZD', 'hour', 3702]]);
    expect(got('Fish plant, NOK 212.50/hour')).toEqual([['NOK 212.50/hour', 212.5, 212.5, 'NOK', 'hour', 4376]]);
    expect(got('Net pay 4,200 lei per month')).toEqual([['4,200 lei per month', 4200, 4200, 'RON', 'month', 958]]);
    expect(got('Salary Tk 25,000 a month')).toEqual([['Tk 25,000 a month', 25000, 25000, 'BDT', 'month', 205]]);
    expect(got('Salary NPR 45,000 per month')).toEqual([['NPR 45,000 per month', 45000, 45000, 'NPR', 'month', 329]]);
    expect(got('Salary KSh 60,000 monthly')).toEqual([['KSh 60,000 monthly', 60000, 60000, 'KES', 'month', 462]]);
    expect(got('Salary GHS 4,500 a month')).toEqual([['GHS 4,500 a month', 4500, 4500, 'GHS', 'month', 432]]);
    // Moldova's lei are not Romania's: Russian "лей" is no currency here.
    expect(got('Зарплата 10 000 лей в месяц')).toEqual([]);
    // A Norwegian fish plant's collective-agreement wage is ordinary pay in Norway, not far above the market.
    expect(screen('Fish processing workers, Norway. NOK 212.50/hour gross, 37.5 hours a week, no experience needed.').indicators.map((i) => i.ruleId)).not.toContain('A1.pay-far-above-market');
  });
  it('reads "¥" as the yen in an ad that names Japan and not China, as the yuan otherwise', () => {
    const salary = (text: string) => screen(text).facts.salary.map(pick);
    expect(salary('Caregiver at a nursing home in Osaka, salary ¥195,000 a month')).toEqual([['¥195,000 a month', 195000, 195000, 'JPY', 'month', 1346]]);
    expect(salary('Токио, зарплата ￥200 000 в месяц')).toEqual([['￥200 000 в месяц', 200000, 200000, 'JPY', 'month', 1380]]);
    expect(salary('Factory work in Shenzhen, salary ¥6,000 a month')).toEqual([['¥6,000 a month', 6000, 6000, 'CNY', 'month', 834]]);
    expect(salary('Work in Japan or China, salary ¥6,000 a month')).toEqual([['¥6,000 a month', 6000, 6000, 'CNY', 'month', 834]]);
    expect(salary('Osaka office, salary 6,000 yuan a month')).toEqual([['6,000 yuan a month', 6000, 6000, 'CNY', 'month', 834]]);
    // The Osaka care job is ordinary pay, not far above the market.
    expect(screen('Caregiver at a nursing home in Osaka, salary ¥195,000 a month').indicators.map((i) => i.ruleId)).not.toContain('A1.pay-far-above-market');
  });
});

describe('ages in long text', () => {
  it('finds ages anywhere in a long ad, with offsets into the whole text', () => {
    const filler = 'We are a friendly team and we offer training. '.repeat(40);
    const text = `${filler}Girls aged 18 to 25 are welcome. ${filler}Minimum age 16+.`;
    const ages = extractAges(normalize(text));
    expect(ages.map((a) => [a.text, a.min, a.max, text.slice(a.start, a.end)])).toEqual([
      ['aged 18 to 25', 18, 25, 'aged 18 to 25'],
      ['16+', 16, null, '16+'],
    ]);
  });
});
