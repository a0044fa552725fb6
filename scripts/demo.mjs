// `npm start`: screens a sample of the bundled corpus ads with the built library and prints
// each ad's level, score and top indicators with the words that triggered them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '../dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const take = (lang, perLevel) => {
  const dir = join(root, 'corpora', lang);
  const ads = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
  return ['high', 'medium', 'low'].flatMap((level) => ads.filter((a) => a.level === level).slice(0, perLevel));
};
const sample = [...take('en', 2), ...take('ru', 1), ...take('ky', 1), ...take('mixed', 1)];
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
for (const ad of sample) {
  const r = screen(ad.text);
  const preview = ad.text.replace(/\s+/g, ' ').slice(0, 110);
  console.log(`${bold(r.level.toUpperCase().padEnd(6))} ${String(r.score).padStart(3)}  [${r.language}] ${ad.id}  ${preview}${ad.text.length > 110 ? '…' : ''}`);
  for (const i of r.indicators.slice(0, 3)) {
    console.log(`         +${String(i.contribution).padEnd(5)} ${i.ruleId}: ${i.title} — ${i.spans.slice(0, 3).map((s) => JSON.stringify(s.text)).join(', ')}`);
  }
  for (const m of r.mitigations.slice(0, 2)) console.log(`         ${String(m.contribution).padEnd(6)} ${m.ruleId}: ${m.title}`);
}
console.log(`\nScreened ${sample.length} sample ads. Levels are risk signals for a person to weigh, not verdicts.`);
