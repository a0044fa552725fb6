import { describe, expect, it } from 'vitest';
import { screen } from '../src/index.js';
import { companyNamesInProse } from '../src/extract/company-names.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokenize.js';
import * as M from '../src/text/word-marks.js';

const names = (text: string): string[] => {
  const norm = normalize(text);
  return companyNamesInProse(norm, tokenize(norm)).map((n) => text.slice(n.start, n.end));
};

describe('companies named in prose', () => {
  it.each([
    ['Northwind is a furniture maker based in Leeds.', ['Northwind']],
    ['Northwind Foods is one of the leading food companies.', ['Northwind Foods']],
    ['Bluebird Logistics is hiring drivers.', ['Bluebird Logistics']],
    ["Northwind's team is growing.", ['Northwind']],
    ['Northwind’s mission is simple.', ['Northwind']],
    ['Join Silk Road Group today.', ['Silk Road Group']],
    ['Apply to the Bank of Talas Group now.', ['Bank of Talas Group']],
    ['At Bluebird Logistics, we value drivers.', ['Bluebird Logistics']],
    ["We're Tamga Foods, a bakery chain.", ['Tamga Foods']],
    ['We are Tamga Foods.', ['Tamga Foods']],
    ['About Northwind\nWe make chairs.', ['Northwind']],
    ['Компания «Ромашка» приглашает официантов.', ['Ромашка']],
    ['Группа компаний "Деловые линии", лидер в сфере перевозок.', ['Деловые линии']],
    ['Работа в компании ТехноСфера в центре.', ['ТехноСфера']],
    ['Компания Валарм - разработчик защиты сайтов.', ['Валарм']],
    ['Мы SkillFactory - одна из школ.', ['SkillFactory']],
    ['Lamoda - это проект.', ['Lamoda']],
    ['«Ак Бата» компаниясы жумушчуларды чакырат.', ['Ак Бата']],
    ['Бирге Жумуш компаниясы сатуучу издейт.', ['Бирге Жумуш']],
    ['Нике агенттиги «Бактылуу Жол» кыздарды чакырат.', ['Бактылуу Жол']],
    // The span is in the original text, soft hyphen included.
    ['North\u00adwind is a furniture maker.', ['North\u00adwind']],
    // The kind up to ten words after the article; a legal form no rule regex reads.
    ['PGI is a fast growing organic herb/spice/botanicals importing and production company.', ['PGI']],
    ['Founded in 2009, the Fonpit AG rose to the largest Android community.', ['Fonpit AG']],
    ['Pinecone Oy makes games in Helsinki.', ['Pinecone Oy']],
  ])('%j names %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'This is a great company.',
    'Our company is hiring.',
    "We're Hiring! Waitresses for a hotel.",
    'We Are Expanding our team.',
    'The Company offers free tickets.',
    'About Us: we are a team.',
    'Work is a family business.',
    'Easy work is a great option for girls.',
    'Sales Is A Team Business',
    'SALES IS A TEAM BUSINESS.',
    'Northwind Is Hiring Drivers',
    'Our Group is large.',
    'Holidays with Generous Company Discounts.',
    'At present, we hire.',
    'northwind is a furniture maker.',
    'Компания ищет девушек.',
    'МЫ ПРЕДЛАГАЕМ: жильё, питание.',
    'Работа в команде Разработки и тестирования.',
    'Опыт работы в банке Обязательно.',
    'Курулуш компаниясы жумушчуларды чакырат.',
    'компания "лучшая работа в Дубае для девушек без опыта и вложений"',
    // Spa, South Africa and Nevada, not legal forms.
    'Elite SPA salon in Manama invites girls.',
    'Our new office in Cape Town, SA opens in May.',
    'Shows in Las Vegas NV every night.',
  ])('%j names no company', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('tokens carry their words’ marks', () => {
    const t = tokenize(normalize('Northwind’s team is a company'));
    expect(t.map((x) => x.marks)).toEqual([M.POSSESSIVE, M.POSSESSED | M.NOT_A_NAME, M.BE, M.ARTICLE | M.NOT_A_NAME, M.KIND | M.SUFFIX | M.NOT_A_NAME]);
  });
});

describe('"Employer not named" and names in prose', () => {
  const ad = 'Girls for a hotel in Dubai, $6,000 per month, easy work.';
  it('a name in prose takes the employer off the not-stated list and stands no rule down', () => {
    const r = screen(`Golden Star is a leading agency. ${ad}`);
    expect(r.notStated.map((n) => n.id)).toEqual(['address', 'contract', 'duties']);
    expect(r.indicators.map((i) => i.ruleId)).toContain('A1.pay-far-above-market');
  });
  it('without a name the employer is listed', () => {
    const r = screen(ad);
    expect(r.notStated.map((n) => n.id)).toEqual(['employer', 'address', 'contract', 'duties']);
    expect(r.indicators.map((i) => i.ruleId)).toContain('A1.pay-far-above-market');
  });
  it('a legal form stands the pay rule down, as before', () => {
    const r = screen(`Golden Star LLC. ${ad}`);
    expect(r.notStated.map((n) => n.id)).toEqual(['address', 'contract', 'duties']);
    expect(r.indicators.map((i) => i.ruleId)).not.toContain('A1.pay-far-above-market');
  });
  it('a place is no employer', () => {
    expect(names('Dubai is a business hub.')).toEqual(['Dubai']); // the extractor reads it; the fact drops places
    const r = screen('Dubai is a business hub. Hotel job, call +971 50 123 4567.');
    expect(r.notStated.map((n) => n.id)).toContain('employer');
  });
});
