import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import batchIndicators from '../../../rules/data/batch-indicators.json';
import references from '../../../rules/data/references.json';
import type { Lang } from '../../index.js';
import type { Level } from '../../eval/metrics.js';
import { Linker, type Cluster } from '../../link/cluster.js';
import { buildTemplate, type Template } from '../../link/template.js';
import { INPUT_HELP, INPUT_OPTIONS, inputArgs, number, oneOf, parse } from '../args.js';
import { adOf, type AdId } from '../input/ad.js';
import { readItems } from '../input/records.js';
import { Output } from '../output/stream.js';
import { Run } from '../run.js';

export const LINK_HELP = `Usage: sakbol link [options] [FILE...]

Finds campaigns: ads that share a contact after normalisation (a phone number in any spelling:
+996 700 12 34 56, 0700123456 and 996700123456 are one number; an e-mail; a messenger handle; a
wa.me or t.me link) and ads whose texts are near-duplicates (MinHash over word shingles, LSH). Links
are transitive: a cluster is every ad reachable through them. For near-duplicates it shows the
shared template, with {1}, {2}… where the ads differ, and the values of each slot.

A cluster of --g3-min ads or more carries the batch-level indicator G3 (same text or contact
reused across many ads): a signal to weigh with what each ad says, since honest employers repost too.

Output (JSONL):
      --by B             cluster: one record per cluster of two or more ads, largest first (default)
                         ad: one record per input record, in input order, with its cluster
      --similarity S     near-duplicate threshold, estimated Jaccard similarity of word 3-shingles
                         (default 0.5)
      --min-words N      ads shorter than N words take no part in text similarity (default 12)
      --g3-min N         ads a cluster needs for G3 (default 5)
${INPUT_HELP}

Reads the input twice (the second time only for the texts of near-duplicates), so stdin is first
copied to a temporary file. Memory: a few hundred bytes per ad (no texts are kept).

Example:
  sakbol link ads.jsonl > campaigns.jsonl`;

/** Ads per cluster whose texts go into its template. */
const TEMPLATE_SAMPLE = 20;
/** Slot values listed per slot. */
const SLOT_VALUES = 10;

const G3 = batchIndicators.G3;
type Evidence = keyof typeof G3.evidence;

export async function linkCommand(argv: string[]): Promise<void> {
  const { values: v, positionals: given } = parse({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...INPUT_OPTIONS, by: { type: 'string' }, similarity: { type: 'string' }, 'min-words': { type: 'string' }, 'g3-min': { type: 'string' } },
  });
  if (v.help) return void process.stdout.write(LINK_HELP + '\n');
  const input = inputArgs(v);
  const by = oneOf('by', v.by, ['cluster', 'ad'] as const, 'cluster');
  const minSimilarity = number('similarity', v.similarity, 0.5, 0.05, 1, false);
  const minWords = number('min-words', v['min-words'], 12, 1, 10_000);
  const g3Min = number('g3-min', v['g3-min'], 5, 2, 1_000_000_000);

  const spool = given.length === 0 || given.includes('-') ? await spoolStdin() : undefined;
  try {
    const files = given.length === 0 ? [spool!.path] : given.map((f) => (f === '-' ? spool!.path : f));
    const shown = (f: string): string => (f === spool?.path ? '-' : f);
    const run = new Run(files, input, v.strict === true);
    const linker = new Linker();
    const ads: Array<{ id: AdId; file: string; line: number; level: Level | null; error?: string }> = [];
    await run.each({ kind: 'link', fields: input.fields, screen: run.screenOptions(), minWords }, (item, r) => {
      if ('error' in r) {
        run.malformedRecord({ ...item, file: shown(item.file) }, r.error);
        ads.push({ id: null, file: shown(item.file), line: item.line, level: null, error: r.error });
        linker.add({ contacts: [] });
        return;
      }
      ads.push({ id: r.id, file: shown(item.file), line: item.line, level: r.level });
      linker.add({ contacts: r.contacts, ...(r.signature ? { signature: r.signature } : {}) });
    });

    const clusters = linker.clusters(minSimilarity);
    const templates = await templatesOf(clusters, files, run);
    const out = new Output(v.output);
    const many = new Set(files).size > 1;
    const member = (i: number): Record<string, unknown> => ({ id: ads[i]!.id, ...(many ? { file: ads[i]!.file } : {}), line: ads[i]!.line, level: ads[i]!.level });
    if (by === 'cluster') {
      for (const [k, c] of clusters.entries()) await out.write(JSON.stringify(clusterRecord(k + 1, c, templates.get(c), g3Min, input.locale, (i) => ads[i]!.level, member)) + '\n');
    } else {
      const of = new Map<number, number>();
      for (const [k, c] of clusters.entries()) for (const i of c.members) of.set(i, k);
      for (const [i, a] of ads.entries()) {
        const k = of.get(i);
        const c = k === undefined ? undefined : clusters[k]!;
        const rec: Record<string, unknown> = { ...member(i), cluster: k === undefined ? null : k + 1, clusterAds: c?.members.length ?? 1, g3: (c?.members.length ?? 1) >= g3Min };
        if (a.error !== undefined) rec.error = a.error;
        await out.write(JSON.stringify(rec) + '\n');
      }
    }
    await out.end();
    if (!v.quiet) {
      const g3 = clusters.filter((c) => c.members.length >= g3Min);
      const sum = (cs: Cluster[]): string => cs.reduce((n, c) => n + c.members.length, 0).toLocaleString('en-US');
      process.stderr.write(`${run.headline('link')}\n  clusters of 2+ ads: ${clusters.length.toLocaleString('en-US')} (${sum(clusters)} ads); G3 (${g3Min}+ ads): ${g3.length.toLocaleString('en-US')} clusters (${sum(g3)} ads)\n`);
    }
  } finally {
    if (spool) await spool.cleanup();
  }
}

