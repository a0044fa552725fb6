/** Rule authoring aid: `npx tsx scripts/try.ts "ad text"` prints every rule that fires (signals too) with spans. */
import { screen } from '../src/index.js';
import { traceRules } from '../src/screen.js';

const text = process.argv.slice(2).join(' ');
if (!text) {
  console.error('usage: npx tsx scripts/try.ts "ad text"');
  process.exit(2);
}
for (const [id, f] of traceRules(text)) console.log(id.padEnd(34), JSON.stringify(f.spans.map((s) => text.slice(s.start, s.end))));
const r = screen(text);
console.log(`score ${r.score} level ${r.level} language ${r.language}`);
for (const i of [...r.indicators, ...r.mitigations]) console.log(`  ${i.ruleId} ${i.contribution}`);
