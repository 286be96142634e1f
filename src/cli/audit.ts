/**
 * `reply-coach audit`: scores every agent reply in exported conversations and writes the
 * summary per agent, team, week, category and rule (JSON, CSV, HTML), the worst replies
 * and, on request, one scored row per line. Rows stream from the readers through the coach
 * into a mergeable accumulator, so memory stays flat whatever the input's size.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { CoachConfig } from '../index.js';
import type { CheckConfig } from '../documents/config.js';
import { UsageError } from '../documents/fixes.js';
import { loadQueueModule } from './queue-packages.js';
import type { RulePack } from '../schema/pack.js';
import { CHANNELS } from '../schema/common.js';
import { FORMATS, readRows, whereText, type Format, type ReadStats } from '../audit/readers/index.js';
import { fileSize, STDIN, type ByteCount } from '../audit/readers/input.js';
import { parseMap } from '../audit/readers/map.js';
import { scoreSequentially } from '../audit/run.js';
import { accumulate, createAccumulator, finishSummary, mergeAccumulators } from '../audit/summary.js';
import { Progress } from '../audit/progress.js';
import { createRowsWriter, jsonText, writeSummaryCsv, writeText, type RowsWriter } from '../audit/outputs/write.js';
import { summaryTable } from '../audit/outputs/table.js';
import type { Output } from './check.js';

export const AUDIT_HELP = `Usage: reply-coach audit <files... | -> [options]

Scores every agent reply in exported conversations, offline, with the rules an agent sees
in the editor, and sums the findings per agent, team, week, category and rule. Reads JSON
Lines, JSON and CSV exports (Zendesk tickets with comments, Freshdesk tickets with
conversations, Help Scout conversations with threads, or any export with --map), one record
at a time. Exits 0 (an audit is not a gate) unless --fail-under says otherwise, 2 on a usage
error or when no reply could be read.

Input:
  --format <f>          auto (default: by extension and the first record) | jsonl | json |
                        csv | zendesk | freshdesk | helpscout | twcs (the Twitter corpus)
  --map <fields>        where a generic export keeps each field, e.g.
                        reply=body,agent=author_id,at=created_at,customer=prev_message
                        (fields: id, reply, agent, team, at, customer, locale, language,
                        channel, subject, name; a dotted path reads into objects: author.name)
  --limit <n>           stop after n replies
Coaching (for replies whose export does not say):
  --language <code>     reply language; detected per reply when absent
  --channel <name>      email | chat | social | sms | voice
  --locale <bcp47>      the customers' locale
  --config <file>       config file: packs, rules, categories, team (as for check)
Output:
  --out <dir>           summary.json, agents.csv, teams.csv, weeks.csv, categories.csv,
                        rules.csv, worst.json and report.html in <dir>
  --json <file>         the summary as JSON
  --csv <dir>           the summary tables as CSV
  --html <file>         the HTML report (self-contained, makes no requests)
  --rows <file>         one scored reply per line (JSON Lines, input order)
  --worst <n>           how many lowest-scoring replies to keep (default 20)
  --fail-under <score>  exit 1 when the mean score is below this (0-100)
  --threads <n>         score on n worker threads (default: the machine's cores; 1 scores
                        on the main thread)
  --queue <url>         score on workers (reply-coach worker) on any number of machines,
                        through Redis: redis://host:port[/db] (README: several machines)
  --job-size <n>        replies per queued job (default 500)
  --quiet               no progress and no unreadable-record lines on standard error`;

/** Unreadable records are listed one by one up to this many; the rest are counted. */
const SHOWN_ISSUES = 20;

