/**
 * The playground page's script. scripts/playground.ts inlines it after the IIFE bundle, which
 * defines the global `sakbol`. Text from the ad reaches the page only through highlight() (which
 * HTML-escapes it) or textContent.
 */
import type * as Sakbol from '../src/index.js';

declare const sakbol: typeof Sakbol;
type Lang = Sakbol.Lang;

interface UiText {
  tagline: string;
  localeLabel: string;
  adLabel: string;
  placeholder: string;
  examples: string;
  level: Record<Sakbol.ScreenResult['level'], string>;
  score: string;
  language: string;
  languages: Record<Sakbol.ScreenResult['language'], string>;
  highlighted: string;
  indicators: string;
  none: string;
  advice: string;
  mitigations: string;
  notStated: string;
  message: string;
  footer: string;
}

const UI: Record<Lang, UiText> = {
  en: {
    tagline: 'Paste a job ad to see the warning signs of trafficking recruitment it contains. Everything runs in your browser: the text is not sent anywhere.',
    localeLabel: 'Language: ',
    adLabel: 'Job ad',
    placeholder: 'Paste the text of a job ad here…',
    examples: 'Examples:',
    level: { low: 'low risk', medium: 'medium risk', high: 'high risk' },
    score: 'Score',
    language: 'Ad language: ',
    languages: { en: 'English', ru: 'Russian', ky: 'Kyrgyz', mixed: 'mixed', unknown: 'unknown' },
    highlighted: 'Words behind the signals',
    indicators: 'Warning signs',
    none: 'No warning signs found.',
    advice: 'What to do',
    mitigations: 'Signs of a legitimate offer',
    notStated: 'Not stated in the ad',
    message: 'Message for a job seeker',
    footer: 'Risk signals, not verdicts.',
  },
  ru: {
    tagline: 'Вставьте объявление о работе, чтобы увидеть признаки вербовки в торговлю людьми. Всё работает в вашем браузере: текст никуда не отправляется.',
    localeLabel: 'Язык: ',
    adLabel: 'Объявление',
    placeholder: 'Вставьте сюда текст объявления…',
    examples: 'Примеры:',
    level: { low: 'низкий риск', medium: 'средний риск', high: 'высокий риск' },
    score: 'Оценка',
    language: 'Язык объявления: ',
    languages: { en: 'английский', ru: 'русский', ky: 'кыргызский', mixed: 'смешанный', unknown: 'не определён' },
    highlighted: 'Слова, на которых основаны признаки',
    indicators: 'Признаки риска',
    none: 'Признаков риска не найдено.',
    advice: 'Что делать',
    mitigations: 'Признаки добросовестного предложения',
    notStated: 'Не указано в объявлении',
    message: 'Сообщение для соискателя',
    footer: 'Признаки риска, а не вывод.',
  },
  ky: {
    tagline: 'Адам сатууга жалдоонун белгилерин көрүү үчүн жумуш жарнамасын коюңуз. Баары браузериңизде иштейт: текст эч жакка жөнөтүлбөйт.',
    localeLabel: 'Тил: ',
    adLabel: 'Жумуш жарнамасы',
    placeholder: 'Жарнаманын текстин бул жерге коюңуз…',
    examples: 'Мисалдар:',
    level: { low: 'төмөн тобокелдик', medium: 'орточо тобокелдик', high: 'жогору тобокелдик' },
    score: 'Упай',
    language: 'Жарнаманын тили: ',
    languages: { en: 'англисче', ru: 'орусча', ky: 'кыргызча', mixed: 'аралаш', unknown: 'аныкталган жок' },
    highlighted: 'Белгилерге негиз болгон сөздөр',
    indicators: 'Тобокелдик белгилери',
    none: 'Тобокелдик белгилери табылган жок.',
    advice: 'Эмне кылуу керек',
    mitigations: 'Ишенимдүү сунуштун белгилери',
    notStated: 'Жарнамада көрсөтүлгөн эмес',
    message: 'Жумуш издөөчүгө билдирүү',
    footer: 'Тобокелдик белгилери, өкүм эмес.',
  },
};

