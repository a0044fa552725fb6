// `npm run bench`: throughput and latency of screen() on one core, over the corpus ads repeated to at
// least 2,000 ads, and over ~250-word ads built by joining corpus ads of one language. Uses the built
// library (dist/), as a consumer would. Prints the machine and Node version with every figure.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const load = (lang) => {
  const dir = join(root, 'corpora', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
};
const words = (t) => t.split(/\s+/).filter(Boolean).length;

// Import plus first screen, in a fresh process (what a CLI or a serverless cold start pays).
const cold = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `
  const t0 = performance.now();
  const { screen } = await import(${JSON.stringify(join(root, 'dist/index.js'))});
  const t1 = performance.now();
  screen('Waitress in Dubai, girls 18-25, salary $3000 a month, WhatsApp +971 50 123 4567');
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstScreenMs: t2 - t1 }));
`], { encoding: 'utf8' }));

const { screen } = await import(join(root, 'dist/index.js'));

function run(label, ads, minAds = 2000) {
  const list = [];
  while (list.length < minAds) list.push(...ads);
  for (const t of list.slice(0, 200)) screen(t); // warm-up: JIT and stem memo
  const lat = new Float64Array(list.length);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < list.length; i++) {
    const s = process.hrtime.bigint();
    screen(list[i]);
    lat[i] = Number(process.hrtime.bigint() - s) / 1000;
  }
  const totalUs = Number(process.hrtime.bigint() - t0) / 1000;
  lat.sort();
  const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
  const avgWords = Math.round(list.reduce((s, t) => s + words(t), 0) / list.length);
  console.log(`${label.padEnd(22)} ${String(list.length).padStart(6)} ads  ${String(avgWords).padStart(4)} words/ad  ${String(Math.round(list.length / (totalUs / 1e6))).padStart(6)} ads/s  ${(totalUs / list.length).toFixed(0).padStart(5)} µs/ad  p50 ${q(0.5).toFixed(0)} µs  p99 ${q(0.99).toFixed(0)} µs`);
  return { label, ads: list.length, avgWords, adsPerSec: list.length / (totalUs / 1e6), usPerAd: totalUs / list.length, p50: q(0.5), p99: q(0.99) };
}

/** ~250-word ads: corpus ads of one language joined until they reach 250 words. */
function long(ads) {
  const out = [];
  let cur = [];
  for (const t of ads) {
    cur.push(t);
    if (words(cur.join('\n\n')) >= 250) {
      out.push(cur.join('\n\n'));
      cur = [];
    }
  }
  return out;
}

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; one core (main thread)`);
console.log(`cold start: import ${cold.importMs.toFixed(0)} ms + first screen ${cold.firstScreenMs.toFixed(0)} ms = ${(cold.importMs + cold.firstScreenMs).toFixed(0)} ms`);
const results = [];
for (const lang of ['en', 'ru', 'ky', 'mixed']) {
  const ads = load(lang);
  if (ads.length === 0) continue;
  results.push(run(`${lang} corpus`, ads));
  results.push(run(`${lang} 250-word`, long(ads)));
}
const en = results.find((r) => r.label === 'en 250-word');
for (const r of results.filter((x) => x.label.endsWith('250-word') && x !== en)) {
  console.log(`${r.label}: ${(r.usPerAd / en.usPerAd).toFixed(2)}x the English cost per ad`);
}
console.log(`RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