function whole(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${flag} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

/** The coach as plain data (packs are JSON), so worker threads and queue workers can build the same one. */
export function auditCoachConfig(config: CheckConfig, packs: RulePack[], flags: { language?: string; channel?: string; locale?: string }): CoachConfig {
  const audience = { ...(config.audience?.locale ? { locale: config.audience.locale } : {}), ...(config.audience?.timeZone ? { timeZone: config.audience.timeZone } : {}) };
  if (flags.locale !== undefined) audience.locale = flags.locale;
  const language = flags.language ?? config.language;
  const channel = flags.channel ?? config.channel;
  return {
    ...(packs.length ? { packs } : {}),
    ...(config.rules ? { rules: config.rules } : {}),
    ...(config.categories ? { categories: config.categories } : {}),
    ...(config.team ? { team: config.team } : {}),
    ...(Object.keys(audience).length ? { audience } : {}),
    ...(language !== undefined ? { language } : {}),
    ...(channel !== undefined ? { channel: channel as NonNullable<CoachConfig['channel']> } : {}),
  };
}

/** Runs `reply-coach audit`; returns the exit code. */
export async function runAudit(argv: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      map: { type: 'string' },
      limit: { type: 'string' },
      language: { type: 'string' },
      channel: { type: 'string' },
      locale: { type: 'string' },
      config: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'string' },
      csv: { type: 'string' },
      html: { type: 'string' },
      rows: { type: 'string' },
      worst: { type: 'string' },
      'fail-under': { type: 'string' },
      threads: { type: 'string' },
      queue: { type: 'string' },
      'job-size': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(AUDIT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('name the export files to audit, or - for standard input (reply-coach audit --help)');
  const files = positionals.map((f) => (f === STDIN ? STDIN : resolve(io.cwd, f)));
  for (const [i, file] of files.entries()) {
    if (file !== STDIN && !existsSync(file)) throw new UsageError(`${positionals[i]}: no such file`);
    if (file !== STDIN && !statSync(file).isFile()) throw new UsageError(`${positionals[i]}: not a file (name the export files, not their folder)`);
  }
  const format = (values.format ?? 'auto') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  if (values.channel !== undefined && !(CHANNELS as readonly string[]).includes(values.channel)) throw new UsageError(`--channel must be one of ${CHANNELS.join(', ')}, got "${values.channel}"`);
  parseMap(values.map); // a bad mapping is a usage error before anything is read
  const limit = whole('limit', values.limit, 1);
  const worst = whole('worst', values.worst, 0);
  const threads = whole('threads', values.threads, 1) ?? availableParallelism();
  const jobSize = whole('job-size', values['job-size'], 1);
  if (values.queue !== undefined && values.rows !== undefined) throw new UsageError('--rows is not available with --queue: the workers keep only the summary of each job');
  const failUnder = values['fail-under'] === undefined ? undefined : Number(values['fail-under']);
  if (failUnder !== undefined && !(failUnder >= 0 && failUnder <= 100)) throw new UsageError(`--fail-under must be a score from 0 to 100, got "${values['fail-under']}"`);

  const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
  const target = (flag: string | undefined, name: string) => (flag !== undefined ? resolve(io.cwd, flag) : out && join(out, name));
  const jsonFile = target(values.json, 'summary.json');
  const csvDir = values.csv !== undefined ? resolve(io.cwd, values.csv) : out;
  const worstFile = out && join(out, 'worst.json');
  const htmlFile = target(values.html, 'report.html');
  const rowsFile = values.rows === undefined ? undefined : resolve(io.cwd, values.rows);

  // Loaded now, not after a long run, so a broken install fails before the scoring starts.
  const reportModule = htmlFile ? await import('../audit/report-html.js') : undefined;
  // The engine is loaded once the command line is known to be good: --help and usage errors answer at once.
  const [{ createCoach }, { loadConfig }] = await Promise.all([import('../index.js'), import('../documents/config.js')]);
  const { config, packs } = loadConfig(io.cwd, values.config);
  const coach = createCoach(auditCoachConfig(config, packs, values));

  const bytes: ByteCount = { read: 0 };
  const sizes = files.map(fileSize);
  const progress = new Progress({
    write: (text) => process.stderr.write(text),
    tty: Boolean(process.stderr.isTTY) && !process.env.CI,
    bytes,
    totalBytes: sizes.includes(undefined) ? undefined : sizes.reduce<number>((a, b) => a + b!, 0),
    quiet: values.quiet ?? false,
  });
  let issues = 0;
  const stats: ReadStats = { records: 0, rows: 0, bad: 0 };
  const rows = readRows(files, {
    format,
    ...(values.map !== undefined ? { map: values.map } : {}),
    ...(limit !== undefined ? { limit } : {}),
    bytes,
    onIssue: (issue) => {
      if (values.quiet || ++issues > SHOWN_ISSUES) return;
      progress.done();
      io.err(`reply-coach: ${whereText(issue.where).replace(`${io.cwd}/`, '')}: ${issue.message}`);
    },
  }, stats);

  const acc = createAccumulator(worst !== undefined ? { worst } : {});
  const rowsOut: RowsWriter | undefined = rowsFile ? await createRowsWriter(rowsFile) : undefined;
  const started = Date.now();
  let done = 0;
  if (values.queue !== undefined) {
    const { queuedAudit } = await loadQueueModule(() => import('./audit-queue.js'));
    const queued = await queuedAudit(rows, { url: values.queue, config: auditCoachConfig(config, packs, values), limits: acc.limits, ...(jobSize ? { jobSize } : {}) }, { err: io.err, version: io.version, quiet: values.quiet ?? false });
    mergeAccumulators(acc, queued);
  } else {
    // Ctrl-C during a threaded run ends the threads and says so (exit 2), instead of leaving them to the process's end.
    const interrupt = new AbortController();
    const onInterrupt = () => interrupt.abort(new UsageError('interrupted: no summary was written'));
    const pool = threads > 1 ? await import('../audit/pool.js') : undefined;
    const results = pool ? pool.scoreInPool(rows, { threads, coachConfig: auditCoachConfig(config, packs, values), signal: interrupt.signal }) : scoreSequentially(coach, rows);
    if (pool) process.once('SIGINT', onInterrupt);
    try {
      for await (const result of results) {
        accumulate(acc, result);
        if (rowsOut) await rowsOut.write(result);
        progress.tick(++done);
      }
    } finally {
      process.removeListener('SIGINT', onInterrupt);
    }
  }
  await rowsOut?.close();
  progress.done();
  const seconds = (Date.now() - started) / 1000;
  if (issues > SHOWN_ISSUES) io.err(`reply-coach: ${issues - SHOWN_ISSUES} more unreadable records not listed`);
  if (stats.rows === 0 && stats.bad > 0) throw new UsageError(`no reply could be read (${stats.bad} unreadable records); check --format and --map`);

  const summary = finishSummary(acc);
  const written: string[] = [];
  const save = async (file: string, text: string) => {
    await writeText(file, text);
    written.push(file);
  };
  if (jsonFile) await save(jsonFile, jsonText(summary));
  if (csvDir) written.push(...(await writeSummaryCsv(csvDir, summary)));
  if (worstFile) await save(worstFile, jsonText(summary.worst));
  if (htmlFile && reportModule) {
    await save(htmlFile, reportModule.renderHtmlReport(summary, { generatedFrom: positionals.map((f) => (f === STDIN ? '<stdin>' : basename(f))), rows: stats.records }));
  }
  if (rowsFile) written.push(rowsFile);

  io.out(summaryTable(summary, { seconds, skipped: stats.bad }));
  if (written.length) io.out(`Wrote ${written.map((f) => f.replace(`${io.cwd}/`, '')).join(', ')}`);
  return failUnder !== undefined && summary.totals.meanScore !== null && summary.totals.meanScore < failUnder ? 1 : 0;
}
