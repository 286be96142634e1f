// `reply-coach audit … --queue redis://…`: the audit's scoring handed to workers; what the command prints meanwhile.
import { UsageError } from '../documents/errors.js';
import type { CoachConfig } from '../index.js';
import type { SequencedRow } from '../audit/schema.js';
import type { Accumulator, SummaryLimits } from '../audit/summary.js';
import { checkRedisUrl, redactUrl } from '../audit/queue/connection.js';
import { QueueRunError, runQueuedAudit } from '../audit/queue/producer.js';
import type { QueueCoachConfig } from '../audit/queue/schema.js';
import { Progress } from '../audit/progress.js';

export interface QueuedAuditIo {
  err: (s: string) => void;
  version: string;
  quiet: boolean;
}

/** Scores `rows` on the queue's workers; the accumulator of every job, merged once each. Ctrl-C removes the run from the queue. */
export async function queuedAudit(
  rows: AsyncIterable<SequencedRow>,
  options: { url: string; config: CoachConfig; limits: Partial<SummaryLimits>; jobSize?: number },
  io: QueuedAuditIo,
): Promise<Accumulator> {
  const url = checkRedisUrl(options.url);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Reading the input is no measure here (it runs ahead of the workers): the share and the ETA
  // count replies merged against replies queued, once the whole input is queued.
  const merged = { read: 0 };
  let queued: number | undefined;
  const progress = new Progress({
    write: (text) => process.stderr.write(text),
    tty: Boolean(process.stderr.isTTY) && !process.env.CI,
    bytes: merged,
    get totalBytes() {
      return queued;
    },
    quiet: io.quiet,
  });
  const say = (line: string) => {
    if (io.quiet) return;
    progress.done();
    io.err(`reply-coach: ${line}`);
  };
  let workers = 0;
  let stalled = 0;
  /** Workers take up to a second to see a new run: "waiting" is said only when none came by then. */
  const since = Date.now();
  let waitingSaid = false;
  try {
    const result = await runQueuedAudit(rows, {
      url,
      version: io.version,
      // The CLI's config holds data only (packs are loaded JSON), which is what a worker can rebuild.
      config: options.config as QueueCoachConfig,
      limits: options.limits,
      ...(options.jobSize !== undefined ? { jobSize: options.jobSize } : {}),
      signal: stop.signal,
      onProgress: (p) => {
        const where = `run ${p.runId} on ${redactUrl(url)}`;
        const waiting = p.workers === 0 && Date.now() - since > 3000;
        if (p.workers > 0 && p.workers !== workers) say(`${where}: ${p.workers} worker${p.workers === 1 ? '' : 's'} connected`);
        else if (waiting && (workers > 0 || !waitingSaid)) say(`${where}: waiting for workers (reply-coach worker --queue ${redactUrl(url)})`);
        if (waiting) waitingSaid = true;
        if (p.stalled > stalled) say(`${p.stalled - stalled} job${p.stalled - stalled === 1 ? '' : 's'} back in the queue after a worker stopped answering`);
        workers = p.workers;
        stalled = p.stalled;
        merged.read = p.rowsDone;
        if (p.inputDone) queued = p.rowsQueued;
        progress.tick(p.rowsDone);
      },
    });
    progress.done();
    return result.accumulator;
  } catch (e) {
    if (stop.signal.aborted) throw new UsageError('audit stopped: its run was removed from the queue');
    // A job that failed on every try: one line with the job and the worker's reason, like any error the user acts on.
    if (e instanceof QueueRunError) throw new UsageError(e.message);
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