function clusterRecord(
  n: number,
  c: Cluster,
  template: Template | undefined,
  g3Min: number,
  locale: Lang,
  levelOf: (i: number) => Level | null,
  member: (i: number) => Record<string, unknown>,
): Record<string, unknown> {
  const levels: Record<Level, number> = { high: 0, medium: 0, low: 0 };
  for (const i of c.members) {
    const l = levelOf(i);
    if (l) levels[l]++;
  }
  const evidence: Evidence = c.sharedContacts.length > 0 && c.textLinked.length > 0 ? 'both' : c.sharedContacts.length > 0 ? 'contact' : 'text';
  const rec: Record<string, unknown> = {
    cluster: n,
    ads: c.members.length,
    g3: c.members.length >= g3Min,
    evidence,
    levels,
    sharedContacts: c.sharedContacts,
    nearDuplicates: c.textLinked.length,
  };
  if (template) {
    rec.template = template.template;
    rec.slots = template.slots.map((values) => values.slice(0, SLOT_VALUES));
    rec.templateFrom = template.ads;
    if (template.partial) rec.templatePartial = true;
  }
  if (c.members.length >= g3Min) {
    const text = (t: Record<string, string>): string => t[locale] ?? t.en!;
    rec.indicator = {
      category: G3.category,
      severity: G3.severity,
      title: text(G3.title),
      explanation: text(G3.explanation).replace('{{count}}', String(c.members.length)).replace('{{evidence}}', text(G3.evidence[evidence])),
      references: G3.references.map((id) => ({ id, ...(references.references as Record<string, { framework: string; name: string }>)[id]! })),
    };
  }
  rec.members = c.members.map(member);
  return rec;
}

/** Second pass: the texts of up to TEMPLATE_SAMPLE near-duplicate members per cluster, then their templates. */
async function templatesOf(clusters: readonly Cluster[], files: string[], run: Run): Promise<Map<Cluster, Template>> {
  const wanted = new Map<number, Cluster>();
  for (const c of clusters) if (c.textLinked.length >= 2) for (const i of c.textLinked.slice(0, TEMPLATE_SAMPLE)) wanted.set(i, c);
  const texts = new Map<Cluster, string[]>();
  if (wanted.size > 0) {
    for await (const items of readItems(files, { format: run.input.format, textField: run.input.fields.text }, { bytes: 0, total: undefined })) {
      for (const item of items) {
        const c = wanted.get(item.seq);
        if (!c) continue;
        const ad = adOf(item, run.input.fields);
        if ('error' in ad) continue; // cannot happen: it was read the same way in the first pass
        let list = texts.get(c);
        if (!list) texts.set(c, (list = []));
        list.push(ad.text);
      }
    }
  }
  return new Map([...texts.entries()].map(([c, t]) => [c, buildTemplate(t)]));
}

async function spoolStdin(): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'sakbol-link-'));
  const path = join(dir, 'stdin');
  await pipeline(process.stdin, createWriteStream(path));
  return { path, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
