import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Item } from './input/records.js';
import { createTask, type TaskOut, type TaskSpec } from './tasks.js';

/**
 * Runs a task over a stream of records on N worker threads and hands the results back in input
 * order. Memory stays bounded: each worker has at most WINDOW batches in flight, reading waits when
 * all windows are full, and results that arrive early wait only for the batches still in flight.
 * The sink may return a promise (output backpressure); no new batch is sent until it settles.
 */
export const BATCH = 64;
const WINDOW = 4;

type Sink<K extends TaskSpec['kind']> = (item: Item, out: TaskOut[K]) => void | Promise<void>;

interface Request {
  id: number;
  items: Item[];
}
type Reply = { id: number; results: unknown[] } | { id: number; fatal: string };

/** Worker side: build the task once, then answer batches until the main thread lets go. */
export function serveWorker(): void {
  const port = parentPort!;
  const task = createTask(workerData as TaskSpec);
  port.on('message', (req: Request) => {
    try {
      port.postMessage({ id: req.id, results: task(req.items) } satisfies Reply);
    } catch (e) {
      port.postMessage({ id: req.id, fatal: (e as Error).stack ?? String(e) } satisfies Reply);
    }
  });
}

/** Splits the reader's chunks into batches of at most BATCH records, without waiting to fill one. */
async function* batches(source: AsyncIterable<Item[]>): AsyncGenerator<Item[]> {
  for await (const chunk of source) for (let i = 0; i < chunk.length; i += BATCH) yield chunk.slice(i, i + BATCH);
}

/** workers = 0: everything on the main thread (no thread start-up; what small inputs want). */
export async function runTask<S extends TaskSpec>(spec: S, workers: number, source: AsyncIterable<Item[]>, sink: Sink<S['kind']>): Promise<void> {
  if (workers === 0) {
    const task = createTask(spec);
    for await (const items of batches(source)) {
      const results = task(items);
      for (let i = 0; i < items.length; i++) {
        const wait = sink(items[i]!, results[i]!);
        if (wait) await wait;
      }
    }
    return;
  }
  const pool = new Pool<S['kind']>(spec, workers, sink);
  try {
    for await (const items of batches(source)) await pool.send(items);
    await pool.drain();
  } finally {
    await pool.close();
  }
}

class Pool<K extends TaskSpec['kind']> {
  private readonly threads: Worker[];
  private readonly inFlight: number[];
  private readonly pending = new Map<number, { items: Item[]; results?: unknown[] }>();
  private nextId = 0;
  private nextOut = 0;
  private failure: unknown;
  private closing = false;
  private wake: (() => void) | undefined;
  private emitting: Promise<void> = Promise.resolve();

  constructor(
    spec: TaskSpec,
    workers: number,
    private readonly sink: Sink<K>,
  ) {
    this.inFlight = new Array<number>(workers).fill(0);
    this.threads = Array.from({ length: workers }, (_, w) => {
      const t = new Worker(new URL(import.meta.url), { workerData: spec });
      t.on('message', (reply: Reply) => this.receive(w, reply));
      t.on('error', (e) => this.fail(e));
      t.on('exit', (code) => code !== 0 && !this.closing && this.fail(new Error(`worker ${w} stopped with code ${code}`)));
      return t;
    });
  }

  private fail(e: unknown): void {
    this.failure ??= e;
    this.signal();
  }

  private signal(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private async until(ready: () => boolean): Promise<void> {
    while (!ready()) {
      if (this.failure !== undefined) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure !== undefined) throw this.failure;
  }

  async send(items: Item[]): Promise<void> {
    await this.until(() => this.inFlight.some((n) => n < WINDOW));
    await this.emitting; // output backpressure: the sink has caught up before more work goes out
    let w = 0;
    for (let i = 1; i < this.inFlight.length; i++) if (this.inFlight[i]! < this.inFlight[w]!) w = i;
    const id = this.nextId++;
    this.pending.set(id, { items });
    this.inFlight[w]!++;
    this.threads[w]!.postMessage({ id, items } satisfies Request);
  }

  private receive(w: number, reply: Reply): void {
    this.inFlight[w]!--;
    if ('fatal' in reply) return this.fail(new Error(`worker ${w}: ${reply.fatal}`));
    this.pending.get(reply.id)!.results = reply.results;
    this.emitting = this.emitting.then(() => this.emit()).catch((e: unknown) => this.fail(e));
    this.signal();
  }

  /** Hands finished batches to the sink in input order. */
  private async emit(): Promise<void> {
    for (let b = this.pending.get(this.nextOut); b?.results; b = this.pending.get(this.nextOut)) {
      this.pending.delete(this.nextOut++);
      for (let i = 0; i < b.items.length; i++) {
        // Awaited only when the sink waits (output backpressure): a microtask per record adds up.
        const wait = this.sink(b.items[i]!, b.results[i] as TaskOut[K]);
        if (wait) await wait;
      }
      if (this.failure !== undefined) return;
    }
  }

  async drain(): Promise<void> {
    await this.until(() => this.inFlight.every((n) => n === 0));
    await this.emitting;
    if (this.failure !== undefined) throw this.failure;
  }

  async close(): Promise<void> {
    this.closing = true; // terminate() ends the workers with a non-zero code: not a failure
    await Promise.all(this.threads.map((t) => t.terminate()));
  }
}
