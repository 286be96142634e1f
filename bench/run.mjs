// `npm run bench`: reply-coach against its peers on the same replies, in one process and one run
// (tinybench), then the CLI over 1,000 templates, the other languages, scaling with length,
// quietness on real replies, cold start, peak memory and bundle size. Prints the tables and
// writes BENCHMARKS.md. Not a test: nothing here passes or fails.
//   npm run bench            (everything; about 10 minutes on a 2-core machine)
//   npm run bench -- --quick (fewer iterations, for trying changes)
import { Bench } from 'tinybench';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, platform, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinDrafts, builtinReplies, countWords, lengthDraft } from './data/replies.mjs';
import { loadTools } from './tools.mjs';
import { measure, BUNDLES } from '../scripts/bundle-size.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const QUICK = process.argv.includes('--quick');
const { createCoach, analyze } = await import('../dist/index.js');

// ---------- inputs ----------

/** Real agent replies (TWCS and IBM tweets, see ../shared/corpus/SOURCES.md), when the corpus is beside us. */
function corpusReplies() {
  const file = join(CORPUS, 'replies-en.jsonl');
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** Every n-th item, so a sample spreads over all sources and brands in file order. */
const spread = (xs, n) => (xs.length <= n ? xs : Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]));

const realRecords = corpusReplies();
const real = realRecords?.map((r) => r.text);
const builtin = builtinReplies();
const SETS = [
  { id: 'builtin', title: `built-in replies (${builtin.length}, ${wordRange(builtin)} words, synthetic email and chat)`, replies: builtin },
  ...(real ? [{ id: 'corpus', title: `real replies (200 of ${real.length} from ../shared/corpus, ${wordRange(spread(real, 200))} words, tweets)`, replies: spread(real, 200) }] : []),
];

function wordRange(xs) {
  const w = xs.map(countWords).sort((a, b) => a - b);
  return `${w[0]}–${w[w.length - 1]}, median ${w[w.length >> 1]}`;
}

// ---------- statistics ----------

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95), p99: quantile(s, 0.99), mean, perSecond: 1000 / mean, n: s.length };
}
const ms = (x) => (x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));

/**
 * Times `fn` on every reply in turn with tinybench, one sample per reply: each task
 * runs `rounds` passes over the set after a warm-up pass, so the median and p99 are
 * per reply, and JIT and GC noise falls on every tool alike.
 */
async function perReply(bench, name, replies, fn, warm) {
  let i = 0;
  bench.add(name, () => fn(replies[i++ % replies.length]), {
    beforeAll: async () => {
      if (warm) for (const r of replies) await fn(r);
      i = 0;
    },
  });
}

async function runTasks(tasks, replies, rounds, warm = true) {
  const results = new Map();
  // One Bench per task so each gets exactly `rounds` passes over the set.
  for (const [name, fn] of tasks) {
    const bench = new Bench({ iterations: replies.length * rounds, time: 0, warmup: false, retainSamples: true, throws: true });
    await perReply(bench, name, replies, fn, warm);
    await bench.run();
    const task = bench.tasks[0];
    results.set(name, stats(task.result.latency.samples));
    process.stderr.write(`  ${name}: median ${ms(results.get(name).median)} ms\n`);
  }
  return results;
}

// ---------- 1. reply-coach against the peers ----------

const tools = await loadTools();
const lints = new Map();
for (const tool of tools) {
  try {
    lints.set(tool.name, await tool.setup());
  } catch (e) {
    console.error(`${tool.name} did not load: ${e.message}`);
  }
}
const coach = createCoach({ language: 'en' });
const floorRe = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const floor = (text) => text.match(floorRe)?.length ?? 0;

