/**
 * What the rules cost against what every ad pays without them. Runs the stages of a screen, from
 * normalising to rule evaluation, over a set of ads with the bundled rules and with none (what is
 * left: normalising, tokenising, language detection, the gazetteer tries and the fact extractors),
 * in alternating rounds in one process, and prints µs per ad for each (fastest and median round).
 * From source, so the figures sit somewhat above `npm run bench`'s for whole screens of the build.
 *
 * Usage: npx tsx scripts/bench-floor.ts [SET] [ROUNDS]
 *   SET: `long` (default: the English ads written 200-300 words long), `long-ru`, `long-ky`, or
 *   `emscad` (the real English ads of ../shared/external, when present). ROUNDS: default 8.
 */
import os from 'node:os';
import { compileRules, type CompiledRules } from '../src/engine/compile.js';
import { evaluateRules } from '../src/engine/evaluate.js';
import { bundledRules } from '../src/rules.js';
import { readAd } from '../src/screen.js';
import type { Rule } from '../src/schema/rule.js';
// @ts-expect-error: a plain ES module without types
import { externalAds, longFormAds } from './bench-ads.mjs';

const set = process.argv[2] ?? 'long';
const rounds = Number(process.argv[3] ?? 8);
const ads: string[] = set === 'emscad' ? externalAds() : set.startsWith('long') ? longFormAds(set.slice(5) || 'en') : [];
if (ads.length === 0) {
  console.error(`bench-floor: no ads for set "${set}" (long, long-ru, long-ky, or emscad with ../shared/external present)`);
  process.exit(1);
}

const builds: Record<string, CompiledRules> = { 'bundled rules': compileRules(bundledRules as Rule[]), 'no rules': compileRules([]) };

function stages(c: CompiledRules, text: string): void {
  const { ctx, matches } = readAd(c, text);
  evaluateRules(c, ctx, matches, new Set());
}

// Warm up both, then alternate: the machine's speed drifts, and alternation spreads the drift evenly.
for (const c of Object.values(builds)) for (let r = 0; r < 15; r++) for (const a of ads) stages(c, a);
const times: Record<string, number[]> = Object.fromEntries(Object.keys(builds).map((k) => [k, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, c] of Object.entries(builds)) {
    const t0 = performance.now();
    for (let r = 0; r < 5; r++) for (const a of ads) stages(c, a);
    times[name]!.push(((performance.now() - t0) * 1000) / 5 / ads.length);
  }
}
console.log(`machine: ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores; node ${process.version}; set ${set}, ${ads.length} ads, ${rounds} rounds`);
for (const [name, t] of Object.entries(times)) {
  const sorted = [...t].sort((a, b) => a - b);
  console.log(`${name.padEnd(14)} fastest ${sorted[0]!.toFixed(0)} µs/ad, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} µs/ad`);
}
