// Batch benchmark (part of `npm run bench`): the built `sakbol screen` command over a synthetic
// JSONL file of 100,000 ads (corpus ads cycled, each with its own id), generated in a temp folder.
// Measures wall-clock ads/s on the main thread alone (--workers 0), with 1 worker and with N
// workers (N = the number of cores), the scaling from 1 to N workers, and each run's peak RSS
// (all threads of the process). CPU time (all threads) is printed too: on a shared machine the wall
// clock shows what the other processes leave, CPU time per ad shows the work done. With REPEAT > 1
// the configurations run in turn REPEAT times and the best wall-clock run of each is kept.
// Usage: node scripts/bench-batch.mjs [ADS] [REPEAT]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { corpusAds, LANGS, root } from './bench-ads.mjs';

const cli = join(root, 'dist', 'cli.js');
const total = Number(process.argv[2] ?? 100_000);
const repeat = Number(process.argv[3] ?? 1);
const cores = os.availableParallelism();

const texts = LANGS.flatMap(corpusAds);

const tmp = mkdtempSync(join(os.tmpdir(), 'sakbol-bench-'));
try {
  const input = join(tmp, 'ads.jsonl');
  const out = createWriteStream(input);
  for (let i = 0; i < total; i++) out.write(JSON.stringify({ id: `syn-${i}`, text: texts[i % texts.length] }) + '\n');
  await new Promise((resolve) => out.end(resolve));
  // Peak RSS of the whole process, worker threads included, printed as the process exits.
  const preload = join(tmp, 'rss.cjs');
  writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`maxrss ${u.maxRSS} cpu ${u.userCPUTime + u.systemCPUTime}\\n`); });\n");

  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}`);
  console.log(`input: ${total.toLocaleString('en-US')} ads (${texts.length} corpus ads cycled), ${(readFileSync(input).length / 2 ** 20).toFixed(1)} MiB JSONL`);
  console.log(`command: node dist/cli.js screen --workers W --quiet ads.jsonl > /dev/null`);

  const run = (workers) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--require', preload, cli, 'screen', '--workers', String(workers), '--quiet', input], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`sakbol exited ${r.status}: ${r.stderr}`);
    const [, kib, cpuUs] = /maxrss (\d+) cpu (\d+)/.exec(r.stderr) ?? [];
    return { workers, s, rss: Number(kib) / 1024, cpu: Number(cpuUs) / 1e6, load: os.loadavg()[0] };
  };
  const configs = cores > 1 ? [0, 1, cores] : [0, 1];
  const best = new Map();
  for (let i = 0; i < repeat; i++) {
    for (const w of configs) {
      const r = run(w);
      if (!best.has(w) || r.s < best.get(w).s) best.set(w, r);
    }
  }
  for (const { workers, s, rss, cpu, load } of best.values()) {
    const label = workers === 0 ? 'main thread only' : `${workers} worker${workers > 1 ? 's' : ''}`;
    console.log(`${label.padEnd(18)} ${s.toFixed(1).padStart(7)} s  ${String(Math.round(total / s)).padStart(6)} ads/s  CPU ${cpu.toFixed(1)} s (${((1e6 * cpu) / total).toFixed(0)} µs/ad)  peak RSS ${rss.toFixed(0)} MiB  (load average ${load.toFixed(1)} at the end)`);
  }
  if (cores > 1) console.log(`scaling: ${cores} workers = ${(total / best.get(cores).s / (total / best.get(1).s)).toFixed(2)}x one worker (target on 2 cores: 1.7x)${repeat > 1 ? `; best of ${repeat} runs each` : ''}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
