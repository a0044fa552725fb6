import { describe, expect, it } from 'vitest';
import { screen } from '../src/index.js';
import { traceRules } from '../src/screen.js';
import { foldKyrgyzLetters, kyrgyzKeys, kyrgyzReadings } from '../src/lang/kyrgyz.js';

// The suffix-aware Kyrgyz matcher (src/lang/kyrgyz.ts): a text word matches a vocabulary word when it
// is that word plus a valid chain of endings. `reads` asks whether a word can stand for a root.
const reads = (word: string, root: string): boolean => kyrgyzKeys(word, new Set([root])).includes(root);

describe('Kyrgyz letters typed on a Russian keyboard', () => {
  it('folds ң ө ү to н о у and leaves other words as they are', () => {
    expect(foldKyrgyzLetters('түркияга')).toBe('туркияга');
    expect(foldKyrgyzLetters('өлкөңүзгө')).toBe('олконузго');
    const plain = 'жумушка';
    expect(foldKyrgyzLetters(plain)).toBe(plain);
  });

  it.each([
    ['Түркияга', 'Туркияга'],
    ['өлкөдө', 'олкодо'],
    ['кеңседен', 'кенседен'],
    ['үйдө', 'уйдо'],
    ['паспортуңузду', 'паспортунузду'],
  ])('reads %s and %s alike', (a, b) => {
    expect(kyrgyzReadings(a)).toEqual(kyrgyzReadings(b));
  });
});

describe('case endings on places and nouns', () => {
  it.each([
    // dative -га/-ка, locative -да/-та, ablative -дан/-тан, relative -дагы
    ['Дубайга', 'дубай'],
    ['Дубайда', 'дубай'],
    ['Дубайдан', 'дубай'],
    ['Дубайдагы', 'дубай'],
    ['Түркияда', 'туркия'],
    ['Түркияга', 'туркия'],
    ['Кыргызстандан', 'кыргызстан'],
    ['Кореяга', 'корея'],
    ['Кореяда', 'корея'],
    ['Москвага', 'москва'],
    ['Стамбулдан', 'стамбул'],
    ['Алматыга', 'алматы'],
    ['жумушка', 'жумуш'],
    ['жумушта', 'жумуш'],
    ['жумуштан', 'жумуш'],
    ['ишке', 'иш'],
    // genitive -дын/-тин/-нын, accusative -ды/-ти/-ны
    ['шаардын', 'шаар'],
    ['мектептин', 'мектеп'],
    ['шаарды', 'шаар'],
    ['ишти', 'иш'],
    ['Кореяны', 'корея'],
  ])('%s reads as %s', (word, root) => {
    expect(reads(word, root)).toBe(true);
  });
});

describe('plural and possessive endings', () => {
  it.each([
    ['кыздар', 'кыз'],
    ['кыздарга', 'кыз'],
    ['эркектерге', 'эркек'],
    ['жумушчулар', 'жумушчу'],
    ['өлкөлөргө', 'олко'],
    ['паспорттору', 'паспорт'],
    ['паспортуңуз', 'паспорт'],
    ['паспортуңузду', 'паспорт'],
    ['досум', 'дос'],
    ['агасы', 'ага'],
    ['кыз-келиндерге', 'кыз-келиндер'],
  ])('%s reads as %s', (word, root) => {
    expect(reads(word, root)).toBe(true);
  });

  it('lists the readings of a word, the whole word first, endings peeled outside in', () => {
    expect(kyrgyzReadings('кыздарга')).toEqual(['кыздарга', 'кыздар', 'кыз']);
    expect(kyrgyzReadings('эркектерге')).toEqual(['эркектерге', 'эркектер', 'эркек']);
  });
});

