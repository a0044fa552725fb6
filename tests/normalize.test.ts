import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen } from '../src/index.js';
import { traceRules } from '../src/screen.js';
import { normalize, toOriginal } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokenize.js';
import { doubledPrefixes, fewestDoubledWords } from '../src/text/doubled-prefixes.js';
import { loadCorpus, ROOT } from '../scripts/corpus.js';
import { OBFUSCATIONS, rng } from './helpers/obfuscate.js';
import { unscanned } from './helpers/unscanned.js';

/** Every unit of the normalised text maps to a non-empty range of the original, in order. */
function expectExactMap(original: string): void {
  const n = normalize(original);
  expect(n.starts.length).toBe(n.text.length);
  expect(n.ends.length).toBe(n.text.length);
  for (let i = 0; i < n.text.length; i++) {
    expect(n.starts[i]!).toBeLessThan(n.ends[i]!);
    expect(n.ends[i]!).toBeLessThanOrEqual(original.length);
    if (i > 0) {
      expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
      expect(n.ends[i]!).toBeGreaterThanOrEqual(n.ends[i - 1]!);
    }
  }
}

/** The original text behind each token of the normalised text. */
function tokensOf(original: string): Array<[string, string]> {
  const n = normalize(original);
  return tokenize(n).map((t) => {
    const o = toOriginal(n, t.start, t.end);
    return [t.text, original.slice(o.start, o.end)];
  });
}

describe('normalize: base pass', () => {
  it.each([
    ['Hello WORLD Привет МИР', 'hello world привет мир'],
    ['It’s — 5 € «ok»', 'it’s — 5 € «ok»'],
    ['Ｓａｌａｒｙ １０００＄', 'salary 1000$'],
    ['Айлык ٥٠٠ سوم', 'айлык 500 سوم'],
    ['№5 İstanbul', 'no5 istanbul'],
    ['офи\u200bциа\u00adнт\u2060ка', 'официантка'],
    ['р\u0336а\u0336б\u0336о\u0336т\u0336а', 'работа'],
    ['рабо\u0301та, и\u0306 e\u0301 ho\u0301stess', 'работа, й e hostess'],
    ['Türkiye, Pinecone OÜ', 'türkiye, pinecone oü'],
    ['1\ufe0f\u20e32\ufe0f\u20e3', '12'],
  ])('%j -> %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
    expectExactMap(input);
  });

  it('maps plain ASCII and Cyrillic text onto itself', () => {
    const s = 'Work in Dubai, работа в Дубае';
    const n = normalize(s);
    expect(n.text).toBe(s.toLowerCase());
    expect([...n.starts]).toEqual([...s].map((_, i) => i));
    expect([...n.ends]).toEqual([...s].map((_, i) => i + 1));
  });

  it('maps a word with invisible characters back to all of it', () => {
    expect(tokensOf('Работа офи\u200bциа\u00adнтка')).toEqual([['работа', 'Работа'], ['официантка', 'офи\u200bциа\u00adнтка']]);
  });
});