// Warm reply-coach's JIT and caches on every set first, as the peers are warmed by their set-up and first calls.
// Ten passes: V8 goes on recompiling reply-coach's larger functions for a few thousand analyses, and with three
// passes the first table row (plain reply-coach) still paid for that, timing slower than the rows after it.
for (let k = 0; k < 10; k++) for (const set of SETS) for (const r of set.replies) void coach.analyze(r).rewrite, analyze(r, { language: 'en' }), coach.analyze(r, { language: undefined });

const peerTables = [];
for (const set of SETS) {
  process.stderr.write(`timing on ${set.title}\n`);
  const tasks = [
    ['reply-coach', lints.get('reply-coach')],
    ['reply-coach + rewrite', (t) => coach.analyze(t).rewrite.length],
    ['reply-coach, language detected', (t) => coach.analyze(t, { language: undefined }).findings.length],
    ['reply-coach analyze() (module-level)', (t) => analyze(t, { language: 'en' }).findings.length],
    ['reply-coach, new coach per reply (cold)', (t) => createCoach({ language: 'en' }).analyze(t).findings.length],
    ...tools.filter((t) => t.name !== 'reply-coach' && lints.has(t.name)).map((t) => [t.name, lints.get(t.name)]),
    ['floor: regex word split', floor],
  ];
  const rounds = QUICK ? 2 : 5;
  // Creating a coach per reply compiles every English pack each time: a few passes say enough.
  const results = await runTasks(tasks.slice(0, 4), set.replies, rounds);
  for (const [k, v] of await runTasks([tasks[4]], set.replies.slice(0, QUICK ? 20 : 60), 1)) results.set(k, v);
  if (set.id === 'corpus') {
    // Replies outside the timed sample, each analyzed once: no cache of the coach has seen them.
    const sample = new Set(set.replies);
    const fresh = real.filter((r) => !sample.has(r)).slice(0, QUICK ? 200 : 1000);
    const name = `reply-coach, first sight of ${fresh.length} other replies`;
    for (const [k, v] of await runTasks([[name, lints.get('reply-coach')]], fresh, 1, false)) results.set(k, v);
  }
  for (const [k, v] of await runTasks(tasks.slice(5), set.replies, QUICK ? 1 : 3)) results.set(k, v);
  peerTables.push({ set, results });
}

