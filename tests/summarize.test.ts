import { describe, expect, it } from 'vitest';
import { InputError, OptionsError, screen, summarize, type Indicator, type Lang, type ScreenResult } from '../src/index.js';
import { bundledRules } from '../src/rules.js';
import type { Rule } from '../src/schema/rule.js';

// Titles and advice come from the rules, in the requested locale; the rest of the wording is pinned here.
const rule = (id: string): Rule => (bundledRules as Rule[]).find((r) => r.id === id)!;
const T = (id: string, l: Lang): string => rule(id).title[l]!;
const check = (id: string, l: Lang): string => `${rule(id).advice[l]!.split(/(?<=[.!?]) /)[0]}`;

function ind(ruleId: string, contribution: number, spans: string[]): Indicator {
  return { ruleId, category: ruleId.slice(0, 2) as Indicator['category'], severity: 'strong', contribution, title: T(ruleId, 'en'), references: [], spans: spans.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text })) };
}
function result(level: ScreenResult['level'], score: number, indicators: Indicator[], extra: Partial<ScreenResult> = {}): ScreenResult {
  const r = screen('');
  return {
    ...r, level, score, indicators, locale: 'en',
    notStated: [{ id: 'employer', title: 'Employer not named' }, { id: 'contract', title: 'No written contract mentioned' }],
    help: [{ country: 'KG', number: '189', name: "Kyrgyzstan's free counter-trafficking hotline (IOM-supported)" }],
    ...extra,
  };
}
const HIGH = result('high', 82, [
  ind('C1.passport-held-by-employer', 30.5, ['passport', 'kept', 'passport']),
  ind('B1.worker-pays-fee', 25, ['visa fee\n 300 $']),
  ind('F1.messenger-only-contact', 14, ['WhatsApp']),
  ind('A2.easy-money-phrase', 8, ['easy money']),
  ind('A2.high-pay-pitch', 4.5, []),
], { mitigations: [{ ...ind('L1.licence-number', -12, ['лиц. № 123']), title: T('L1.licence-number', 'en') }] });

describe('summarize for job seekers', () => {
  it('high, in Russian: intro, what stands out (3 and a count), checks from the rules, help line', () => {
    expect(summarize(HIGH, { locale: 'ru' })).toBe(
      'В этом объявлении есть несколько тревожных признаков, которые часто встречаются в рискованных предложениях работы. Это ничего не доказывает о работодателе, но проверьте пункты ниже, прежде чем соглашаться или ехать.\n\n' +
        `Что настораживает:\n• ${T('C1.passport-held-by-employer', 'ru')}\n• ${T('B1.worker-pays-fee', 'ru')}\n• ${T('F1.messenger-only-contact', 'ru')}\n• и ещё 2\n\n` +
        `Прежде чем соглашаться, проверьте:\n• ${check('C1.passport-held-by-employer', 'ru')}\n• ${check('B1.worker-pays-fee', 'ru')}\n• ${check('F1.messenger-only-contact', 'ru')}\n\n` +
        'Бесплатная помощь и консультация: 189 — бесплатная горячая линия Кыргызстана по борьбе с торговлей людьми (при поддержке МОМ)',
    );
  });

  it('medium, in Kyrgyz, with maxItems; repeated advice listed once, then what the ad leaves out', () => {
    const r = result('medium', 40, [ind('A2.easy-money-phrase', 20, ['easy money']), ind('A2.high-pay-pitch', 20, ['high pay'])]);
    expect(check('A2.easy-money-phrase', 'ky')).toBe(check('A2.high-pay-pitch', 'ky'));
    expect(summarize(r, { locale: 'ky', maxItems: 2 })).toBe(
      'Бул жарнамада жооп берүүдөн же жолго чыгуудан мурун текшере турган белгилер бар.\n\n' +
        `Эмнеге көңүл буруу керек:\n• ${T('A2.easy-money-phrase', 'ky')}\n• ${T('A2.high-pay-pitch', 'ky')}\n\n` +
        `Макул болуудан мурун текшериңиз:\n• ${check('A2.easy-money-phrase', 'ky')}\n• Иш берүүчүнүн толук юридикалык атын сурап, расмий реестрден текшериңиз.\n\n` +
        'Акысыз жардам жана кеңеш: 189 — Кыргызстандагы адам сатууга каршы акысыз ишеним телефону (ЭМУ колдоосу менен)',
    );
  });

  it('nothing found, in English: no signal list, checks from what is not stated and general advice', () => {
    const r = result('low', 0, [], { notStated: [{ id: 'address', title: 'No address' }] });
    expect(summarize(r)).toBe(
      'No warning signs were found in this ad. Every job offer is still worth checking.\n\n' +
        'Before you agree, check:\n• Ask where the office and the workplace are, and visit the office.\n• Ask for a written contract in a language you read, and keep a copy.\n• Keep your passport with you, and do not pay anyone for a job offer.\n\n' +
        "Free help and advice: 189 — Kyrgyzstan's free counter-trafficking hotline (IOM-supported)",
    );
  });
});

