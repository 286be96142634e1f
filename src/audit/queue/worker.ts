/**
 * A queue worker: finds the audit runs registered in Redis, builds each run's coach from
 * its metadata, and scores the run's jobs until it is stopped. Any number of workers on
 * any number of machines may serve the same runs; a job's result is stored under its
 * index once (HSETNX), so a job retried after a crash or a stall never counts twice.
 */
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Coach } from '../../coach/coach.js';
import { issuesOf } from '../../schema/errors.js';
import { connect, probe, redactUrl } from './connection.js';
import { JobDataSchema, metaKey, queueName, resultsKey, RUNS_KEY, RunMetaSchema, type QueueCoachConfig, type RunMeta } from './schema.js';
import { scoreJob } from './score-job.js';

export interface QueueWorkerOptions {
  url: string;
  /** This worker's reply-coach version: runs started by another version are left to other workers. */
  version: string;
  createCoach: (config: QueueCoachConfig) => Coach;
  log: (line: string) => void;
  /** A line per job, not only per run. */
  verbose?: boolean;
  /** How often to look for new and finished runs, ms (default 1000). */
  pollMs?: number;
  /** See the README: how long a job's lock lasts without renewal, how often stalled jobs are looked for, how many stalls a job survives. */
  lockDuration?: number;
  stalledInterval?: number;
  maxStalledCount?: number;
}

/** Stores a job's result only while its run exists (a cancelled run's late results are dropped) and only once. */
const STORE_ONCE = `if redis.call('exists', KEYS[1]) == 0 then return -1 end
return redis.call('hsetnx', KEYS[2], ARGV[1], ARGV[2])`;

interface Attached {
  worker: Worker;
  connection: Redis;
}

/** Waits `ms`, or less when `signal` aborts. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done) => {
    const wake = () => (clearTimeout(timer), done());
    const timer = setTimeout(() => (signal.removeEventListener('abort', wake), done()), ms);
    signal.addEventListener('abort', wake, { once: true });
  });

/** Runs until `stop` aborts, then finishes the job in hand and closes its connections. */
export async function runQueueWorker(options: QueueWorkerOptions, stop: AbortSignal): Promise<void> {
  const { url, log } = options;
  await probe(url);
  const redis = connect(url);
  log(`waiting for audit runs on ${redactUrl(url)}`);
  /** Runs served, and runs left alone (null: another version, or a config this worker cannot build). */
  const runs = new Map<string, Attached | null>();

  const readMeta = async (runId: string): Promise<RunMeta | undefined> => {
    const text = await redis.get(metaKey(runId));
    if (text === null) return undefined;
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON: the schema below names it as not an object.
    }
    const parsed = RunMetaSchema.safeParse(data);
    if (parsed.success) return parsed.data;
    log(`run ${runId}: skipped: its metadata does not fit: ${issuesOf(parsed.error, 'meta').map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    return undefined;
  };

  const processor = (runId: string, meta: RunMeta, coach: Coach) => async (job: Job) => {
    const parsed = JobDataSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`job ${job.id}: ${issuesOf(parsed.error, 'data').map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    const { index, rows } = parsed.data;
    const started = performance.now();
    if (options.verbose) log(`run ${runId}: job ${index} started (${rows.length} rows, attempt ${job.attemptsStarted})`);
    const acc = scoreJob(coach, meta.limits, parsed.data);
    const stored = (await redis.eval(STORE_ONCE, 2, metaKey(runId), resultsKey(runId), String(index), JSON.stringify(acc))) as number;
    if (options.verbose) {
      const note = stored === 1 ? '' : stored === 0 ? ' (its result was already stored by an earlier attempt)' : ' (the run is over: result dropped)';
      log(`run ${runId}: job ${index} done in ${((performance.now() - started) / 1000).toFixed(2)} s${note}`);
    }
    return { rows: rows.length, stored: stored === 1 };
  };

  const attach = async (runId: string): Promise<Attached | null> => {
    const meta = await readMeta(runId);
    if (!meta) {
      // Registered but without metadata: its producer stopped long ago (the metadata expires). Clear it away.
      await forget(runId);
      return null;
    }
    if (meta.version !== options.version) {
      log(`run ${runId}: skipped: started by reply-coach ${meta.version}, this worker is ${options.version} (scores would differ)`);
      return null;
    }
    let coach: Coach;
    try {
      coach = options.createCoach(meta.config);
      // Rules compile, and the English tagger loads, on first need: here, not in the first job, whose lock is not renewed meanwhile.
      coach.analyze('Thank you for waiting. Your refund was processed by our team today.');
    } catch (e) {
      log(`run ${runId}: skipped: its coach config is not usable here: ${(e as Error).message.split('\n').join('; ')}`);
      return null;
    }
    const connection = connect(url);
    const worker = new Worker(queueName(runId), processor(runId, meta, coach), {
      connection,
      concurrency: 1,
      ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
      ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
      maxStalledCount: options.maxStalledCount ?? 2,
    });
    worker.on('error', (e) => log(`run ${runId}: ${e.message.split('\n')[0]}`));
    worker.on('failed', (job, e) => log(`run ${runId}: job ${job?.data?.index ?? job?.id} failed (attempt ${job?.attemptsMade}): ${e.message.split('\n')[0]}`));
    log(`run ${runId}: working (${meta.config.language ?? 'detected languages'}, ${meta.config.channel ?? 'email'})`);
    return { worker, connection };
  };

  /** A run whose producer is gone: its jobs and results are of use to nobody. */
  const forget = async (runId: string) => {
    const queue = new Queue(queueName(runId), { connection: redis });
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    await redis.multi().zrem(RUNS_KEY, runId).del(resultsKey(runId)).exec();
  };

  const detach = async (runId: string, attached: Attached | null) => {
    runs.delete(runId);
    if (!attached) return;
    await attached.worker.close();
    attached.connection.disconnect();
  };

  try {
    while (!stop.aborted) {
      try {
        const registered = await redis.zrange(RUNS_KEY, 0, -1);
        for (const runId of registered) if (!runs.has(runId)) runs.set(runId, await attach(runId));
        for (const [runId, attached] of runs) {
          const over = !registered.includes(runId) || (attached && !(await redis.exists(metaKey(runId))));
          if (over) {
            await detach(runId, attached);
            if (attached) log(`run ${runId}: over`);
          }
        }
      } catch (e) {
        // A worker outlives a Redis restart or a network hiccup: say so and look again.
        log(`redis: ${(e as Error).message.split('\n')[0]}`);
      }
      await sleep(options.pollMs ?? 1000, stop);
    }
  } finally {
    // Stopping: each BullMQ worker finishes its job in hand (a process that exits instead releases it:
    // its lock runs out and another worker's stalled check puts it back in the queue).
    await Promise.all([...runs].map(([runId, attached]) => detach(runId, attached)));
    redis.disconnect();
  }
}
