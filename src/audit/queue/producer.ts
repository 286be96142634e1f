/**
 * The producer of a queued audit: registers a run (its coach config as data), cuts the
 * input into jobs on the run's own BullMQ queue, and merges each job's result once, as
 * it arrives, into one accumulator. Only a bounded number of jobs wait in Redis at a
 * time, so neither this process nor Redis grows with the input.
 */
import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import type { SequencedRow } from '../schema.js';
import { createAccumulator, mergeAccumulators, type Accumulator, type SummaryLimits } from '../summary.js';
import { connect, probe } from './connection.js';
import { OptionsError } from '../../schema/errors.js';
import { MERGED, metaKey, queueName, resultsKey, RUNS_KEY, RunMetaSchema, type JobData, type QueueCoachConfig, type RunMeta } from './schema.js';

export interface QueuedAuditOptions {
  url: string;
  /** The producer's reply-coach version; only workers of the same version take the run. */
  version: string;
  /** The coach every worker builds for this run. */
  config: QueueCoachConfig;
  limits?: Partial<SummaryLimits>;
  /** Rows per job (default 500). */
  jobSize?: number;
  /** Jobs queued and not yet merged, at most (default 64): reading the input waits beyond it. */
  maxPendingJobs?: number;
  /** Tries per job before the run fails (default 3), with exponential backoff from `backoffMs` (default 1000). */
  attempts?: number;
  backoffMs?: number;
  /** How often results are collected, ms (default 250). */
  pollMs?: number;
  onProgress?: (progress: QueueProgress) => void;
  signal?: AbortSignal;
}

export interface QueueProgress {
  runId: string;
  rowsQueued: number;
  rowsDone: number;
  jobsQueued: number;
  jobsDone: number;
  /** Whether the whole input has been read (until then rowsQueued is no total). */
  inputDone: boolean;
  /** Workers connected to the run's queue. */
  workers: number;
  /** Jobs put back in the queue after their worker stopped answering (crash, kill, lost network). */
  stalled: number;
}

export interface QueuedAuditResult {
  runId: string;
  accumulator: Accumulator;
  rows: number;
  jobs: number;
  stalled: number;
}

/** A run whose job failed every attempt; the message names the job and the worker's reason. */
export class QueueRunError extends Error {
  override readonly name = 'QueueRunError';
}

/** Metadata lives an hour past the producer's last sign of life, so workers give up on a run whose producer died. */
const META_TTL_S = 3600;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function runQueuedAudit(rows: AsyncIterable<SequencedRow> | Iterable<SequencedRow>, options: QueuedAuditOptions): Promise<QueuedAuditResult> {
  const { url, signal } = options;
  const jobSize = options.jobSize ?? 500;
  const maxPending = options.maxPendingJobs ?? 64;
  const pollMs = options.pollMs ?? 250;
  const accumulator = createAccumulator(options.limits);
  const meta: RunMeta = { version: options.version, createdAt: new Date().toISOString(), config: options.config, limits: accumulator.limits };
  // What workers will check, checked here first: a config they would refuse must not wait for them forever.
  const checked = RunMetaSchema.safeParse(meta);
  if (!checked.success) throw OptionsError.from(checked.error);
  await probe(url);
  const redis = connect(url);
  const runId = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const queue = new Queue(queueName(runId), {
    connection: redis,
    defaultJobOptions: {
      attempts: options.attempts ?? 3,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
      // A merged job's rows are of no more use; a failed one is kept for its reason until the run is cleared.
      removeOnComplete: true,
      removeOnFail: false,
    },
  });
  const eventsConnection = connect(url);
  const events = new QueueEvents(queueName(runId), { connection: eventsConnection });
  const progress: QueueProgress = { runId, rowsQueued: 0, rowsDone: 0, jobsQueued: 0, jobsDone: 0, inputDone: false, workers: 0, stalled: 0 };
  events.on('stalled', () => progress.stalled++);
  events.on('error', () => {});
  /** Rows per queued job not yet merged, by job index. */
  const pending = new Map<number, number>();
  let lastBeat = Date.now();

  const collect = async () => {
    signal?.throwIfAborted();
    if (pending.size) {
      const indexes = [...pending.keys()];
      const results = await redis.hmget(resultsKey(runId), ...indexes.map(String));
      const merged: number[] = [];
      results.forEach((text, i) => {
        if (text === null || text === MERGED) return;
        const index = indexes[i]!;
        mergeAccumulators(accumulator, JSON.parse(text) as Accumulator);
        progress.rowsDone += pending.get(index)!;
        progress.jobsDone++;
        pending.delete(index);
        merged.push(index);
      });
      // The field stays (a late retry's HSETNX finds it and stores nothing); only its bulk goes.
      if (merged.length) await redis.hset(resultsKey(runId), Object.fromEntries(merged.map((i) => [String(i), MERGED])));
      const failed = await queue.getFailed(0, 0);
      if (failed[0]) throw new QueueRunError(`run ${runId}: job ${(failed[0].data as JobData).index} failed ${failed[0].attemptsMade} times: ${failed[0].failedReason}`);
    }
    if (Date.now() - lastBeat > 30_000) {
      lastBeat = Date.now();
      await redis.expire(metaKey(runId), META_TTL_S);
    }
    progress.workers = await queue.getWorkersCount().catch(() => progress.workers);
    options.onProgress?.({ ...progress });
  };

  let batch: SequencedRow[] = [];
  const enqueue = async () => {
    while (pending.size >= maxPending) {
      await sleep(pollMs);
      await collect();
    }
    const index = progress.jobsQueued;
    const data: JobData = { index, rows: batch };
    await queue.add('score', data, { jobId: `job-${index}` });
    pending.set(index, batch.length);
    progress.jobsQueued++;
    progress.rowsQueued += batch.length;
    batch = [];
  };

  try {
    await events.waitUntilReady();
    await redis.set(metaKey(runId), JSON.stringify(meta), 'EX', META_TTL_S);
    await redis.zadd(RUNS_KEY, Date.now(), runId);
    let lastCollect = Date.now();
    for await (const row of rows) {
      batch.push(row);
      if (batch.length < jobSize) continue;
      await enqueue();
      if (Date.now() - lastCollect >= pollMs) {
        lastCollect = Date.now();
        await collect();
      }
    }
    if (batch.length) await enqueue();
    progress.inputDone = true;
    await collect();
    while (pending.size) {
      await sleep(pollMs);
      await collect();
    }
    return { runId, accumulator, rows: progress.rowsDone, jobs: progress.jobsDone, stalled: progress.stalled };
  } finally {
    // Workers drop the run when its metadata goes; the queue and results go with it.
    await redis.multi().zrem(RUNS_KEY, runId).del(metaKey(runId)).exec().catch(() => {});
    await queue.obliterate({ force: true }).catch(() => {});
    await redis.del(resultsKey(runId)).catch(() => {});
    await Promise.allSettled([queue.close(), events.close()]);
    redis.disconnect();
    eventsConnection.disconnect();
  }
}
