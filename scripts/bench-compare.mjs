// Compares the speed of two builds: this checkout's dist/ against another checkout's. On a shared
// machine the speed of one build drifts by 20% from one minute to the next, so the two are measured
// in alternation and the ratio of their medians is printed.
// Usage: node scripts/bench-compare.mjs OTHER_CHECKOUT [SETS] [PROCESSES] [--one-process]
//   OTHER_CHECKOUT: a built checkout, e.g. `git worktree add ../base HEAD~3 && (cd ../base && npm ci && npm run build)`
//   SETS: comma-separated, default en,ru,ky,mixed (their ~250-word joined ads); `long` for the English
//   ads written 200-300 words long (`long-ru`, `long-ky` for the Russian and Kyrgyz ones); `emscad` for
//   the real 200-300-word English ads of ../shared/external
//   (when present); `cold` for the cold start (import plus one first screen, in ms, one per process).
//   PROCESSES: fresh processes per build (default 30), the builds alternating. Each
//   screens the set ten times and reports its fastest round: interference only ever slows a round
//   down, so the fastest is the least disturbed. The median of those is compared. Measured with a
//   build against itself, 20-30 processes each: 0.984-1.010x (with each process's median round
//   instead, 1.009-1.016x on two sets).
//   --one-process runs both builds in one process instead, in alternating rounds (PROCESSES is then
//   the number of rounds): quicker, but the two copies of the code are compiled apart, and a build
//   against itself measured 0.93-1.02x over 30-100 rounds. (--separate, the old name of the default,
//   is accepted.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { corpusAds, externalAds, longAds, longFormAds, middle, root } from './bench-ads.mjs';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const [otherArg, setsArg = 'en,ru,ky,mixed', roundsArg = '30'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const separate = !flags.includes('--one-process');
const adsOf = (set) => (set === 'emscad' ? externalAds() : set.startsWith('long') ? longFormAds(set.slice(5) || 'en') : longAds(corpusAds(set)));

// A child process for `cold`: import one build and screen one ad, print the milliseconds.
if (flags.includes('--child') && setsArg === 'cold') {
  const t0 = performance.now();
  const { screen } = await import(otherArg);
  screen('Waitress in Dubai, girls 18-25, salary $3000 a month, WhatsApp +971 50 123 4567');
  process.stdout.write(String(performance.now() - t0));
  process.exit(0);
}

// A child process: screen the set with one build, print the µs/ad of its fastest round.
if (flags.includes('--child')) {
  const { createScreener } = await import(otherArg);
  const ads = adsOf(setsArg);
  const s = createScreener();
  for (let r = 0; r < 5; r++) for (const t of ads) s.screen(t); // warm-up
  const times = [];
  for (let r = 0; r < Number(roundsArg); r++) {
    const t0 = performance.now();
    for (const t of ads) s.screen(t);
    times.push(((performance.now() - t0) * 1000) / ads.length);
  }
  process.stdout.write(String(Math.min(...times)));
  process.exit(0);
}

if (!otherArg) {
  console.error('usage: node scripts/bench-compare.mjs OTHER_CHECKOUT [SETS] [PROCESSES] [--one-process]');
  process.exit(2);
}
const other = resolve(otherArg);
for (const dir of [root, other]) {
  if (!existsSync(join(dir, 'dist/index.js'))) {
    console.error(`${dir}: no dist/index.js (run npm run build there first)`);
    process.exit(2);
  }
}
const rounds = Number(roundsArg);
const [baseLib, currentLib] = [join(other, 'dist/index.js'), join(root, 'dist/index.js')];

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores; node ${process.version}`);
console.log(`base: ${other}\ncurrent: ${root}`);
console.log(separate ? `${rounds} alternating processes per build, each the fastest of 10 rounds over the set` : `${rounds} alternating rounds per build, in one process`);
const report = (set, b, c, unit = 'µs/ad', note = '') => console.log(`${set.padEnd(6)} base ${b.toFixed(0).padStart(5)} ${unit.padEnd(5)}  current ${c.toFixed(0).padStart(5)} ${unit.padEnd(5)}  current is ${(b / c).toFixed(3)}x as fast (medians${note})`);

/** Fresh child processes of the two builds, alternating which goes first: the medians of what they print. */
function alternate(set, childRounds) {
  const child = (lib) => Number(execFileSync(process.execPath, [new URL(import.meta.url).pathname, lib, set, childRounds, '--child'], { encoding: 'utf8' }));
  const times = [[], []];
  for (let r = 0; r < rounds; r++) for (const k of r % 2 ? [0, 1] : [1, 0]) times[k].push(child(k === 0 ? baseLib : currentLib));
  return [middle(times[0]), middle(times[1])];
}

for (const set of setsArg.split(',')) {
  if (set === 'cold') {
    report(set, ...alternate(set, '1'), 'ms', '; import plus a first screen');
    continue;
  }
  const ads = adsOf(set);
  if (ads.length === 0) {
    console.log(`${set}: no ads here, skipped`);
    continue;
  }
  if (separate) {
    report(set, ...alternate(set, '10'));
    continue;
  }
  const base = await import(baseLib);
  const current = await import(currentLib);
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
  report(set, ...builds.map((x) => middle(x.times)));
}