// Sample ads written for the playground (fictional companies and numbers).
const EXAMPLES: Array<{ label: string; text: string }> = [
  {
    label: 'English',
    text: 'HOSTESS WORK IN DUBAI! Girls 19-26 with good appearance. Salary from $4000 a month. Flights and visa arranged by us and repaid from your first salary. Documents are kept by the manager during the contract. Write to WhatsApp only: +971 55 010 2030',
  },
  {
    label: 'Русский',
    text: 'Срочно! Требуются девушки 18-25 лет для работы в Турции, официантки и хостес. Заработок от 3000$ в месяц, лёгкая работа. Билет и визу оформим, стоимость вычтем из зарплаты. Подробности только в личку в Telegram.',
  },
  {
    label: 'Кыргызча',
    text: 'Бишкектеги «Ак-Нур» ЖЧКсына ашпозчу керек. Маяна айына 35 000 сом, расмий эмгек келишими, иш убактысы 9:00–18:00, жекшемби дем алыш. Дарек: Бишкек ш., Токтогул көч. 120. Тел: 0312 55 44 33.',
  },
];

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const ad = $<HTMLTextAreaElement>('ad');
const localeSelect = $<HTMLSelectElement>('locale');

function list(el: HTMLElement, items: string[]): void {
  el.replaceChildren(...items.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
}

function renderChrome(locale: Lang): void {
  const t = UI[locale];
  document.documentElement.lang = locale;
  $('tagline').textContent = t.tagline;
  $('locale-label').textContent = t.localeLabel;
  $('ad-label').textContent = t.adLabel;
  ad.placeholder = t.placeholder;
  $('examples-label').textContent = t.examples;
  $('score-label').textContent = t.score;
  $('highlighted-label').textContent = t.highlighted;
  $('indicators-label').textContent = t.indicators;
  $('no-indicators').textContent = t.none;
  $('mitigations-label').textContent = t.mitigations;
  $('not-stated-label').textContent = t.notStated;
  $('message-label').textContent = t.message;
  $('footer').textContent = `${t.footer} sakbol ${sakbol.LIBRARY_VERSION} · rules ${sakbol.RULESET_VERSION}`;
}

function render(): void {
  const locale = localeSelect.value as Lang;
  renderChrome(locale);
  const text = ad.value;
  $('result').hidden = text.trim() === '';
  if (text.trim() === '') return;
  const t = UI[locale];
  const r = sakbol.screen(text, { locale });
  const level = $('level');
  level.className = `level ${r.level}`;
  level.textContent = t.level[r.level];
  $('score').textContent = String(r.score);
  $('language').textContent = t.language + t.languages[r.language];
  $('highlighted').innerHTML = sakbol.highlight(text, r, { format: 'html' });
  $('indicators').replaceChildren(
    ...r.indicators.map((i) => {
      const li = document.createElement('li');
      const title = Object.assign(document.createElement('b'), { textContent: i.title });
      const points = Object.assign(document.createElement('span'), { className: 'points', textContent: ` +${i.contribution}` });
      const evidence = Object.assign(document.createElement('div'), { className: 'evidence', textContent: [...new Set(i.spans.map((s) => `“${s.text}”`))].join(', ') });
      const explanation = Object.assign(document.createElement('div'), { textContent: i.explanation ?? '' });
      const advice = document.createElement('details');
      advice.append(Object.assign(document.createElement('summary'), { textContent: t.advice }), Object.assign(document.createElement('div'), { textContent: i.advice ?? '' }));
      li.append(title, points, evidence, explanation, advice);
      return li;
    }),
  );
  $('no-indicators').hidden = r.indicators.length > 0;
  $('mitigations-box').hidden = r.mitigations.length === 0;
  // A mitigation's contribution is 0 when there was no score to lower: show the points only when it lowered one.
  list($('mitigations'), r.mitigations.map((m) => (m.contribution !== 0 ? `${m.title} (${m.contribution})` : m.title)));
  $('not-stated-box').hidden = r.notStated.length === 0;
  list($('not-stated'), r.notStated.map((n) => (n.advice ? `${n.title}: ${n.advice}` : n.title)));
  $('message').textContent = sakbol.summarize(r, { audience: 'jobseeker', locale });
}

let timer: ReturnType<typeof setTimeout> | undefined;
ad.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(render, 120);
});
localeSelect.addEventListener('change', render);
$('example-buttons').append(
  ...EXAMPLES.map((e) => {
    const b = Object.assign(document.createElement('button'), { type: 'button', textContent: e.label });
    b.addEventListener('click', () => {
      ad.value = e.text;
      render();
    });
    return b;
  }),
);
const browserLocale = (navigator.language || 'en').slice(0, 2);
if (browserLocale === 'ru' || browserLocale === 'ky') localeSelect.value = browserLocale;
render();
