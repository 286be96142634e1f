/**
 * The queued audit against a real Redis (Debian's redis-server, started here on a free port,
 * nothing saved to disk): worker processes of the built CLI score the jobs, the producer
 * merges them, and the summary must equal the one a single process makes, also when a
 * worker is killed in the middle of a job. Without redis-server the tests are skipped
 * locally and fail when CI is set (.ci/run installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createCoach } from '../src/index.js';
import { runQueuedAudit, type QueuedAuditOptions } from '../src/audit/queue/producer.js';
import { scoreRow } from '../src/audit/score-row.js';
import { accumulate, createAccumulator, finishSummary } from '../src/audit/summary.js';
import type { SequencedRow } from '../src/audit/schema.js';
import { metaKey, queueName, resultsKey, RUNS_KEY, type QueueCoachConfig, type RunMeta } from '../src/audit/queue/schema.js';
import pkg from '../package.json' with { type: 'json' };

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const redisServer = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
const missing = 'redis-server not found: install the Debian package "redis-server" (apt-get install -y --no-install-recommends redis-server); .ci/run does this before npm ci';
if (!redisServer && !process.env.CI) console.warn(`Skipping the queue tests. ${missing}. (With CI set they fail instead.)`);

const ROWS = 20_000;
/** The crash test's input: enough jobs for a kill in the middle, not the whole 20,000 again. */
const HEAD = 6_000;
/** The coach every worker must build from the run's metadata: a channel and a rule override that change the scores. */
const CONFIG: QueueCoachConfig = { language: 'en', channel: 'social', rules: { 'en.clarity.long-sentence': 'off' } };
const AGENTS = ['ana', 'ben', 'cy', 'dee', 'eli'];

/** 20,000 replies: the corpus's brand replies (with the customer's tweet) when present, else varied drafts; repeated with other agents and dates. */
function replies(): SequencedRow[] {
  const corpus = join(root, '..', 'shared', 'corpus', 'pairs-en.jsonl');
  const base: { id: string; team: string; reply: string; inReplyTo?: string }[] = existsSync(corpus)
    ? readFileSync(corpus, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string; customer: string; reply: string })
        .map((p) => ({ id: p.id, team: p.id.split(':')[1]!, reply: p.reply, inReplyTo: p.customer }))
    : drafts();
  return Array.from({ length: ROWS }, (_, seq) => {
    const b = base[seq % base.length]!;
    const round = Math.floor(seq / base.length);
    const at = new Date(Date.UTC(2026, 9, 1 + ((seq * 7) % 60), seq % 24)).toISOString();
    return { seq, row: { ...b, id: `${b.id}#${round}`, agent: AGENTS[(seq + round) % AGENTS.length]!, at } };
  });
}

function drafts() {
  const greetings = ['Hi Tom,', 'Hello,', '', 'Dear Ms. Lee,'];
  const bodies = [
    "Unfortunately we can't refund discounted products.",
    "I've sent a replacement today; it arrives by Friday.",
    'You should have read the FAQ. Calm down, it happens.',
    'Your ticket has been escalated to tier 2, the SLA is 48h.',
    'Thanks for your patience! We apologize for any inconvenience.',
    'Please contact your bank directly.',
  ];
  const closings = ['Best regards,\nJordan', 'Thanks!', '', 'Let me know if you need anything else.'];
  return greetings.flatMap((g, i) => bodies.flatMap((b, j) => closings.map((c, k) => ({ id: `d${i}${j}${k}`, team: `team-${j % 3}`, reply: [g, b, c].filter(Boolean).join('\n\n') }))));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** A process with its output collected, and a promise of its exit. */
function start(command: string, args: string[]) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const proc = { child, out: '', err: '', exit: new Promise<number | null>((done) => child.once('exit', (code) => done(code))) };
  child.stdout!.on('data', (d) => (proc.out += d));
  child.stderr!.on('data', (d) => (proc.err += d));
  return proc;
}
type Proc = ReturnType<typeof start>;

const until = async (what: () => boolean, ms: number, label: string) => {
  for (const end = Date.now() + ms; !what(); await new Promise((r) => setTimeout(r, 20))) if (Date.now() > end) throw new Error(`timed out waiting for ${label}`);
};

/** Until a worker command's processes (n with --concurrency n) all listen for runs. */
const ready = (p: Proc, processes = 1) => until(() => p.out.split('waiting for audit runs').length > processes, 30_000, 'the workers to start');
/** "run <id>: job <n> started" lines of a worker's log. */
const started = (p: Proc) => [...p.out.matchAll(/job (\d+) started/g)].map((m) => Number(m[1]));
const done = (p: Proc) => [...p.out.matchAll(/job (\d+) done/g)].map((m) => Number(m[1]));

