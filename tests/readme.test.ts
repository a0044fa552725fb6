import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { screen, summarize } from '../src/index.js';

// The README's chat-bot handler is run as printed, against the library's source.
const root = new URL('..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'sakbol-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the Telegram-style handler in the README answers as documented', async () => {
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('export function replyTo'));
  expect(block).toBeDefined();
  const file = join(dir, 'handler.ts');
  writeFileSync(file, block!.replace(/from 'sakbol'/g, `from '${join(root, 'src/index.js')}'`));
  const { replyTo } = (await import(file)) as { replyTo: (text: string, languageCode?: string) => string };
  const ad = 'Работа в Дубае для девушек 18-25, хостес, зарплата 5000$ в месяц, паспорт хранится у агентства, пишите только в WhatsApp';
  expect(replyTo(ad, 'ru')).toBe(summarize(screen(ad, { locale: 'ru' }), { audience: 'jobseeker', locale: 'ru' }));
  expect(replyTo(ad, 'ky')).toBe(summarize(screen(ad, { locale: 'ky' }), { locale: 'ky' }));
  expect(replyTo(ad, 'de')).toBe(summarize(screen(ad)));
  expect(replyTo('hi', 'ru')).toBe('Пришлите полный текст объявления о работе, и я покажу, какие признаки стоит проверить.');
});
