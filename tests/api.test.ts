import { describe, expect, it } from 'vitest';
import { createScreener, InputError, isSakbolError, OptionsError, SakbolError, screen, LIBRARY_VERSION, RESULT_SCHEMA_VERSION, RULESET_VERSION } from '../src/index.js';
import { loadCorpus } from '../scripts/corpus.js';
import { traceRules } from '../src/screen.js';

const RISKY = 'Girls 18-25 wanted as hostesses in Dubai! Salary $5000 per month. Your passport will be kept by the agency. Ticket is deducted from your salary. WhatsApp only +971 50 123 4567';

describe('input handling', () => {
  it.each([[undefined], [null], [42], [{ text: 'ad' }], [['ad']], [Symbol('x')]])('throws InputError for %s', (bad) => {
    let caught: unknown;
    try {
      screen(bad as unknown as string);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect(caught).toBeInstanceOf(SakbolError);
    expect((caught as InputError).code).toBe('INVALID_INPUT');
    expect(isSakbolError(caught)).toBe(true);
  });

  it.each(['', '   ', '\n\t \n'])('gives low, score 0 and nothing else for empty text %j', (text) => {
    const r = screen(text);
    expect(r.level).toBe('low');
    expect(r.score).toBe(0);
    expect(r.indicators).toEqual([]);
    expect(r.mitigations).toEqual([]);
    expect(r.notStated).toEqual([]);
    expect(r.language).toBe('unknown');
  });
});

describe('options', () => {
  it.each([
    [{ thresholds: { medium: 70, high: 40 } }, 'thresholds'],
    [{ locale: 'fr' }, 'locale'],
    [{ detail: 'everything' }, 'detail'],
    [{ homeCountry: 'kg' }, 'homeCountry'],
    [{ rules: { 'no.such-rule': { enabled: false } } }, 'rules.no.such-rule'],
    [{ rules: { 'C1.passport-retention': { weight: 99 } } }, 'rules.C1.passport-retention.weight'],
    [{ colour: 'red' }, '(options)'],
  ])('rejects %j with an OptionsError naming %s', (opts, path) => {
    let caught: unknown;
    try {
      screen('Waiter needed', opts as never);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(OptionsError);
    expect((caught as OptionsError).code).toBe('INVALID_OPTIONS');
    expect((caught as OptionsError).issues.some((i) => i.startsWith(path))).toBe(true);
  });

  it('reads a reused options object afresh on every call', () => {
    const opts: { locale: 'en' | 'ru' } = { locale: 'en' };
    expect(screen(RISKY, opts).locale).toBe('en');
    opts.locale = 'ru';
    expect(screen(RISKY, opts).locale).toBe('ru');
  });

  it('rejects non-object options', () => {
    expect(() => screen('ad', 'ru' as never)).toThrow(OptionsError);
    expect(() => screen('ad', null as never)).toThrow(OptionsError);
  });

  it('rejects invalid screener config at creation', () => {
    expect(() => createScreener({ thresholds: { medium: 0, high: 50 } })).toThrow(OptionsError);
  });

  it('thresholds decide the level', () => {
    const ad = 'Hostess work in Dubai for girls. WhatsApp +971 50 123 4567';
    const r = screen(ad);
    expect([r.score, r.level]).toEqual([57, 'medium']);
    expect(screen(ad, { thresholds: { medium: 20, high: 57 } }).level).toBe('high');
    expect(screen(ad, { thresholds: { medium: 58, high: 90 } }).level).toBe('low');
    const strict = screen(ad, { thresholds: { medium: 57, high: 58 } });
    expect([strict.score, strict.level, strict.thresholds]).toEqual([57, 'medium', { medium: 57, high: 58 }]);
    expect(screen(RISKY).level).toBe('high');
  });

  it('a disabled rule does not fire and adds nothing', () => {
    const r = screen(RISKY);
    const id = r.indicators[0]!.ruleId;
    const off = screen(RISKY, { rules: { [id]: { enabled: false } } });
    expect(off.indicators.map((i) => i.ruleId)).not.toContain(id);
    expect(off.score).toBeLessThanOrEqual(r.score);
  });

  it('a weight override changes the contribution', () => {
    const r = screen(RISKY);
    const id = r.indicators[0]!.ruleId;
    const zero = screen(RISKY, { rules: { [id]: { weight: 0 } } });
    expect(zero.indicators.find((i) => i.ruleId === id)!.contribution).toBe(0);
  });

  it("detail 'none' leaves out explanation text", () => {
    const r = screen(RISKY, { detail: 'none' });
    expect(r.indicators.length).toBeGreaterThan(0);
    for (const i of r.indicators) {
      expect(i.explanation).toBeUndefined();
      expect(i.advice).toBeUndefined();
      expect(i.references).toEqual([]);
    }
    const full = screen(RISKY);
    for (const i of full.indicators) {
      expect(i.explanation!.length).toBeGreaterThan(20);
      expect(i.advice!.length).toBeGreaterThan(10);
      expect(i.references.length).toBeGreaterThan(0);
    }
  });

  it('names the country whose typical pay an offer is compared with, in each language', () => {
    const explanation = (ad: string, id: string, locale: 'en' | 'ru' | 'ky') =>
      [...screen(ad, { locale }).indicators, ...screen(ad, { locale }).mitigations].find((i) => i.ruleId === id)?.explanation;
    const dubai = 'Girls 18-25 wanted as hostesses in Dubai! Salary $5000 per month. WhatsApp only +971 50 123 4567';
    expect(explanation(dubai, 'A1.pay-far-above-market', 'en')).toMatch(/^The ad offers USD 5,000 a month, about 6\.3 times the typical USD 800 for this kind of work in the UAE\. /);
    expect(explanation(dubai, 'A1.pay-far-above-market', 'ru')).toContain('больше обычных USD 800 для такой работы (страна сравнения: ОАЭ).');
    expect(explanation(dubai, 'A1.pay-far-above-market', 'ky')).toContain('мындай иштин БАЭ боюнча кадимки маянасынан (USD 800)');
    // No destination and pay in dollars: compared with pay in the home country, and the explanation says so.
    expect(explanation('Easy online work, $6,000 per month, message us on Telegram.', 'A1.pay-far-above-market', 'en')).toContain('for this kind of work in Kyrgyzstan.');
    // Dollars by the hour, no destination: how US employers write pay, so compared with pay there.
    expect(explanation('Easy online work, $60 per hour, no experience needed, message me.', 'A1.pay-far-above-market', 'en')).toContain('about 4.5 times the typical USD 2,800 for this kind of work in the USA.');
    const callCentre = 'Customer Service Representative. Salary: $14.00 per hour, 3rd shift, full-time. Duties: answer calls and emails.';
    expect(explanation(callCentre, 'L5.realistic-pay-clear-duties', 'en')).toContain('The pay offered (USD 2,912) is in line with typical pay for this kind of work in the USA (USD 2,800)');
    const cook = 'Cook for a cafe in Bishkek, 40 000 som a month, 5/2, duties: soups and salads, experience 1 year.';
    expect(explanation(cook, 'L5.realistic-pay-clear-duties', 'en')).toContain('in line with typical pay for this kind of work in Kyrgyzstan (USD 350)');
  });

  it('locale picks the explanation language, independent of the ad', () => {
    const ru = screen(RISKY, { locale: 'ru' });
    expect(ru.locale).toBe('ru');
    expect(ru.indicators[0]!.title).toMatch(/\p{Script=Cyrillic}/u);
    expect(ru.help[0]).toEqual({ country: 'KG', number: '189', name: expect.stringMatching(/горячая линия/) });
  });
});

describe('result', () => {
  it('is plain JSON and reports versions', () => {
    const r = screen(RISKY);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.versions).toEqual({ library: LIBRARY_VERSION, rules: RULESET_VERSION, resultSchema: RESULT_SCHEMA_VERSION, fx: '2025-07-01', pay: '2025-07' });
  });

  it('contributions add up to the score', () => {
    const r = screen(RISKY);
    const sum = [...r.indicators, ...r.mitigations].reduce((s, i) => s + i.contribution, 0);
    expect(Math.abs(sum - r.score)).toBeLessThanOrEqual(1);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(screen(RISKY))).toBe(JSON.stringify(screen(RISKY)));
  });

  it('spans slice the original input exactly, on every corpus ad', () => {
    const s = createScreener();
    let checked = 0;
    for (const lang of ['en', 'ru', 'ky', 'mixed']) {
      for (const ad of loadCorpus(lang)) {
        const r = s.screen(ad.text);
        for (const i of [...r.indicators, ...r.mitigations]) {
          for (const sp of i.spans) {
            expect(ad.text.slice(sp.start, sp.end)).toBe(sp.text);
            expect(sp.end).toBeGreaterThan(sp.start);
            checked++;
          }
        }
        const f = r.facts;
        for (const x of [...f.salary, ...f.costs, ...f.destinations, ...f.roles, ...f.contacts, ...f.ages, ...f.gender.mentions]) {
          expect(ad.text.slice(x.start, x.end)).toBe(x.text);
        }
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('spans survive case folding, NFKC and invisible characters', () => {
    const text = 'ＷＡＩＴＲＥＳＳ in Du\u200Bbai, salary $５０００ per month';
    const r = screen(text);
    const dest = r.facts.destinations[0]!;
    expect(dest.text).toBe('Du\u200Bbai');
    expect(text.slice(dest.start, dest.end)).toBe(dest.text);
    expect(r.facts.salary[0]).toMatchObject({ text: '$５０００ per month', min: 5000, currency: 'USD', period: 'month' });
  });
});

// A guard signal (a course, another profession, a marriage context) stands a risk rule down. Its
// words must not be read into everyday words with the same stem: "of course", "an account",
// "grooming" once hid the indicators below.
describe('guard words inside everyday words', () => {
  const ids = (text: string): string[] => screen(text).indicators.map((i) => i.ruleId);
  it.each([
    ['Of course, girls from 16 welcome! Waitresses for a bar in Dubai, $2,000. WhatsApp +971 50 123 4567', 'high', ['D3.minors-targeted', 'D3.minors-abroad-or-night-work']],
    ['Girls 18-25 wanted for work in Dubai, send your photos, we will open an account for your salary. WhatsApp +971 50 123 4567', 'medium', ['D1.women-only-abroad-unspecified']],
    ['Agency sends workers abroad to Korea, pet grooming salon, visa help. WhatsApp +82 10 1234 5678', 'low', ['G1.agency-abroad-no-licence']],
  ] as const)('%s', (text, level, present) => {
    expect(screen(text).level).toBe(level);
    expect(ids(text)).toEqual(expect.arrayContaining([...present]));
  });
});

// Everyday words that share a stem (or a word) with a risk word, and once fired a signal of their
// own: on their own they now fire nothing. A massage chair still names the masseuse role (a role is
// named, which counts for the ad), but no venue.
describe('everyday words that share a stem with a risk word', () => {
  it.each([
    ['minor repairs', []], ['of course', []], ['a bank account', []], ['the department', []],
    ['apart from this', []], ['mobility allowance collected', []], ['hospitality', []], ['clinical trials', []],
    ['entertainment', []], ['entertaining', []], ['development', []], ['consumers', []], ['animals', []],
    ['animation', []], ['web hosting', []], ['a promotion', []], ['the engine', []], ['constructive', []],
    ['translation', []], ['merchandise', []], ['data mining', []], ['frontline staff', []], ['pet grooming', []],
    ['update as needed', []], ['staffed', []], ['one man', []], ['we manage', []], ['for sale', []], ['еда', []], ['пол', []],
    ['семь', []], ['долгое сотрудничество', []], ['закрытие вакансий', []], ['клубные карты', []],
    ['tailored training', []],
    ['a massage chair', ['__a3.role-local', '__a3.role-named', '__l5.role-named']],
    ['a tailor', ['__a3.role-local', '__a3.role-named', '__d1.other-role', '__l5.role-named']],
  ] as const)('%s', (words, fired) => {
    expect([...traceRules(`Note: ${words}.`).keys()]).toEqual(fired);
  });
});

// A marriage offer is one medium signal: alone it stays low (its code's cap is 25 points), with only a
// messenger or mobile to reach it the ad is medium, and an office address with a landline brings it back.
describe('marriage offers', () => {
  const read = (text: string): [string, number, string[], string[]] => {
    const r = screen(text);
    return [r.level, r.score, r.indicators.map((i) => i.ruleId), r.mitigations.map((m) => m.ruleId)];
  };
  it.each([
    ['Marriage agency "Happy Union" introduces serious ladies to wealthy foreign gentlemen. Write on WhatsApp +996 555 123 456.', ['medium', 31, ['H1.marriage-offer', 'F1.messenger-only-contact'], []]],
    ['Брачное агентство: выйти замуж за иностранца. Пишите в WhatsApp +996 700 111 222.', ['medium', 31, ['H1.marriage-offer', 'F1.messenger-only-contact'], []]],
    ['Брачное агентство: выйти замуж за иностранца.', ['low', 25, ['H1.marriage-offer'], []]],
    ['Marriage agency "Happy Union" introduces serious ladies to wealthy foreign gentlemen. Office: 12 Chui Avenue, Bishkek, tel. +996 312 61 22 33.', ['low', 21, ['H1.marriage-offer'], ['L1.employer-with-address']]],
  ] as const)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

// Negation stays in its sentence, also one written without a full stop: a capitalised word after a
// word in small letters opens a new one ("… tomorrow This is not a scam"). A negation word right
// beside the hit counts whatever its capitals, and title case opens no sentence.
describe('negation across sentences without a full stop, hashtags and quote marks', () => {
  const fired = (text: string): string[] => [...traceRules(text).keys()].filter((id) => !id.startsWith('__'));
  it.each([
    ['Construction in Moscow, the bus leaves tomorrow This is not a scam', ['E4.manual-work-urgent-no-employer', 'F3.imminent-departure']],
    ['Construction in Moscow, the bus leaves tomorrow this is not a scam', ['E4.manual-work-urgent-no-employer']],
    ['Hotel work in Antalya, it is not hard Registration fee', ['B1.worker-pays-fee']],
    ['Hotel work in Antalya, it is not hard registration fee', []],
    ['Hotel work in Antalya, no Registration fee', []],
    ['Hotel work in Antalya. Registration fee Not charged.', []],
    ['Hotel work in Antalya. Registration Fee Is Not Charged.', []],
    // Quote marks end a clause, but a warning negates a quoted lure from outside the quotes.
    ['Стамбулга кыздар керек. Паспортуңузду эч кимге «сактап турууга» бербеңиз.', ['D1.women-only-abroad-unspecified']],
    ['Стамбулга кыздар керек. Паспортуңузду эч кимге сактап турууга бербеңиз.', ['D1.women-only-abroad-unspecified']],
    ['Стамбулга кыздар керек. Паспортуңузду биз «сактап турабыз».', ['C1.passport-held-by-employer', 'D1.women-only-abroad-unspecified']],
    ['Работа в Турции. Паспорт сдаётся работодателю, «не переживайте».', ['C1.passport-held-by-employer']],
    // Each hashtag is a phrase of its own: "#БезОпыта" (no experience) does not negate the next tag.
    ['#РаботаВДубае #БезОпыта #ВизаВКредит', ['B2.costs-repaid-from-wages']],
    ['#WorkInDubai #NoExperience #TicketDeductedFromSalary', ['B2.costs-repaid-from-wages']],
    ['#РаботаВДубае #БилетБезВычетаИзЗарплаты', []],
  ] as const)('%s', (text, ids) => {
    expect(fired(text)).toEqual(ids);
  });
});

// A phrase is words of one line; the dots of an abbreviation end no phrase.
describe('phrases across a line break', () => {
  const fired = (text: string): string[] => [...traceRules(text).keys()].filter((id) => !id.startsWith('__'));
  it.each([
    ['Home care assistants wanted for a family in Dubai', ['E2.domestic-work-abroad']],
    ['I trained as a nurse back home\nCare assistants wanted for a family in Dubai', []],
    ['Lunch at work is free.\n✈️ The boss buys the ticket.', []],
    ['Lunch at work is free ✈️ from Bishkek.', ['B4.free-ticket-housing']],
  ] as const)('%j', (text, ids) => {
    expect(fired(text)).toEqual(ids);
  });
  it('reads "U.S.A." as the United States', () => {
    expect(screen('Work and Travel U.S.A. 2026 for students').facts.destinations.map((d) => [d.country, d.text])).toEqual([['US', 'U.S.A']]);
  });
});
