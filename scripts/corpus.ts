import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Labelled corpus ads (corpora/<lang>/*.jsonl). */
export interface CorpusAd {
  id: string;
  lang: 'en' | 'ru' | 'ky' | 'mixed';
  text: string;
  level: 'low' | 'medium' | 'high';
  categories: string[];
  mitigations: string[];
  kind: string;
  style: string;
  note: string;
}

export const ROOT = new URL('..', import.meta.url).pathname;

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

export function loadCorpus(lang: string): CorpusAd[] {
  const dir = join(ROOT, 'corpora', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl<CorpusAd>(join(dir, f)));
}