describe('normalize: evasion folds', () => {
  it.each([
    // split letters
    ['О Ф И Ц И А Н Т К А в Д У Б А Е', 'официантка в дубае'],
    ['w.a.i.t.r.e.s.s wanted', 'waitress wanted'],
    ['W a i t r e s s', 'waitress'],
    ['h-o-s-t-e-s-s, д_е_в_у_ш_к_и', 'hostess, девушки'],
    ['Ж И Л Ь Ё  Б Е С П Л А Т Н О', 'жильё  бесплатно'],
    // look-alike letters inside mixed-script words
    ['oфициaнтка', 'официантка'],
    ['HOСTESS', 'hoctess'],
    ['Hоstess', 'hostess'],
    ['BИЗA', 'виза'],
    ['Зарплата 1ООО$, 5 ООО сом, 25О ООО руб', 'зарплата 1000$, 5 000 сом, 250 000 руб'],
    // leetspeak and stretched letters
    ['d4nc3r, h0stess, $alary, ca$h, c@sh, раб0та', 'dancer, hostess, salary, cash, cash, работа'],
    ['sooo easy, moneyyy, freeeee, gooood, jooob, кыздаааар, маааалымат', 'soo easy, money, free, good, job, кыздар, маалымат'],
    // A run that is the whole word stays: "÷" and "×" next to it are signs, not letters of the word.
    ['12÷ааа, 3×ааа, éooo', '12÷ааа, 3×ааа, éo'],
    // emoji as words
    ['✈️ бесплатно, 🏨 и 💰💰', 'билет бесплатно, жилье и деньги деньги'],
    ['Free ✈️ to 🇹🇷, 💰 easy, 📲', 'free flight to turkey, money easy, write to me'],
    ['Кыздар керек 👱‍♀️ 🇦🇪', 'кыздар керек кыздар баэ'],
    ['🇰🇷 дагы 🛂', 'корея дагы паспорт'],
    // amounts in words
    ['пять тысяч долларов', '5000 долларов'],
    ['две тысячи пятьсот $', '2500 $'],
    ['айына беш жүз доллар, бир жарым миң сом', 'айына 500 доллар, 1500 сом'],
    // A currency with a Kyrgyz case ending of any vowel harmony (money.json `kyrgyzEndings`).
    ['беш жүз сомго чейин, эки миң евродон', '500 сомго чейин, 2000 евродон'],
    // camel-case hashtags
    ['#РаботаВДубае для девушек', ' работа в дубае для девушек'],
    ['#WorkInDubai #EPSKorea #Dubai2025', ' work in dubai  eps korea  dubai 2025'],
    ['#WhatsAppJobs #VKontakteРабота', ' whatsapp jobs  vkontakte работа'],
    ['#работа_вДубае', ' работа_в дубае'],
    // hashtags in one case, split with the dictionary of place and role names and the words around them
    ['#работавдубае #workindubai #WORKINDUBAI', ' работа в дубае  work in dubai  work in dubai'],
    ['#дубайгакыздаркерек #официанттаркерек #southkorea', ' дубайга кыздар керек  официанттар керек  south korea'],
    // words a scrape glued where a line break was: the break goes back before the capital
    ['Communication skillsAbility to liftRequired', 'communication skills\nability to lift\nrequired'],
    ['Заработная плата 50.000 рублейРазъездного характера', 'заработная плата 50.000 рублей\nразъездного характера'],
    ['айлык 30 000 сомЖатакана бар, жумушуңузӨтө жакшы', 'айлык 30 000 сом\nжатакана бар, жумушуңуз\nөтө жакшы'],
  ])('%j -> %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
    expectExactMap(input);
  });

  it.each([
    'A. B. Ivanov, U.S.A., т.е., a b c',
    '$500, 5k, 3-5k, mp3, b2b, 10am, 4x4, covid19, 24/7',
    'hr@huaxin-road.com, @d4nc3r_job, www.site.com, user.name@mail.ru',
    'ООО «Ромашка», 2 ООО Ромашка, 5 октября, 00О',
    'МегаCom, SMSка, PRщик, DevOpsов, iPhone',
    'тысячи долларов, пять дней, ааа, xxx',
    'Работа в Бишкеке, айлык 30 000 сом, жатакана бар.',
    '👩‍⚕️ медсестра',
    // Names, tags in one case, codes and masked links: nothing to split.
    '#WhatsApp #LinkedIn #EPSPROGRAMME #URL_7a3dea8d6393ed #A12B34, WhatsApp, ТКПредлагаем',
    // One word, a word the dictionary lacks ("mall"), or no place or role among the words.
    '#дубай #dubaimall #вакансии #workabroad #работадлядевушек #москвасити',
    // Names in camel case start with a capital; short ones are units and brands; messenger names stay whole.
    'МегаФон, ВкусВилл, JavaScript, PayPal, кВт, МВт, iPhone, eBay, macOS, whatsAppJobs, linkedIn, ПерекрестокЕсть',
    // Addresses: their capitals are no line breaks.
    'CV → jobs@tundukSoft.kg, t.me/workDubai, site.com/careersPage, @rabotaDubai',
  ])('leaves ordinary text as it is: %j', (input) => {
    const n = normalize(input);
    expect(n.text).toBe(input.toLowerCase().replace('\u200d', '').replace('\ufe0f', ''));
    expect(n.lookalikes).toEqual([]);
  });

  it('reports mixed-script words and letter-O numbers by their original spans', () => {
    const s = 'Хостeс в Дубай, мaяна 1ООО$, Exсel, Oрганизация, MГТУ';
    const n = normalize(s);
    expect(n.lookalikes.map((l) => s.slice(l.start, l.end))).toEqual(['Хостeс', 'мaяна', '1ООО']);
  });

  it('gives a split word a span over the whole split run', () => {
    expect(tokensOf('Нужна О Ф И Ц И А Н Т К А в Дубай')).toEqual([
      ['нужна', 'Нужна'],
      ['официантка', 'О Ф И Ц И А Н Т К А'],
      ['в', 'в'],
      ['дубай', 'Дубай'],
    ]);
    const ad = 'W A I T R E S S job in Dubai for girls 18-25, salary 4000$, passport kept by the agency';
    const roles = screen(ad).facts.roles;
    expect(roles.map((r) => [r.text, r.start, r.end])).toEqual([['W A I T R E S S', 0, 15]]);
  });

  it('gives each word of a camel-case hashtag its own letters as span', () => {
    expect(tokensOf('#РаботаВДубае!')).toEqual([
      ['работа', 'Работа'],
      ['в', 'В'],
      ['дубае', 'Дубае'],
    ]);
  });

  it.each([
    ['camel case', '#РаботаВДубае для девушек, #Официантки, пишите в WhatsApp'],
    ['one case', '#работавдубае для девушек, #официантки, пишите в WhatsApp'],
  ])('reads an ad with hashtags in %s as written out, with spans in the tags', (_, ad) => {
    const d1 = screen(ad).indicators.find((i) => i.ruleId === 'D1.women-hospitality-abroad');
    expect(d1?.spans.map((x) => [x.start, x.end, x.text])).toEqual([
      [8, 13, ad.slice(8, 13)],
      [18, 25, 'девушек'],
      [28, 38, ad.slice(28, 38)],
    ]);
    expect([ad.slice(8, 13).toLowerCase(), ad.slice(28, 38).toLowerCase()]).toEqual(['дубае', 'официантки']);
    expect(screen(ad).level).toBe(screen('Работа в Дубае для девушек, официантки, пишите в WhatsApp').level);
  });

  it('gives each half of a glued word its own letters, in sentences of their own', () => {
    const original = 'Housing providedAirfare reimbursed';
    const tokens = tokenize(normalize(original));
    expect(tokens.map((t) => [t.text, original.slice(toOriginal(normalize(original), t.start, t.end).start, toOriginal(normalize(original), t.start, t.end).end), t.sentence])).toEqual([
      ['housing', 'Housing', 0],
      ['provided', 'provided', 0],
      ['airfare', 'Airfare', 1],
      ['reimbursed', 'reimbursed', 1],
    ]);
  });

  it('reads the currency and the role a glued word hid', () => {
    const ru = 'Заработная плата 50.000 рублейРазъездного характера работа';
    expect(screen(ru).facts.salary.map((x) => [x.text, x.currency, x.min])).toEqual([['50.000 рублей', 'RUB', 50000]]);
    const en = 'Benefits: paid time offJob title: Software Developer';
    expect(screen(en).facts.roles.map((r) => r.text)).toEqual(['Software Developer']);
  });

  it('gives an emoji word the span of the emoji', () => {
    const ad = 'Free ✈️ and 🏨, work in 🇦🇪';
    const r = traceRules(ad).get('B4.free-ticket-housing');
    expect(r?.spans.map((s) => ad.slice(s.start, s.end))).toContain('Free ✈️');
    expect(screen(ad).facts.destinations.map((d) => [d.id, d.text])).toEqual([['AE', '🇦🇪']]);
  });

  it('reads amounts in words as pay', () => {
    const s = screen('Работа в Дубае, зарплата пять тысяч долларов в месяц');
    expect(s.facts.salary.map((f) => [f.text, f.min, f.currency, f.period])).toEqual([['пять тысяч долларов в месяц', 5000, 'USD', 'month']]);
  });
});

