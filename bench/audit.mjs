// `npm run bench:audit` (and the last step of `npm run bench`): the audit's throughput on the real
// replies in ../shared/corpus, in one run, written to BENCHMARKS.md under "Audit throughput":
//   1. first sight on one core: write-good and reply-coach on the same replies, each in a fresh
//      process (no cache has seen them), after a warm-up on the synthetic replies; median of runs;
//   2. the worker pool (dist/audit-pool.js) on 1 and on all threads against the same replies on
//      the main thread, each from a fresh start, on the corpus repeated to amortise thread start-up;
//   3. peak memory of the real `reply-coach audit` CLI on 100,000 and 1,000,000 rows (the corpus
//      pairs repeated into a temporary file), from /usr/bin/time or /proc.
//   node bench/audit.mjs [--quick]   (--quick: one run each, 20,000 and 200,000 rows)
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 1 : 3;
const THREADS = availableParallelism();
const MEMORY_ROWS = QUICK ? [20_000, 200_000] : [100_000, 1_000_000];
const CHANNEL = 'social';

const readJsonl = (file) =>
  readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

/**
 * The English replies of the corpus: the pairs with the customer's tweet as inReplyTo, then the lone
 * replies that are not already among the pairs (most of the pairs' replies are in replies-en too).
 */
function corpusRows() {
  const pairs = readJsonl('pairs-en.jsonl').map((p) => ({ reply: p.reply, inReplyTo: p.customer }));
  const paired = new Set(pairs.map((p) => p.reply));
  return [...pairs, ...readJsonl('replies-en.jsonl').filter((r) => !paired.has(r.text)).map((r) => ({ reply: r.text }))];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

// ---------- child: one tool, one pass, fresh caches ----------

async function child(tool) {
  const rows = corpusRows();
  const writeGood = (await import('write-good')).default;
  const { createCoach } = await import('../dist/index.js');
  const coach = createCoach({ channel: CHANNEL, ...(tool === 'reply-coach-en' ? { language: 'en' } : {}) });
  const lints = {
    'write-good': (row) => writeGood(row.reply).length,
    [tool]: (row) => coach.analyze(row.reply, row.inReplyTo ? { inReplyTo: row.inReplyTo } : {}).findings.length,
  };
  // Warm the JIT on synthetic replies the corpus does not contain.
  const warm = await warmUpRows();
  for (let i = 0; i < 3; i++) for (const row of warm) for (const lint of Object.values(lints)) lint(row);
  // Side by side: the two tools take turns on chunks of 100 replies, so a busy machine slows both alike.
  const time = Object.fromEntries(Object.keys(lints).map((name) => [name, { ms: 0, cpuMs: 0 }]));
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100);
    for (const [name, lint] of Object.entries(lints)) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      for (const row of chunk) lint(row);
      const cpu = process.cpuUsage(cpuStart);
      time[name].ms += performance.now() - start;
      time[name].cpuMs += (cpu.user + cpu.system) / 1000;
    }
  }
  process.stdout.write(JSON.stringify({ rows: rows.length, time }));
}

/**
 * Synthetic rows shaped like the corpus, so that the first corpus replies do not pay for warming code the
 * long built-in replies never reach: the built-in replies of every language, alone and answering another
 * one (a customer message), and short replies of two bank sentences, every other one answering a third.
 */
async function warmUpRows() {
  const { BANKS, builtinDrafts } = await import('./data/replies.mjs');
  const { bankSentences } = await import('./data/compose.mjs');
  const rows = [];
  for (const language of Object.keys(BANKS)) {
    const drafts = builtinDrafts(language);
    drafts.forEach((reply, i) => rows.push({ reply }, { reply, inReplyTo: drafts[(i + 1) % drafts.length] }));
    const { good, weak } = bankSentences(BANKS[language]);
    const sentences = [...good, ...weak];
    for (let i = 0; i + 2 < sentences.length; i += 2) rows.push(i % 4 ? { reply: `${sentences[i]} ${sentences[i + 1]}` } : { reply: `${sentences[i]} ${sentences[i + 1]}`, inReplyTo: sentences[i + 2] });
  }
  return rows;
}

