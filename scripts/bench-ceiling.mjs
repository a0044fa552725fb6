// What this machine allows two screening threads, whatever the code does: one `sakbol screen` process
// screening N ads on its main thread (--workers 0: one thread does everything), then two such
// processes side by side, each over its own N ads. Nothing is shared between the two (no input,
// output, memory or scheduling of ours), so their combined rate against the single one is as much as
// two threads get from this machine; bench-batch.mjs's 2-worker scaling is read against it.
// Usage: node scripts/bench-ceiling.mjs [ADS_PER_PROCESS] [REPEAT]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { corpusAds, LANGS, root } from './bench-ads.mjs';

const cli = join(root, 'dist', 'cli.js');
const n = Number(process.argv[2] ?? 50_000);
const repeat = Number(process.argv[3] ?? 1);

const texts = LANGS.flatMap(corpusAds);

async function write(path, offset) {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) out.write(JSON.stringify({ id: `syn-${offset + i}`, text: texts[(offset + i) % texts.length] }) + '\n');
  await new Promise((resolve) => out.end(resolve));
}

const screen = (file) =>
  new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cli, 'screen', '--workers', '0', '--quiet', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`sakbol exited ${code}`))));
  });

const timed = async (files) => {
  const t0 = process.hrtime.bigint();
  await Promise.all(files.map(screen));
  return Number(process.hrtime.bigint() - t0) / 1e9;
};

const tmp = mkdtempSync(join(os.tmpdir(), 'sakbol-ceiling-'));
try {
  const a = join(tmp, 'a.jsonl');
  const b = join(tmp, 'b.jsonl');
  await write(a, 0);
  await write(b, n);
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores; node ${process.version}`);
  console.log(`command: node dist/cli.js screen --workers 0 --quiet FILE > /dev/null, ${n.toLocaleString('en-US')} ads a file`);
  let one = Infinity;
  let two = Infinity;
  for (let r = 0; r < repeat; r++) {
    one = Math.min(one, await timed([a]));
    two = Math.min(two, await timed([a, b]));
  }
  console.log(`one process:             ${one.toFixed(1)} s  ${Math.round(n / one)} ads/s`);
  console.log(`two processes together:  ${two.toFixed(1)} s  ${Math.round((2 * n) / two)} ads/s`);
  console.log(`ceiling: two = ${((2 * n) / two / (n / one)).toFixed(2)}x one${repeat > 1 ? ` (best of ${repeat} runs each)` : ''}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