describe('normalize: the pre-scan', () => {
  const same = (a: string): boolean => {
    const n = normalize(a);
    const u = unscanned(a);
    return n.text === u.text && [...n.starts].join() === u.starts.join() && [...n.ends].join() === u.ends.join();
  };
  const corpus = ['en', 'ru', 'ky', 'mixed', 'adversarial'].flatMap((l) => loadCorpus(l));

  it('never skips a fold that would change the text (corpora)', () => {
    expect(corpus.length).toBeGreaterThan(800);
    expect(corpus.filter((a) => !same(a.text)).map((a) => a.id)).toEqual([]);
  });

  it.each(Object.keys(OBFUSCATIONS))('never skips a fold that would change the text (corpora, %s)', (name) => {
    const obfuscated = corpus.filter((_, i) => i % 3 === 0).map((a, i) => ({ id: a.id, text: OBFUSCATIONS[name]!(a.text, a.lang, rng(i)) }));
    expect(obfuscated.filter((a) => !same(a.text)).map((a) => a.id)).toEqual([]);
  });
});

describe('rules/data/doubled-letters.json', () => {
  it('covers every doubled-letter word of the rules and reference tables', () => {
    const list: string[] = JSON.parse(readFileSync(join(ROOT, 'rules/data/doubled-letters.json'), 'utf8')).words;
    const prefixes = new Set(list.flatMap(doubledPrefixes));
    const texts: string[] = [];
    const walk = (x: unknown, key = ''): void => {
      if (typeof x === 'string') {
        if (!['id', 'fact', 'about', 'note', 'source', 'regex', 'explanation', 'advice', 'title', 'text', 'span', 'falsePositives'].includes(key)) texts.push(x);
      } else if (Array.isArray(x)) x.forEach((y) => walk(y, key));
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, k === 'examples' ? 'text' : k);
    };
    for (const f of ['A-pay', 'B-costs', 'C-documents', 'D-profile', 'E-role', 'F-channel', 'G-recruiter', 'H-marriage', 'L-legitimacy', 'signals']) {
      for (const r of JSON.parse(readFileSync(join(ROOT, 'rules/indicators', `${f}.json`), 'utf8'))) walk([r.patterns, r.exclude ?? []]);
    }
    for (const f of ['places', 'roles', 'lexicon', 'money']) walk(JSON.parse(readFileSync(join(ROOT, 'rules/data', `${f}.json`), 'utf8')));
    const words = new Set(texts.flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []));
    const missing = [...words].filter((w) => w.length >= 3 && !/(\p{L})\1\1/u.test(w) && [...w].some((c, i) => c === w[i + 1] && !prefixes.has(w.slice(0, i + 2))));
    expect(missing).toEqual([]);
  });

  // The bundles carry fewestDoubledWords(words) (tsup.config.ts): the fold must read the same beginnings.
  it('is carried as fewer words with the same doubled beginnings', () => {
    const list: string[] = JSON.parse(readFileSync(join(ROOT, 'rules/data/doubled-letters.json'), 'utf8')).words;
    const beginnings = (words: readonly string[]): string[] => [...new Set(words.flatMap(doubledPrefixes))].sort();
    const fewest = fewestDoubledWords(list);
    expect(beginnings(fewest)).toEqual(beginnings(list));
    expect(fewest.length).toBeLessThan(list.length);
    expect(fewestDoubledWords(['free', 'accepted', 'access', 'www', 'committee', 'commit', 'cat'])).toEqual(['access', 'committee', 'free', 'www']);
    expect(doubledPrefixes('committee')).toEqual(['comm', 'committ', 'committee']);
  });
});