/** The main thread's share of the pool comparison: the same rows on a fresh coach, from a fresh start. */
async function sequentialChild(copies) {
  const rows = repeated(corpusRows(), copies);
  const start = performance.now();
  const { createCoach } = await import('../dist/index.js');
  const coach = createCoach({ channel: CHANNEL });
  let first = 0;
  rows.forEach(({ row }, i) => {
    coach.analyze(row.reply, row.inReplyTo ? { inReplyTo: row.inReplyTo } : {});
    if (i === BATCH - 1) first = performance.now();
  });
  process.stdout.write(JSON.stringify(rates(rows.length, start, first, performance.now())));
}

/** Rows per task in the pool; the steady rate is timed from the first batch's end. */
const BATCH = 250;
const rates = (n, start, first, end) => ({ rows: n, fromStart: n / ((end - start) / 1000), steady: (n - BATCH) / ((end - first) / 1000) });

/** The corpus `copies` times over as audit rows (unique ids, input positions). */
function repeated(rows, copies) {
  const out = [];
  for (let c = 0; c < copies; c++) rows.forEach((r, i) => out.push({ seq: out.length, row: { id: `${c}:${i}`, reply: r.reply, ...(r.inReplyTo ? { inReplyTo: r.inReplyTo } : {}) } }));
  return out;
}

function runChild(env) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child ${JSON.stringify(env)} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// ---------- parent ----------