describe.skipIf(!redisServer && !process.env.CI)('audit on a queue (real Redis)', () => {
  let redis: Proc | undefined;
  let url = '';
  const workers: Proc[] = [];
  const rows = replies();
  let expected = '';
  let expectedHead = '';

  const worker = (...extra: string[]) => {
    const w = start(process.execPath, [cli, 'worker', '--queue', url, '--verbose', ...extra]);
    workers.push(w);
    return w;
  };
  const audit = (extra: Partial<QueuedAuditOptions> = {}, input = rows) => runQueuedAudit(input, { url, version: pkg.version, config: CONFIG, jobSize: 250, pollMs: 100, ...extra });

  beforeAll(async () => {
    if (!redisServer) throw new Error(missing);
    expect(existsSync(cli), 'dist/cli.js is built by tests/setup.ts').toBe(true);
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = start(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    await until(() => /Ready to accept connections/.test(redis!.out), 10_000, 'redis-server');
    // The single-process summary, with the same config the workers get from the run.
    // The crash test runs on the first HEAD rows, whose summary comes on the way.
    const coach = createCoach(CONFIG);
    const acc = createAccumulator();
    for (const { seq, row } of rows) {
      if (seq === HEAD) expectedHead = JSON.stringify(finishSummary(structuredClone(acc)));
      accumulate(acc, scoreRow(coach, seq, row));
    }
    expected = JSON.stringify(finishSummary(acc));
  }, 120_000);

  afterAll(async () => {
    if (process.env.DEBUG_QUEUE) for (const w of workers) console.log(w.out.slice(-3000), w.err.slice(-3000));
    for (const p of [...workers, redis]) if (p && p.child.exitCode === null) p.child.kill('SIGKILL');
  });

  it('two worker processes give exactly the single-process summary, and stop cleanly on SIGTERM', async () => {
    const a = worker();
    const b = worker('--concurrency', '2');
    await Promise.all([ready(a), ready(b, 2)]);
    const result = await audit();
    expect(result.rows).toBe(ROWS);
    expect(result.jobs).toBe(ROWS / 250);
    expect(JSON.stringify(finishSummary(result.accumulator))).toBe(expected);
    // Both commands did part of the work: every job once, none twice (no worker stopped, nothing stalled).
    expect(done(a).length).toBeGreaterThan(0);
    expect(done(b).length).toBeGreaterThan(0);
    expect([...done(a), ...done(b)].sort((x, y) => x - y)).toEqual(Array.from({ length: ROWS / 250 }, (_, i) => i));
    expect(result.stalled).toBe(0);
    // SIGTERM: the job in hand is finished, connections closed, exit 0 (the supervisor's children too).
    for (const w of [a, b]) w.child.kill('SIGTERM');
    expect(await Promise.all([a.exit, b.exit])).toEqual([0, 0]);
    expect(a.err + b.err).not.toMatch(/error/i);
  }, 120_000);

  it('a worker killed in the middle of a job loses nothing and counts nothing twice', async () => {
    // Short locks and frequent stalled checks, so the killed worker's job is back in the queue within seconds.
    const victim = worker('--lock-duration', '4000', '--stalled-interval', '1000');
    const survivor = worker('--lock-duration', '4000', '--stalled-interval', '1000');
    await Promise.all([ready(victim), ready(survivor)]);
    let killedIn = -1;
    const watch = (async () => {
      // Once the victim has done a few jobs, kill it right after it starts one (its log line comes before the scoring).
      await until(() => done(victim).length >= 3 && started(victim).length > done(victim).length, 30_000, 'the victim to start a job');
      victim.child.kill('SIGKILL');
      killedIn = started(victim).at(-1)!;
    })().catch((e: Error) => e);
    const result = await audit({ jobSize: 100 }, rows.slice(0, HEAD));
    const failed = await watch;
    if (failed) throw failed;
    expect(JSON.stringify(finishSummary(result.accumulator))).toBe(expectedHead);
    expect(result.rows).toBe(HEAD);
    // The job the victim held went back to the queue (stalled) and the survivor scored it.
    expect(done(victim)).not.toContain(killedIn);
    expect(started(survivor)).toContain(killedIn);
    expect(result.stalled).toBeGreaterThanOrEqual(1);
    survivor.child.kill('SIGTERM');
    expect(await survivor.exit).toBe(0);
  }, 120_000);

  it('a job retried after its result was stored (its worker died before finishing the job) stores nothing', async () => {
    const w = worker();
    await ready(w);
    const redis = new Redis(url);
    const runId = 'retried';
    const meta: RunMeta = { version: pkg.version, createdAt: new Date().toISOString(), config: CONFIG, limits: createAccumulator().limits };
    // The earlier attempt's result: the first row's summary only, so a second store of the job's 20 rows would show.
    const earlier = createAccumulator();
    accumulate(earlier, scoreRow(createCoach(CONFIG), 0, rows[0]!.row));
    await redis.set(metaKey(runId), JSON.stringify(meta));
    await redis.hset(resultsKey(runId), '0', JSON.stringify(earlier));
    const queue = new Queue(queueName(runId), { connection: redis });
    try {
      await queue.add('score', { index: 0, rows: rows.slice(0, 20) }, { jobId: 'job-0' });
      await redis.zadd(RUNS_KEY, Date.now(), runId);
      await until(() => done(w).includes(0), 30_000, 'the job');
      expect(w.out).toMatch(/job 0 done in [\d.]+ s \(its result was already stored by an earlier attempt\)/);
      expect(await redis.hget(resultsKey(runId), '0')).toBe(JSON.stringify(earlier));
    } finally {
      await redis.multi().zrem(RUNS_KEY, runId).del(metaKey(runId), resultsKey(runId)).exec();
      await queue.obliterate({ force: true });
      await queue.close();
      redis.disconnect();
      w.child.kill('SIGTERM');
    }
    expect(await w.exit).toBe(0);
  }, 120_000);

  it('reply-coach audit --queue writes the summary a local audit writes', async () => {
    const w = worker();
    await ready(w);
    const dir = mkdtempSync(join(tmpdir(), 'reply-coach-queue-'));
    try {
      // 600 replies in the corpus's shape (brand in the id, the agent's sign-off), 12 jobs of 50.
      const lines = Array.from({ length: 600 }, (_, i) => {
        const d = drafts()[i % drafts().length]!;
        return JSON.stringify({ id: `twcs:Brand${i % 4}:${2 * i}>${2 * i + 1}`, source: 'twcs', customer: 'Where is my order?', reply: `${d.reply} ^${AGENTS[i % 5]!.toUpperCase()}` });
      });
      writeFileSync(join(dir, 'replies.jsonl'), `${lines.join('\n')}\n`);
      const audit = (...extra: string[]) => spawnSync(process.execPath, [cli, 'audit', 'replies.jsonl', '--channel', 'social', ...extra], { cwd: dir, encoding: 'utf8', timeout: 100_000 });
      const local = audit('--json', 'local.json', '--quiet');
      const queued = audit('--json', 'queued.json', '--queue', url, '--job-size', '50');
      expect(local.status, local.stderr).toBe(0);
      expect(queued.status, queued.stderr).toBe(0);
      expect(queued.stderr).toMatch(/: 1 worker connected/);
      expect(readFileSync(join(dir, 'queued.json'), 'utf8')).toBe(readFileSync(join(dir, 'local.json'), 'utf8'));
      expect(JSON.parse(readFileSync(join(dir, 'queued.json'), 'utf8')).totals.replies).toBe(600);
      await until(() => done(w).length >= 12, 5_000, "the worker's log");
      expect(done(w).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
      const rows = audit('--queue', url, '--rows', 'rows.jsonl');
      expect([rows.status, rows.stderr]).toEqual([2, 'reply-coach: --rows is not available with --queue: the workers keep only the summary of each job\n']);
    } finally {
      w.child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a bad Redis URL is one line and exit 2', async () => {
    const closed = `redis://127.0.0.1:${await freePort()}`;
    for (const [queue, message] of [
      ['http://localhost:6379', /--queue must start with redis:\/\/ or rediss:\/\//],
      ['redis://localhost:6379/zero', /--queue database must be a number/],
      [closed, /cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+: connect ECONNREFUSED/],
    ] as const) {
      const run = spawnSync(process.execPath, [cli, 'worker', '--queue', queue], { encoding: 'utf8', timeout: 20_000 });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    await expect(audit({ url: closed })).rejects.toThrow(/cannot reach Redis/);
    // A coach config the workers would refuse is refused before anything is queued.
    await expect(audit({ config: { channel: 'fax' } as unknown as QueueCoachConfig })).rejects.toThrow(/^config\.channel: /);
    const fixture = join(root, 'tests', 'fixtures', 'audit', 'generic.jsonl');
    const run = spawnSync(process.execPath, [cli, 'audit', fixture, '--queue', closed, '--quiet'], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^reply-coach: cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+: connect ECONNREFUSED[^\n]*\n$/);
  }, 120_000);
});
