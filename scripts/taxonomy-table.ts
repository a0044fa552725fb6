/** `npx tsx scripts/taxonomy-table.ts`: the README's taxonomy table, generated from the bundled rules. */
import { references } from '../src/data.js';
import { bundledRules } from '../src/rules.js';
import { Rule } from '../src/schema/rule.js';

const rules = bundledRules.map((r) => Rule.parse(r)).filter((r) => r.kind !== 'signal');
const codes = [...new Set(rules.map((r) => r.category))].sort();
console.log('| code | rules (id: title) | references |');
console.log('|---|---|---|');
for (const code of codes) {
  const rs = rules.filter((r) => r.category === code);
  const refs = [...new Set(rs.flatMap((r) => r.references))].map((id) => `${references[id]!.framework.replace(/ indicators of forced labour| operational indicators of trafficking| Human Trafficking Case Data Standard| ethical recruitment/, '')}: ${references[id]!.name.replace(/ \(.*\)$/, '')}`);
  console.log(`| ${code} | ${rs.map((r) => `\`${r.id}\`: ${r.title.en}`).join('<br>')} | ${refs.join('; ')} |`);
}
