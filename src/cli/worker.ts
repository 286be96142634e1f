// `reply-coach worker --queue redis://…`: scores the jobs of queued audits until stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createCoach } from '../index.js';
import { UsageError } from '../documents/errors.js';
import { checkRedisUrl, probe } from '../audit/queue/connection.js';
import { runQueueWorker } from '../audit/queue/worker.js';

export const WORKER_HELP = `Usage: reply-coach worker --queue redis://host[:port][/db] [options]

Scores the jobs of audits started with \`reply-coach audit <files> --queue <url>\`, on this
machine, until stopped. Start as many as you like, on as many machines as reach the Redis
server; each must run the same reply-coach version as the audit. Ctrl-C or SIGTERM finishes
the job in hand and exits; a second signal exits at once (the job goes back to the queue).

Options:
  --queue <url>            redis://[user:password@]host[:port][/db], or rediss:// for TLS
  --concurrency <n>        worker processes on this machine (default 1; one per core is best)
  --lock-duration <ms>     how long a job stays locked without a sign of life from its worker
                           (default 30000): a crashed worker's job waits this long
  --stalled-interval <ms>  how often to look for jobs of crashed workers (default 30000)
  --verbose                a line per job, not only per run`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  version: string;
}

function count(value: string | undefined, flag: string, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${flag} must be a whole number above 0, got "${value}"`);
  return n;
}

export async function runWorker(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      queue: { type: 'string' },
      concurrency: { type: 'string' },
      'lock-duration': { type: 'string' },
      'stalled-interval': { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(WORKER_HELP);
    return 0;
  }
  if (!values.queue) throw new UsageError('worker needs --queue redis://host:port');
  const url = checkRedisUrl(values.queue);
  const concurrency = count(values.concurrency, 'concurrency', 1)!;
  const lockDuration = count(values['lock-duration'], 'lock-duration', undefined);
  const stalledInterval = count(values['stalled-interval'], 'stalled-interval', undefined);
  if (concurrency > 1) {
    await probe(url);
    const own = argv.filter((a, i) => a !== '--concurrency' && argv[i - 1] !== '--concurrency' && !a.startsWith('--concurrency='));
    return supervise(concurrency, own, io);
  }

  // The first signal stops after the job in hand; a second exits now, and the job's lock runs out for another worker.
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    io.err('reply-coach worker: stopping after the job in hand (again to stop at once)');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Started by a supervising worker (--concurrency): stop when it goes away.
  process.once('disconnect', () => stop.abort());
  try {
    await runQueueWorker(
      {
        url,
        version: io.version,
        createCoach: (config) => createCoach(config),
        log: (line) => io.out(`${new Date().toISOString()} ${line}`),
        verbose: values.verbose ?? false,
        ...(lockDuration ? { lockDuration } : {}),
        ...(stalledInterval ? { stalledInterval } : {}),
      },
      stop.signal,
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // An open channel to a supervisor would keep this process alive.
    if (process.connected) process.disconnect();
  }
  return 0;
}

/**
 * --concurrency n: n worker processes (scoring is CPU work, so one process uses one core).
 * They get signals from this one only, once, and stop on their own if it dies.
 */
async function supervise(n: number, argv: string[], io: Io): Promise<number> {
  const children: ChildProcess[] = [];
  const exits: Promise<number>[] = [];
  for (let i = 0; i < n; i++) {
    const child = spawn(process.execPath, [process.argv[1]!, 'worker', ...argv], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true });
    children.push(child);
    exits.push(new Promise((done) => child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)))));
  }
  let signals = 0;
  const onSignal = () => {
    signals++;
    for (const child of children) if (child.exitCode === null) child.kill(signals === 1 ? 'SIGTERM' : 'SIGKILL');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const codes = await Promise.all(exits);
    const worst = Math.max(...codes);
    if (worst !== 0 && signals === 0) io.err(`reply-coach worker: ${codes.filter((c) => c !== 0).length} of ${n} worker processes stopped with an error`);
    return signals ? 0 : worst;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
