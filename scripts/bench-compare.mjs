// Compares the speed of two builds in one process, in alternating rounds: this checkout's dist/ against
// another checkout's. On a shared machine the speed of one build drifts by 20% from one minute to the
// next; alternating rounds expose both builds to the same drift, so their ratio holds where two
// separate `npm run bench` runs do not.
// Usage: node scripts/bench-compare.mjs OTHER_CHECKOUT [LANGS] [ROUNDS]
//   OTHER_CHECKOUT: a built checkout, e.g. `git worktree add ../base HEAD~3 && (cd ../base && npm ci && npm run build)`
//   LANGS: comma-separated corpora (default en,ru,ky,mixed; their ~250-word joined ads), `long` for the
//   English ads written 200-300 words long, or `emscad` for the real 200-300-word English ads of
//   ../shared/external (when present); ROUNDS: rounds per build (default 30)
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { corpusAds, externalAds, longAds, longFormAds, middle, root } from './bench-ads.mjs';

const [otherArg, langsArg = 'en,ru,ky,mixed', roundsArg = '30'] = process.argv.slice(2);
if (!otherArg) {
  console.error('usage: node scripts/bench-compare.mjs OTHER_CHECKOUT [LANGS] [ROUNDS]');
  process.exit(2);
}
const other = resolve(otherArg);
for (const dir of [root, other]) {
  if (!existsSync(join(dir, 'dist/index.js'))) {
    console.error(`${dir}: no dist/index.js (run npm run build there first)`);
    process.exit(2);
  }
}
const base = await import(join(other, 'dist/index.js'));
const current = await import(join(root, 'dist/index.js'));
const rounds = Number(roundsArg);

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores; node ${process.version}`);
console.log(`base: ${other}\ncurrent: ${root}\n${rounds} alternating rounds per build over ~250-word ads`);
for (const lang of langsArg.split(',')) {
  const ads = lang === 'emscad' ? externalAds() : lang === 'long' ? longFormAds('en') : longAds(corpusAds(lang));
  if (ads.length === 0) {
    console.log(`${lang}: no ads here, skipped`);
    continue;
  }
  const builds = [
    { screener: base.createScreener(), times: [] },
    { screener: current.createScreener(), times: [] },
  ];
  for (let r = 0; r < 5; r++) for (const b of builds) for (const t of ads) b.screener.screen(t); // warm-up
  for (let r = 0; r < rounds; r++) {
    // Alternate which build goes first, so neither always runs on a warmer cache.
    for (const b of r % 2 ? builds : [...builds].reverse()) {
      const t0 = performance.now();
      for (const t of ads) b.screener.screen(t);
      b.times.push(((performance.now() - t0) * 1000) / ads.length);
    }
  }
  const [b, c] = builds.map((x) => middle(x.times));
  console.log(`${lang.padEnd(6)} base ${b.toFixed(0).padStart(5)} µs/ad  current ${c.toFixed(0).padStart(5)} µs/ad  current is ${(b / c).toFixed(2)}x as fast (medians)`);
}
