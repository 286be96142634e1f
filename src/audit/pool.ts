/**
 * Scores rows on a pool of worker threads (tinypool): rows go out in batches, to amortise the
 * messaging, and come back in input order, so per-row output and the summary are exactly the
 * sequential run's. At most `maxInFlight` batches are out at once and the input is read only as
 * fast as results are taken, so memory stays flat on any input size.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import type { CoachConfig } from '../index.js';
import type { PoolWorkerData } from './pool-worker.js';
import type { RowResult, SequencedRow } from './schema.js';

export interface PoolOptions {
  /** Worker threads (default: the machine's available parallelism). */
  threads?: number;
  /** The coach every thread builds: plain data (packs as JSON objects), as the CLI makes it. */
  coachConfig: CoachConfig;
  /** Rows per task (default 250). */
  batchSize?: number;
  /** Batches handed out and not yet taken back (default: two per thread, so no thread waits). */
  maxInFlight?: number;
  /** Stops the run: no more rows are read, the threads are ended, and the generator throws the abort reason. */
  signal?: AbortSignal;
  /** The worker module; by default dist/audit-worker.js beside the CLI. */
  workerUrl?: URL;
}

/** A batch that failed in its worker: the rows it held and why. */
export class PoolTaskError extends Error {
  override readonly name = 'PoolTaskError';
  constructor(
    readonly firstSeq: number,
    readonly lastSeq: number,
    cause: unknown,
  ) {
    super(`scoring rows ${firstSeq}–${lastSeq} failed in a worker thread: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** dist/audit-worker.js, from dist/ or from the CLI's chunks in dist/cli/. */
function defaultWorkerUrl(): URL {
  for (const candidate of ['./audit-worker.js', '../audit-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error('reply-coach: dist/audit-worker.js is missing (build the package)');
}

export async function* scoreInPool(rows: AsyncIterable<SequencedRow> | Iterable<SequencedRow>, options: PoolOptions): AsyncGenerator<RowResult> {
  const threads = options.threads ?? availableParallelism();
  const batchSize = options.batchSize ?? 250;
  const maxInFlight = options.maxInFlight ?? 2 * threads;
  const { signal } = options;
  signal?.throwIfAborted();
  const workerData: PoolWorkerData = { coachConfig: options.coachConfig };
  const pool = new Tinypool({ filename: (options.workerUrl ?? defaultWorkerUrl()).href, minThreads: threads, maxThreads: threads, workerData });
  const pending: Promise<RowResult[]>[] = [];
  const submit = (batch: SequencedRow[]) => {
    const task = (pool.run(batch, signal ? { signal } : {}) as Promise<RowResult[]>).catch((e: unknown) => {
      throw signal?.aborted ? signal.reason : new PoolTaskError(batch[0]!.seq, batch[batch.length - 1]!.seq, e);
    });
    // Awaited in order below; until then a failure must not count as unhandled.
    task.catch(() => {});
    pending.push(task);
  };
  try {
    let batch: SequencedRow[] = [];
    for await (const row of rows) {
      signal?.throwIfAborted();
      batch.push(row);
      if (batch.length < batchSize) continue;
      submit(batch);
      batch = [];
      while (pending.length >= maxInFlight) yield* await pending.shift()!;
    }
    if (batch.length > 0) submit(batch);
    while (pending.length > 0) yield* await pending.shift()!;
  } finally {
    // Also when the consumer stops early or a batch failed: the threads end with the run.
    await pool.destroy();
  }
}