describe('summarize for moderators', () => {
  it('high, in English: level and score, evidence quoted once each (whitespace folded), legitimacy signals, not stated, help', () => {
    expect(summarize(HIGH, { audience: 'moderator', maxItems: 3 })).toBe(
      'Risk level: high (score 82 of 100). Several recruitment patterns seen in trafficking cases appear together: a person should review this ad. These are risk signals, not a verdict.\n\n' +
        `Risk signals:\n• ${T('C1.passport-held-by-employer', 'en')} (+30.5): “passport”, “kept”\n• ${T('B1.worker-pays-fee', 'en')} (+25): “visa fee 300 $”\n• ${T('F1.messenger-only-contact', 'en')} (+14): “WhatsApp”\n• and 2 more\n\n` +
        `Signs of a legitimate offer:\n• ${T('L1.licence-number', 'en')} (-12): “лиц. № 123”\n\n` +
        'Also noted: employer not named; no written contract mentioned.\n\n' +
        "Help line for job seekers: 189 — Kyrgyzstan's free counter-trafficking hotline (IOM-supported)",
    );
  });

  it('low, in Kyrgyz', () => {
    const r = result('low', 7.5, [ind('F1.messenger-only-contact', 7.5, ['WhatsApp'])], { notStated: [], help: [] });
    expect(summarize(r, { audience: 'moderator', locale: 'ky' })).toBe(
      'Тобокелдик деңгээли: төмөн (7.5/100 упай). Текшерүүнү талап кылган тобокелдик белгилеринин айкалышы жок.\n\n' +
        `Тобокелдик белгилери:\n• ${T('F1.messenger-only-contact', 'ky')} (+7.5): «WhatsApp»`,
    );
  });
});

describe('summarize on real results', () => {
  const ad = 'Girls 18-25 wanted as hostesses in Dubai! Salary $5000 per month. Your passport will be kept by the agency. Ticket is deducted from your salary. WhatsApp only +971 50 123 4567';
  it('writes in the requested locale whatever the result locale, and defaults to the result locale', () => {
    const en = screen(ad);
    const ru = screen(ad, { locale: 'ru' });
    expect(summarize(en, { locale: 'ru' })).toBe(summarize(ru));
    expect(summarize(ru, { locale: 'ky', audience: 'moderator' })).toBe(summarize(en, { locale: 'ky', audience: 'moderator' }));
    expect(summarize(screen(ad, { detail: 'none' }), { locale: 'ky' })).toBe(summarize(en, { locale: 'ky' }));
  });

  it('never uses accusing words, in any locale or audience', () => {
    const accusing = /\b(scam|fraud|criminal|trafficker|illegal|fake)\b|мошенн|преступ|торговец людьми|незаконн|алдамчы|кылмышкер/iu;
    for (const locale of ['en', 'ru', 'ky'] as const) for (const audience of ['jobseeker', 'moderator'] as const) {
      const text = summarize(screen(ad), { locale, audience });
      expect(text).not.toMatch(accusing);
      expect(text).toContain('189');
      expect(text.length).toBeLessThan(1500);
    }
  });

  it('rejects bad arguments with typed errors', () => {
    const r = screen(ad);
    expect(() => summarize({} as never)).toThrow(InputError);
    expect(() => summarize(null as never)).toThrow(InputError);
    expect(() => summarize(r, { audience: 'police' as never })).toThrow(OptionsError);
    expect(() => summarize(r, { locale: 'fr' as never })).toThrow(OptionsError);
    expect(() => summarize(r, { maxItems: 0 })).toThrow(OptionsError);
    expect(() => summarize(r, { tone: 'x' } as never)).toThrow(/Unrecognized key: "tone"/);
  });
});