function peerTable({ set, results }) {
  const base = results.get('reply-coach').median;
  const rows = [...results].map(([name, s]) => {
    const tool = tools.find((t) => t.name === name);
    const x = s.median / base;
    const ratio = name === 'reply-coach' ? '1×' : `${x >= 10 ? x.toFixed(0) : x >= 0.1 ? x.toFixed(1) : `1/${Math.round(1 / x)}`}×`;
    return `| ${name}${tool && name !== 'reply-coach' ? ` (${tool.version})` : ''} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${Math.round(s.perSecond).toLocaleString('en')} | ${ratio} |`;
  });
  return [
    `**${set.title}**`,
    '',
    '| tool | median ms | p95 ms | p99 ms | replies/s | median vs reply-coach |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

// ---------- 2. cold start and peak memory, each tool in a fresh process ----------

process.stderr.write('cold starts\n');
const replyFile = join(mkdtempSync(join(tmpdir(), 'reply-coach-bench-')), 'replies.json');
writeFileSync(replyFile, JSON.stringify(SETS[0].replies));
const cold = [];
for (const tool of tools.filter((t) => lints.has(t.name))) {
  const runs = [];
  for (let k = 0; k < (QUICK ? 1 : 3); k++) {
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'child.mjs'), tool.name, replyFile], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) {
      console.error(`${tool.name} cold start failed: ${r.stderr.trim().split('\n').pop()}`);
      break;
    }
    runs.push(JSON.parse(r.stdout));
  }
  if (runs.length === 0) continue;
  const coldMs = runs.map((r) => r.coldMs).sort((a, b) => a - b)[runs.length >> 1];
  cold.push({ name: tool.name, coldMs, peakMiB: Math.max(...runs.map((r) => r.peakMiB)) });
}
// reply-coach's own start, split: the import, the first English analyze, a passive (no parser loads), a Polish draft detected.
const rcStart = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const t0 = performance.now();
const m = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});
const t1 = performance.now();
m.analyze('Hi Anna,\\n\\nThank you for writing. Your parcel left our warehouse today and will reach you on Friday.\\n\\nBest regards,\\nSam', { language: 'en' });
const t2 = performance.now();
m.analyze('Your refund was processed yesterday.', { language: 'en' });
const t3 = performance.now();
m.analyze('Dzień dobry, Pani zamówienie zostało wysłane.');
const t4 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, passiveMs: t3 - t2, polishDetectedMs: t4 - t3 }));`,
  ],
  { encoding: 'utf8' },
);
const rcCold = JSON.parse(rcStart.stdout);

// ---------- 3. 1,000 templates through the CLI ----------

process.stderr.write('CLI over 1,000 templates\n');
function cliTemplates() {
  const examples = join(ROOT, 'examples', 'templates');
  const seeds = readdirSync(examples).map((f) => ({ ext: f.slice(f.lastIndexOf('.')), text: readFileSync(join(examples, f), 'utf8') }));
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-templates-'));
  for (let i = 0; i < 1000; i++) {
    const { ext, text } = seeds[i % seeds.length];
    writeFileSync(join(dir, `template-${i}${ext}`), text.replace('order', `order ${i}`));
  }
  const runs = [];
  let files = 0;
  for (let k = 0; k < (QUICK ? 1 : 3); k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '**/*', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    runs.push((performance.now() - t0) / 1000);
    files = JSON.parse(r.stdout).length;
  }
  return { files, seconds: runs.sort((a, b) => a - b)[runs.length >> 1], kinds: seeds.map((s) => s.ext).join(', ') };
}
const cli = cliTemplates();

// ---------- 4. the other languages ----------

process.stderr.write('other languages\n');
const languageRows = [];
for (const language of ['en', 'pl', 'cs', 'sk', 'uz']) {
  const drafts = language === 'en' ? builtin : builtinDrafts(language);
  const c = createCoach({ language });
  const r = await runTasks([[language, (t) => c.analyze(t).findings.length]], drafts, QUICK ? 2 : 5);
  const found = drafts.reduce((n, d) => n + c.analyze(d).findings.length, 0);
  languageRows.push({ language, drafts: drafts.length, words: wordRange(drafts), findings: found / drafts.length, ...r.get(language) });
}

// ---------- 5. scaling with length ----------

process.stderr.write('scaling\n');
const scaleRows = [];
for (const words of [50, 200, 1000, 10000]) {
  const draft = lengthDraft(words);
  // Vary one character per run, as an editor does, so no cache hides the work.
  const drafts = Array.from({ length: words >= 10000 ? 10 : 60 }, (_, i) => `${draft}${' '.repeat(i % 3)}${i}`);
  const r = await runTasks([[`${words} words`, (t) => coach.analyze(t).findings.length]], drafts, words >= 10000 ? 2 : 5);
  const s = r.get(`${words} words`);
  scaleRows.push({ words, ...s, perWordUs: (s.median * 1000) / words });
}

// ---------- 5b. scaling on pathological shapes (issue 14) ----------

process.stderr.write('pathological shapes\n');
/** Inputs that once took quadratic time (a run of terminators before a letter), and ordinary text, at n and 10n characters. */
const SHAPES = [
  ['ordinary sentences', (n) => 'We sent your parcel today. It arrives by Friday! '.repeat(Math.ceil(n / 50)).slice(0, n)],
  ['a run of dots before a letter', (n) => '.'.repeat(n) + 'x'],
  ['the same run as the customer message', (n) => ({ draft: 'Thanks for writing.', inReplyTo: '.'.repeat(n) + 'x' })],
  ['"!?" and closing quotes before a letter', (n) => '!?"'.repeat(Math.ceil(n / 3)).slice(0, n) + 'x'],
  ['initials without spaces', (n) => 'a.'.repeat(n / 2) + ' x'],
  ['one long word', (n) => 'a'.repeat(n)],
  ['emoji', (n) => '😀'.repeat(n / 2)],
  ['zero-width spaces', (n) => '\u200b'.repeat(n) + 'x'],
  ['placeholders', (n) => '{{a}} '.repeat(n / 6)],
];
const shapeRows = [];
for (const [name, make] of SHAPES) {
  const time = (n) => {
    const input = make(n);
    const { draft, inReplyTo } = typeof input === 'string' ? { draft: input, inReplyTo: undefined } : input;
    const runs = [];
    for (let i = 0; i < (QUICK ? 3 : 5); i++) {
      const t0 = performance.now();
      void coach.analyze(draft, { language: 'en', ...(inReplyTo ? { inReplyTo } : {}) }).rewrite;
      runs.push(performance.now() - t0);
    }
    return stats(runs).median;
  };
  time(2_000);
  const small = time(20_000);
  const large = time(200_000);
  shapeRows.push({ name, small, large, ratio: large / small });
}

// Documents through the CLI (Markdown and HTML parsed to text): the process start is in both sizes, so sizes are large.
{
  const docDir = mkdtempSync(join(tmpdir(), 'rc-bench-docs-'));
  const cli = join(ROOT, 'dist', 'cli.js');
  const docShapes = [
    ['HTML: <p> elements (CLI)', 'html', (n) => `<!DOCTYPE html><html><body>${'<p>We sent it today.</p>'.repeat(n / 24)}</body></html>`],
    ['Markdown: fenced code blocks (CLI)', 'md', (n) => 'Thanks for writing.\n\n```\ncode\n```\n\n'.repeat(n / 37)],
  ];
  for (const [name, ext, make] of docShapes) {
    const time = (n) => {
      const file = join(docDir, `doc-${n}.${ext}`);
      writeFileSync(file, make(n));
      const t0 = performance.now();
      spawnSync(process.execPath, [cli, 'check', file, '--language', 'en', '--format', 'json'], { encoding: 'utf8' });
      return performance.now() - t0;
    };
    const small = time(40_000);
    const large = time(400_000);
    shapeRows.push({ name: `${name}, 40,000 / 400,000 chars`, small, large, ratio: large / small });
  }
}

// ---------- 6. quietness on real replies ----------

process.stderr.write('quietness\n');
function quietness(records, channel) {
  const c = createCoach({ language: 'en', channel });
  const byCategory = new Map();
  const byRule = new Map();
  let warnOrError = 0;
  let repliesWithWarning = 0;
  for (const { id, text } of records) {
    const { findings } = c.analyze(text);
    const serious = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
    warnOrError += serious.length;
    if (serious.length > 0) repliesWithWarning++;
    const seen = new Set();
    for (const f of findings) {
      const cat = byCategory.get(f.category) ?? { all: 0, serious: 0 };
      cat.all++;
      if (f.severity === 'warning' || f.severity === 'error') cat.serious++;
      byCategory.set(f.category, cat);
      const rule = byRule.get(f.ruleId) ?? { ruleId: f.ruleId, severity: f.severity, findings: 0, replies: 0, sample: undefined };
      rule.findings++;
      if (!seen.has(f.ruleId)) {
        rule.replies++;
        seen.add(f.ruleId);
      }
      // The corpus may not be copied into the repository (TWCS is CC BY-NC-SA): a short cut of the excerpt and the reply's id.
      rule.sample ??= f.excerpt ? clip(f.excerpt, 40) : `(insertion at ${f.start}) ${clip(text.slice(f.start), 30)}`;
      rule.id ??= id ?? `built-in #${records.findIndex((r) => r.text === text)}`;
      byRule.set(f.ruleId, rule);
    }
  }
  const rules = [...byRule.values()].sort((a, b) => b.replies - a.replies || b.findings - a.findings);
  return { n: records.length, channel, warnOrError, repliesWithWarning, byCategory, rules };
}
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const quiet = realRecords ? quietness(realRecords, 'social') : quietness(builtin.map((text) => ({ text })), 'email');