async function main() {
  if (!existsSync(join(CORPUS, 'pairs-en.jsonl'))) {
    console.log('audit bench: ../shared/corpus is missing; skipped (BENCHMARKS.md unchanged)');
    return;
  }
  const replies = corpusRows().length;
  const loadStart = loadavg()[0];

  // 1. First sight, one core: each reply-coach setting side by side with write-good, in a fresh process per run.
  const tools = ['write-good', 'reply-coach', 'reply-coach-en'];
  const perTool = Object.fromEntries(tools.map((t) => [t, { wall: [], cpu: [], ratio: [1] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const tool of tools.slice(1)) {
      const { rows, time } = runChild({ BENCH_AUDIT_CHILD: tool });
      for (const [name, { ms, cpuMs }] of Object.entries(time)) {
        perTool[name].wall.push(rows / (ms / 1000));
        perTool[name].cpu.push(rows / (cpuMs / 1000));
      }
      perTool[tool].ratio.push(time['write-good'].ms / time[tool].ms);
    }
  }
  const firstSight = Object.fromEntries(tools.map((t) => [t, { wall: median(perTool[t].wall), cpu: median(perTool[t].cpu), ratio: median(perTool[t].ratio) }]));
  console.log('first sight, replies/s, per CPU second, against write-good (medians):', JSON.stringify(firstSight, (k, v) => (typeof v === 'number' ? Number(v.toFixed(2)) : v)));

  // 2. The pool against the main thread, each timed from a fresh start (thread start-up and rule compiling included).
  const copies = QUICK ? 2 : 10;
  const rows = repeated(corpusRows(), copies);
  const { scoreInPool } = await import('../dist/audit-pool.js');
  const poolRates = async (threads) => {
    const start = performance.now();
    let n = 0;
    let first = 0;
    for await (const _ of scoreInPool(rows, { threads, coachConfig: { channel: CHANNEL }, batchSize: BATCH })) if (++n === BATCH) first = performance.now();
    return rates(n, start, first, performance.now());
  };
  const threadCounts = [...new Set([1, THREADS])];
  const scaling = Object.fromEntries(['main', ...threadCounts].map((k) => [k, { fromStart: [], steady: [] }]));
  const add = (key, r) => (scaling[key].fromStart.push(r.fromStart), scaling[key].steady.push(r.steady));
  for (let run = 0; run < RUNS; run++) {
    add('main', runChild({ BENCH_AUDIT_SEQUENTIAL: String(copies) }));
    for (const t of threadCounts) add(t, await poolRates(t));
  }
  const pool = Object.fromEntries(Object.entries(scaling).map(([k, v]) => [k, { fromStart: median(v.fromStart), steady: median(v.steady) }]));
  console.log(`pool on ${rows.length} rows, replies/s from start and after the first batch (medians):`, JSON.stringify(pool, (k, v) => (typeof v === 'number' ? Math.round(v) : v)));

  // 3. Peak memory of the CLI, streamed from a file.
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-audit-bench-'));
  const memory = [];
  try {
    for (const n of MEMORY_ROWS) memory.push({ rows: n, ...(await cliRun(dir, n)) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const m of memory) console.log(`CLI, ${m.rows} rows on ${THREADS} threads: ${Math.round(m.rate)} replies/s, peak RSS ${m.peakMiB.toFixed(0)} MiB, second half ${m.lateMiB?.map((x) => x.toFixed(0)).join('–')} MiB`);

  writeSection({ replies, firstSight, pool, poolRows: rows.length, memory, load: [loadStart, loadavg()[0]] });
}

/** Writes `n` rows of the corpus pairs (Twitter-corpus shape, unique ids) to a file, streamed. */
async function writeRows(file, n) {
  const pairs = readJsonl('pairs-en.jsonl');
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const p = pairs[i % pairs.length];
    const line = `${JSON.stringify({ ...p, id: `${p.id}~${Math.floor(i / pairs.length)}` })}\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}

/** One `reply-coach audit` run on n rows: replies/s and the peak resident set of the process (all its threads). */
async function cliRun(dir, n) {
  const file = join(dir, `rows-${n}.jsonl`);
  await writeRows(file, n);
  const args = [join(ROOT, 'dist', 'cli.js'), 'audit', file, '--format', 'twcs', '--channel', CHANNEL, '--threads', String(THREADS), '--json', join(dir, 'summary.json'), '--quiet'];
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  const proc = timed ? spawn('/usr/bin/time', ['-f', 'maxrss-kb %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  // The resident set over the run, from /proc (the node process is /usr/bin/time's child when timed): flat memory
  // shows as a saw (garbage collections) that stops rising, not as a climb. Its peak also stands in for /usr/bin/time's.
  const samples = [];
  let sampled = 0;
  const sample = setInterval(() => {
    try {
      const pid = timed ? readFileSync(`/proc/${proc.pid}/task/${proc.pid}/children`, 'utf8').trim().split(/\s+/)[0] : proc.pid;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      samples.push(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      sampled = Math.max(sampled, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {}
  }, 500);
  const code = await new Promise((resolve) => proc.on('close', resolve));
  clearInterval(sample);
  rmSync(file, { force: true });
  if (code !== 0) throw new Error(`reply-coach audit on ${n} rows exited ${code}: ${stderr}`);
  const kb = timed ? Number(/maxrss-kb (\d+)/.exec(stderr)?.[1]) : sampled;
  const late = samples.slice(Math.floor(samples.length / 2)).filter(Boolean);
  return { rate: n / ((performance.now() - start) / 1000), peakMiB: kb / 1024, lateMiB: late.length ? [Math.min(...late) / 1024, Math.max(...late) / 1024] : undefined };
}

function writeSection({ replies, firstSight, pool, poolRows, memory, load }) {
  const int = (x) => Math.round(x).toLocaleString('en-US');
  const cpu = cpus();
  const section = [
    '## Audit throughput',
    '',
    `Generated by \`npm run bench:audit\` (bench/audit.mjs${QUICK ? ' --quick' : ''}) on ${new Date().toISOString().slice(0, 10)}; ${cpu[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'unknown CPU'}, ${THREADS} cores, Node ${process.version}. Medians of ${RUNS} run${RUNS > 1 ? 's' : ''}. The machine is shared: load average ${load[0].toFixed(1)} when the run began, ${load[1].toFixed(1)} when it ended.`,
    '',
    `**First sight on one core.** The ${int(replies)} English replies of ../shared/corpus (the pairs with the customer's tweet as \`inReplyTo\`, then the lone replies not already among them), each seen once by a coach created once (channel \`${CHANNEL}\`), as \`reply-coach audit\` scores an export; each reply-coach setting in a fresh process per run (after a warm-up, three times over, on synthetic rows of the built-in replies of every language, alone and answering another, and short replies of two sentences from the same banks, so no cache has seen a corpus reply and the first corpus replies do not pay for warming the code), taking turns with write-good on chunks of 100 replies so that a busy machine slows both alike.`,
    '',
    'Replies per second of wall time and per second of the process\'s CPU time; the last column is reply-coach\'s time against write-good\'s in the same process, taken turn about (median of the runs).',
    '',
    '| tool | replies/s | replies per CPU second | against write-good |',
    '|---|---:|---:|---:|',
    ...[
      ['write-good', 'write-good'],
      ['reply-coach', 'reply-coach, language detected (as the audit runs by default)'],
      ['reply-coach-en', "reply-coach, `language: 'en'` (`--language en`)"],
    ].map(([tool, name]) => `| ${name} | ${int(firstSight[tool].wall)} | ${int(firstSight[tool].cpu)} | ${firstSight[tool].ratio.toFixed(2)} |`),
    '',
    `**Worker threads.** The corpus replies repeated to ${int(poolRows)} rows, language detected, on the main thread of a fresh process and through the pool (dist/audit-pool.js, batches of ${BATCH} rows, threads started anew each run): timed from the start (loading the library, starting threads and compiling rules included) and from the end of the first batch (the steady rate a long audit runs at).`,
    '',
    '| run | replies/s from the start | against the main thread | replies/s after the first batch | against the main thread |',
    '|---|---:|---:|---:|---:|',
    // Number-like keys come first in an object: put the main thread back on top.
    ...Object.entries(pool)
      .sort(([a], [b]) => (a === 'main' ? -1 : b === 'main' ? 1 : Number(a) - Number(b)))
      .map(
        ([k, v]) =>
          `| ${k === 'main' ? 'main thread' : `pool, ${k} thread${k === '1' ? '' : 's'}`} | ${int(v.fromStart)} | ${(v.fromStart / pool.main.fromStart).toFixed(2)} | ${int(v.steady)} | ${(v.steady / pool.main.steady).toFixed(2)} |`,
      ),
    '',
    `**Memory.** \`reply-coach audit <file> --format twcs --threads ${THREADS} --json …\`, the corpus pairs repeated into a temporary JSON Lines file and streamed; peak resident set of the whole process (every thread) from ${existsSync('/usr/bin/time') ? '`/usr/bin/time`' : '/proc (VmHWM)'}.`,
    '',
    '| rows | replies/s | peak RSS | RSS over the second half of the run (min–max, sampled every 0.5 s) |',
    '|---:|---:|---:|---:|',
    ...memory.map((m) => `| ${int(m.rows)} | ${int(m.rate)} | ${m.peakMiB.toFixed(0)} MiB | ${m.lateMiB ? `${m.lateMiB[0].toFixed(0)}–${m.lateMiB[1].toFixed(0)} MiB` : 'not sampled'} |`),
    '',
  ].join('\n');
  const file = join(ROOT, 'BENCHMARKS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  // Replace the section if it is there, else put it before "How to reproduce" (or at the end).
  const at = text.indexOf('## Audit throughput');
  let next = at >= 0 ? text.indexOf('\n## ', at + 1) : -1;
  let updated;
  if (at >= 0) updated = text.slice(0, at) + section + (next >= 0 ? text.slice(next + 1) : '');
  else {
    next = text.indexOf('## How to reproduce');
    updated = next >= 0 ? `${text.slice(0, next)}${section}\n${text.slice(next)}` : `${text.trimEnd()}\n\n${section}`;
  }
  writeFileSync(file, updated);
  console.log('BENCHMARKS.md: "Audit throughput" written');
}

if (process.env.BENCH_AUDIT_CHILD) await child(process.env.BENCH_AUDIT_CHILD);
else if (process.env.BENCH_AUDIT_SEQUENTIAL) await sequentialChild(Number(process.env.BENCH_AUDIT_SEQUENTIAL));
else await main();
