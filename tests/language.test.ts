import { describe, expect, it } from 'vitest';
import { screen } from '../src/index.js';
import { loadCorpus } from '../scripts/corpus.js';

const lang = (t: string) => screen(t, { detail: 'none' }).language;

describe('language of an ad', () => {
  it.each([
    ['Waitress needed for a cafe in Bishkek, 30,000 som a month.', 'en'],
    ['Требуется официантка в кафе, зарплата 30 000 сом, график 2/2.', 'ru'],
    ['Кафеге официант керек, айлык 30 000 сом, тажрыйбасы жок болсо да болот.', 'ky'],
    ['Кафеге официант керек. Айлык жакшы, тамак акысыз. Чалыныз.', 'ky'], // typed with н instead of ң
    ['Srochno! Rabota v Dubae dlya devushek, zarplata ot 3000$, pishite v WhatsApp.', 'ru'], // Russian in Latin letters
    ['Срочно требуется официантка! Дубайга кыздар керек, айлык жакшы, жатакана бар.', 'mixed'],
    ['', 'unknown'],
    ['12345 !!!', 'unknown'],
  ])('%s -> %s', (text, want) => {
    expect(lang(text)).toBe(want);
  });
});

describe('language detection on the corpora', () => {
  it.each([
    ['en', 'en', 0.98],
    ['ru', 'ru', 0.85],
    ['ky', 'ky', 0.85],
  ] as const)('%s corpus is detected as %s in at least %d of ads', (corpus, want, floor) => {
    const ads = loadCorpus(corpus);
    const right = ads.filter((a) => lang(a.text) === want).length;
    expect(right / ads.length).toBeGreaterThanOrEqual(floor);
  });
});

describe('language of each sentence', () => {
  it('gives each sentence its language and its span in the original text', () => {
    const text = 'Дубайга официантка керек, айлык жакшы! Требуется опыт работы от года. Apply on WhatsApp.';
    const r = screen(text, { detail: 'none' });
    expect(r.language).toBe('mixed');
    expect(r.sentences.map((s) => [text.slice(s.start, s.end), s.language, s.translit])).toEqual([
      ['Дубайга официантка керек, айлык жакшы', 'ky', false],
      ['Требуется опыт работы от года', 'ru', false],
      ['Apply on WhatsApp', 'en', false],
    ]);
  });

  it('marks Russian typed in Latin letters', () => {
    const r = screen('Rabota v Dubae dlya devushek. Zarplata ot 3000$ v mesyac.', { detail: 'none' });
    expect(r.sentences.map((s) => [s.language, s.translit])).toEqual([['ru', true], ['ru', true]]);
  });

  it('is empty for empty text', () => {
    expect(screen('  ').sentences).toEqual([]);
  });
});