// ---------- 6b. spelling (reply-coach/spelling) ----------

process.stderr.write('spelling\n');
const spellingLines = await (await import('./spelling.mjs')).spellingSection({ real, quick: QUICK });

// ---------- 7. bundle size ----------

process.stderr.write('bundle size\n');
const bundles = await Promise.all(BUNDLES.map(measure));

// ---------- report ----------

const cpu = cpus();
const lines = [
  '# Benchmarks',
  '',
  `Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}${QUICK ? ' with --quick' : ''}. Every figure below comes from that one run.`,
  '',
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}; Node ${process.version}.`,
  '',
  '## Per-reply analysis, reply-coach against the peers',
  '',
  'Each tool lints the same replies in the same process, one tinybench sample per reply, after a warm-up pass. ' +
    'reply-coach runs every English pack (all seven categories) with one coach reused, as an editor would, and the language given. ' +
    'The peers run with their defaults; textlint lints plain text with one rule each; the retext pipeline is retext-english + readability + simplify + passive + equality. ' +
    'The coach keeps no parse cache (no shipped rule parses: the English passive is matched on words), only small caches of words (folded keys, syllable counts); ' +
    'the "first sight" row times replies it has never seen. "+ rewrite" also builds the rewritten draft; "new coach per reply" creates a coach for every reply (its config is validated; the rule sets of shipped languages are compiled once per process and shared); the floor is one regex word split over the text.',
  '',
  ...peerTables.flatMap((t) => [peerTable(t), '']),
  '## Cold start and peak memory',
  '',
  'A fresh `node` process per tool: import, set-up and the first lint of one reply (cold start), then every built-in reply once; peak memory is the process\'s VmHWM. Median of 3 processes.',
  '',
  '| tool | cold start ms | peak memory MiB |',
  '|---|---:|---:|',
  ...cold.map((c) => `| ${c.name} | ${Math.round(c.coldMs)} | ${Math.round(c.peakMiB)} |`),
  '',
  `reply-coach's start, split (one fresh process): import ${Math.round(rcCold.importMs)} ms; first English analyze ${Math.round(rcCold.firstMs)} ms ` +
    `(the English packs are validated and compiled); a passive sentence after that (matched on words; compromise is never loaded for the shipped packs): ${Math.round(rcCold.passiveMs)} ms; ` +
    `a Polish draft after that, language detected (franc loads, Polish packs compile): ${Math.round(rcCold.polishDetectedMs)} ms.`,
  '',
  '## 1,000 templates through the CLI',
  '',
  `\`reply-coach check '**/*' --format json\` over ${cli.files} template files (${cli.kinds}, copied from examples/templates): ${cli.seconds.toFixed(2)} s wall clock, process start included (median of 3).`,
  '',
  '## Other languages',
  '',
  'Built-in replies per language, one coach per language reused, language given.',
  '',
  '| language | drafts | words | median ms | p95 ms | p99 ms | findings per draft |',
  '|---|---:|---|---:|---:|---:|---:|',
  ...languageRows.map((r) => `| ${r.language} | ${r.drafts} | ${r.words} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.findings.toFixed(1)} |`),
  '',
  '## Scaling with length',
  '',
  'One English reply built to an exact word count, one character varied per run.',
  '',
  '| words | median ms | p99 ms | µs per word |',
  '|---:|---:|---:|---:|',
  ...scaleRows.map((r) => `| ${r.words.toLocaleString('en')} | ${ms(r.median)} | ${ms(r.p99)} | ${r.perWordUs.toFixed(2)} |`),
  '',
  `From 1,000 to 10,000 words the time grows ${(scaleRows[3].median / scaleRows[2].median).toFixed(1)}× for 10× the words.`,
  '',
  '### Pathological shapes',
  '',
  'Each shape at 20,000 and 200,000 characters (analyze and the rewrite, median of runs): linear time shows as a ratio near 10. The two document rows run `reply-coach check` on a file of 40,000 and 400,000 characters, process start included (which pulls their ratio below 10).',
  '',
  '| shape | 20,000 chars ms | 200,000 chars ms | ratio |',
  '|---|---:|---:|---:|',
  ...shapeRows.map((r) => `| ${r.name} | ${ms(r.small)} | ${ms(r.large)} | ${r.ratio.toFixed(1)} |`),
  '',
  '## Quietness',
  '',
  real
    ? `All ${quiet.n} real English replies in ../shared/corpus/replies-en.jsonl (channel \`${quiet.channel}\`, no customer message given).`
    : `The corpus was not found, so this is the built-in set (${quiet.n} synthetic replies, 40% written with weaknesses on purpose); run beside ../shared for the real figures.`,
  '',
  `- Warning-or-error findings per reply: **${(quiet.warnOrError / quiet.n).toFixed(3)}**; replies with at least one: ${((100 * quiet.repliesWithWarning) / quiet.n).toFixed(1)}%.`,
  '',
  '| category | findings per reply | warning-or-error per reply |',
  '|---|---:|---:|',
  ...[...quiet.byCategory].sort((a, b) => b[1].all - a[1].all).map(([k, v]) => `| ${k} | ${(v.all / quiet.n).toFixed(3)} | ${(v.serious / quiet.n).toFixed(3)} |`),
  '',
  'The ten noisiest rules (share of replies with a finding from the rule), with the first excerpt each produced, cut to 40 characters, and the id of its reply in the corpus ' +
    '(the corpus is not copied here: TWCS replies are CC BY-NC-SA 4.0; see ../shared/corpus/SOURCES.md):',
  '',
  '| rule | severity | replies | findings | sample excerpt | reply |',
  '|---|---|---:|---:|---|---|',
  ...quiet.rules
    .slice(0, 10)
    .map((r) => `| ${r.ruleId} | ${r.severity} | ${((100 * r.replies) / quiet.n).toFixed(1)}% | ${r.findings} | ${cell(r.sample)} | \`${r.id}\` |`),
  '',
  ...spellingLines,
  '## Bundle size',
  '',
  'Minified ES module for browsers, gzip level 9 (scripts/bundle-size.mjs, which CI runs against these budgets). Rule examples and descriptions are left out of bundles but one example of each kind per rule.',
  '',
  '| bundle | gzip kB | budget kB | minified kB | largest inputs (minified kB) |',
  '|---|---:|---:|---:|---|',
  ...bundles.map((b) => `| ${b.name} | ${(b.gzip / 1000).toFixed(1)} | ${b.budget / 1000} | ${(b.minified / 1000).toFixed(0)} | ${b.largest.map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', ')} |`),
  '',
  '## How to reproduce',
  '',
  '```sh',
  'npm ci',
  'npm run bench            # builds, runs everything, rewrites BENCHMARKS.md',
  'npm run size             # bundle sizes against their budgets only',
  '```',
  '',
  'Run it with `../shared/corpus` beside the repository for the real-reply tables; without it the built-in replies (bench/data) stand in. ' +
    'The machine is shared and its timings vary by about ±30% between runs; the ratios move less, since all tools run in the same process and run.',
  '',
];

function cell(s) {
  return `“${String(s).replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 120)}”`;
}

writeFileSync(join(ROOT, 'BENCHMARKS.md'), lines.join('\n'));
console.log(lines.join('\n'));
await import('./audit.mjs'); // the audit's throughput and memory: its own section of BENCHMARKS.md
