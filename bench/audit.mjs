// `npm run bench:audit` (and the last step of `npm run bench`): the audit's throughput on the real
// replies in ../shared/corpus, in one run, written to BENCHMARKS.md under "Audit throughput":
//   1. first sight on one core: write-good and reply-coach on the same replies, each in a fresh
//      process (no cache has seen them), after a warm-up on the synthetic replies; median of runs;
//   2. scaling: the real `reply-coach audit` CLI on 200,000 rows (the corpus pairs repeated into a
//      temporary file) with --threads 1 (scored on the main thread) and on every core, taking turns,
//      each a fresh process: replies per second and CPU seconds (every thread of the process);
//   3. peak memory of the same CLI on 100,000 and 1,000,000 rows, from /usr/bin/time or /proc.
//   node bench/audit.mjs [--quick]   (--quick: one run each; 40,000, 20,000 and 200,000 rows)
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
const SCALING_ROWS = QUICK ? 40_000 : 200_000;
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
  // write-good's ratio to itself is 1; each reply-coach setting collects one ratio per run (a leading 1 would skew the median).
  const perTool = Object.fromEntries(tools.map((t) => [t, { wall: [], cpu: [], ratio: t === 'write-good' ? [1] : [] }]));
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

  // 2 and 3. The CLI, each run a fresh process streaming a temporary file: one core against all, taking turns, then memory.
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-audit-bench-'));
  const threadCounts = [...new Set([1, THREADS])];
  const scaling = Object.fromEntries(threadCounts.map((t) => [t, { rate: [], cpuPerThousand: [] }]));
  const memory = [];
  try {
    const scalingFile = await writeRows(dir, SCALING_ROWS);
    for (let run = 0; run < RUNS; run++) {
      for (const t of threadCounts) {
        const r = await cliRun(scalingFile, SCALING_ROWS, t);
        scaling[t].rate.push(r.rate);
        if (r.cpuSeconds !== undefined) scaling[t].cpuPerThousand.push((r.cpuSeconds * 1000) / SCALING_ROWS);
      }
    }
    rmSync(scalingFile, { force: true });
    for (const n of MEMORY_ROWS) {
      const file = await writeRows(dir, n);
      memory.push({ rows: n, ...(await cliRun(file, n, THREADS)) });
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pool = Object.fromEntries(Object.entries(scaling).map(([t, v]) => [t, { rate: median(v.rate), cpuPerThousand: v.cpuPerThousand.length ? median(v.cpuPerThousand) : undefined }]));
  console.log(`CLI on ${SCALING_ROWS} rows, replies/s and CPU s per 1,000 replies by threads (medians):`, JSON.stringify(pool, (k, v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v)));
  for (const m of memory) console.log(`CLI, ${m.rows} rows on ${THREADS} threads: ${Math.round(m.rate)} replies/s, peak RSS ${m.peakMiB.toFixed(0)} MiB, second half ${m.lateMiB?.map((x) => x.toFixed(0)).join('–')} MiB`);

  writeSection({ replies, firstSight, pool, memory, load: [loadStart, loadavg()[0]] });
}

/** Writes `n` rows of the corpus pairs (Twitter-corpus shape, unique ids) to a file in `dir`, streamed; returns its path. */
async function writeRows(dir, n) {
  const file = join(dir, `rows-${n}.jsonl`);
  const pairs = readJsonl('pairs-en.jsonl');
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const p = pairs[i % pairs.length];
    const line = `${JSON.stringify({ ...p, id: `${p.id}~${Math.floor(i / pairs.length)}` })}\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
  return file;
}

/**
 * One `reply-coach audit` run on the n rows in `file`: replies/s, CPU seconds of the process (every thread, from
 * /usr/bin/time) and its peak resident set.
 */
async function cliRun(file, n, threads) {
  const args = [join(ROOT, 'dist', 'cli.js'), 'audit', file, '--format', 'twcs', '--channel', CHANNEL, '--threads', String(threads), '--json', `${file}.summary.json`, '--quiet'];
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  const proc = timed ? spawn('/usr/bin/time', ['-f', 'maxrss-kb %M cpu-s %U %S', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
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
  rmSync(`${file}.summary.json`, { force: true });
  if (code !== 0) throw new Error(`reply-coach audit on ${n} rows exited ${code}: ${stderr}`);
  const kb = timed ? Number(/maxrss-kb (\d+)/.exec(stderr)?.[1]) : sampled;
  const cpu = /cpu-s ([\d.]+) ([\d.]+)/.exec(stderr);
  const late = samples.slice(Math.floor(samples.length / 2)).filter(Boolean);
  return { rate: n / ((performance.now() - start) / 1000), cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined, peakMiB: kb / 1024, lateMiB: late.length ? [Math.min(...late) / 1024, Math.max(...late) / 1024] : undefined };
}

function writeSection({ replies, firstSight, pool, memory, load }) {
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
    `**Worker threads.** \`reply-coach audit <file> --format twcs --threads <n> --json …\` on ${int(SCALING_ROWS)} rows (the corpus pairs repeated into a temporary JSON Lines file, language detected), each run a fresh process, one core and all cores taking turns: \`--threads 1\` scores on the main thread; more threads score on the worker pool (batches of 250 rows) while the main thread reads the input and merges the results. Timed from the process's start to its end, so every thread's start-up and its engine's warm-up on the first replies it sees are counted; CPU seconds are the whole process's (every thread, the engine's compiler and garbage-collector threads included), from /usr/bin/time.`,
    '',
    '| threads | replies/s | against one thread | CPU seconds per 1,000 replies |',
    '|---:|---:|---:|---:|',
    // Number-like keys come in numeric order.
    ...Object.entries(pool).map(([t, v]) => `| ${t} | ${int(v.rate)} | ${(v.rate / pool[1].rate).toFixed(2)} | ${v.cpuPerThousand === undefined ? 'not measured' : v.cpuPerThousand.toFixed(3)} |`),
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
else await main();