describe('vowel-harmony variants of one ending', () => {
  // The same case ending after back, front, rounded and ө/ү vowels.
  it.each([
    ['шаарга', 'шаар'],
    ['мектепке', 'мектеп'],
    ['көчөгө', 'кочо'],
    ['үйгө', 'уй'],
    ['шаардан', 'шаар'],
    ['мектептен', 'мектеп'],
    ['үйдөн', 'уй'],
    ['Кытайдан', 'кытай'],
    ['мектепте', 'мектеп'],
    ['үйдө', 'уй'],
    ['үйдүн', 'уй'],
    ['кыздын', 'кыз'],
    ['үйдү', 'уй'],
  ])('%s reads as %s', (word, root) => {
    expect(reads(word, root)).toBe(true);
  });
});

describe('sound changes at the join', () => {
  it.each([
    // a Russian loanword drops its soft sign before a Kyrgyz ending
    ['Мариуполго', 'мариуполь'],
    ['Тюменге', 'тюмень'],
    ['Израилге', 'израиль'],
    ['Пермге', 'пермь'],
    ['Тверге', 'тверь'],
    ['Беларуска', 'беларусь'],
    // a final к / п is voiced before an ending that starts with a vowel
    ['айлыгыңыздан', 'айлык'],
    ['тамагы', 'тамак'],
    ['китеби', 'китеп'],
  ])('%s reads as %s', (word, root) => {
    expect(reads(word, root)).toBe(true);
  });

  it('does not voice before a consonant ending: айлыктан is айлык as written', () => {
    expect(kyrgyzReadings('айлыктан')).toContain('айлык');
    expect(kyrgyzReadings('айлыктан')).not.toContain('айлыг');
  });
});

describe('words that are not a vocabulary word plus endings', () => {
  it.each([
    ['келиңиз', 'келиндер'], // "come" (polite), not "young women"
    ['кабар', 'кабаре'], // "news", not "cabaret"
    ['сага', 'сауна'], // "to you", not "sauna"
    ['кызмат', 'кыз'], // "service", not "girl"
    ['кызматы', 'кыз'],
    ['кызыл', 'кыз'], // "red"
    ['жумушчулар', 'жумуш'], // "workers": -чу makes a new word, it is not an ending
    ['корейче', 'корея'], // "in Korean"
    ['Казакстандык', 'казакстан'], // "Kazakhstani": -дык makes an adjective
    ['ишенимдүү', 'иш'], // "reliable"
    ['алабыз', 'ал'], // "we take"
    ['бала', 'бал'], // "child", not "honey" + an ending
    ['айлыктан', 'айлыг'], // the voiced form is never the root of an unvoiced word
  ])('%s is not read as %s', (word, other) => {
    expect(reads(word, other)).toBe(false);
  });

  it('keys a word with no vocabulary reading as the word itself, folded', () => {
    expect(kyrgyzKeys('өлкөдөгү', new Set(['дубай']))).toEqual(['олкодогу']);
  });
});

describe('through the screener', () => {
  const places = (text: string) => screen(text, { detail: 'none' }).facts.destinations.map((d) => [d.id, d.country, d.text]);

  it('finds destinations in their Kyrgyz case forms, with the inflected word as the span', () => {
    expect(places('Дубайга кыздар керек, айлык жакшы.')).toEqual([['dubai', 'AE', 'Дубайга']]);
    expect(places('Туркияда иш бар, жатакана бекер.')).toEqual([['TR', 'TR', 'Туркияда']]);
    expect(places('Кыргызстандан Кореяга жумушчулар керек.')).toEqual([
      ['KG', 'KG', 'Кыргызстандан'],
      ['KR', 'KR', 'Кореяга'],
    ]);
    expect(places('Мариуполго курулуш жумушуна адамдар керек.')).toEqual([['UA', 'UA', 'Мариуполго']]);
    expect(places('Пермге вахтага жигиттер керек.')).toEqual([['moscow', 'RU', 'Пермге']]);
  });

  it('matches rule phrases written as bare words against inflected and keyboard-typed text', () => {
    // "чет өлкө" (abroad) in the __abroad signal matches "чет өлкөгө" and "чет олкодо"
    expect(traceRules('Чет өлкөгө жумушка чакырабыз.').get('__abroad')?.spans.length).toBe(1);
    expect(traceRules('Чет олкодо жумуш бар.').get('__abroad')?.spans.length).toBe(1);
  });
});
