import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { globSync } from 'tinyglobby';
import { createCoach, type AnalyzeOptions, type Report, type Severity } from '../index.js';
import { loadConfig } from '../documents/config.js';
import { format, FORMATS, type FileReport, type Format } from './format.js';
import { fieldSources } from '../documents/fields.js';
import { analyzable, readSource, SourceError, SUPPORTED } from '../documents/sources.js';
import { fixed, toSource, UsageError } from '../documents/fixes.js';

const STRUCTURED = ['.json', '.yaml', '.yml'];

export const CHECK_HELP = `Usage: reply-coach check [globs... | -] [options]

Checks canned responses (.txt, .md, .html) and exits 0 when clean, 1 on findings at or above
--fail-on (or more warnings than --max-warnings), 2 on a usage or configuration error.

Options:
  --format <f>          stylish (default) | json | github | sarif | junit
  --fix                 write the safe fixes back into the files
  --fix-dry-run         print the safe fixes as a diff, change nothing
  --fail-on <severity>  error | warning (default) | suggestion
  --max-warnings <n>    fail when there are more warnings than this
  --config <file>       config file (default: reply-coach.config.json, .reply-coachrc.json
                        or .reply-coachrc.yaml, searched from the working directory upward)
  --language <code>     draft language; detected per file when absent
  --channel <name>      email | chat | social | sms | voice
  --field <path>        check JSON/YAML macro exports: the strings at this field
                        (e.g. comment_value, actions[].value)
  --stdin               read one draft from standard input (also "-")`;

const RANK: Record<Severity, number> = { suggestion: 1, warning: 2, error: 3 };

interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  version: string;
}

/** Runs `reply-coach check`; returns the exit code. */
export function runCheck(argv: string[], io: Output): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      'max-warnings': { type: 'string' },
      config: { type: 'string' },
      language: { type: 'string' },
      channel: { type: 'string' },
      stdin: { type: 'boolean' },
      fix: { type: 'boolean' },
      field: { type: 'string' },
      'fix-dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  const { config, packs } = loadConfig(io.cwd, values.config);
  const kind = (values.format ?? config.format ?? 'stylish') as Format;
  if (!FORMATS.includes(kind)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${kind}"`);
  const failOn = (values['fail-on'] ?? config.failOn ?? 'warning') as Severity;
  if (!(failOn in RANK)) throw new UsageError(`--fail-on must be error, warning or suggestion, got "${failOn}"`);
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError('--max-warnings must be a whole number');

  const stdin = values.stdin || positionals.includes('-');
  const globs = positionals.filter((p) => p !== '-');
  if (!stdin && globs.length === 0) throw new UsageError('name files or globs to check, or - for standard input');
  const files = globs.length ? globSync(globs, { cwd: io.cwd, ignore: config.ignore ?? [], onlyFiles: true }).sort() : [];
  if (!stdin && files.length === 0) throw new UsageError(`no files matched ${globs.join(' ')}`);

  const coach = createCoach({ packs });
  const options: AnalyzeOptions = {
    ...(config.audience ? { audience: config.audience } : {}),
    ...(config.categories ? { categories: config.categories } : {}),
    ...(config.rules ? { rules: config.rules } : {}),
    language: values.language ?? config.language,
    channel: (values.channel ?? config.channel) as AnalyzeOptions['channel'],
    template: config.template ?? true,
  };
  for (const key of ['language', 'channel'] as const) if (options[key] === undefined) delete options[key];

  const results: FileReport[] = [];
  const fixes: { file: string; path: string; before: string; after: string }[] = [];
  const field = values.field ?? config.field;

  /** The reports of one file (several for a macro export); SourceError when it cannot be read. */
  const checkFile = (file: string): FileReport[] => {
    const name = file === '-' ? '<stdin>' : file;
    const path = file === '-' ? '-' : `${io.cwd}/${file}`;
    const source = readSource(path);
    if (STRUCTURED.includes(extname(file).toLowerCase())) {
      const drafts = fieldSources(file, source.original, field!);
      if (drafts.length === 0) io.err(`reply-coach: ${file}: no text at field "${field}"`);
      if (values.fix && drafts.length) io.err(`reply-coach: ${file}: --fix does not rewrite JSON/YAML exports; use --format json for the rewrites`);
      return drafts.map((d) => ({ file, text: source.original, report: toSource(coach.analyze(d.text, options), source.original, d.map) }));
    }
    let report = toSource(coach.analyze(source.text, options), source.original, source.map);
    if (values.fix || values['fix-dry-run']) {
      const after = fixed(source.original, report);
      if (after !== source.original) {
        fixes.push({ file: name, path, before: source.original, after });
        // What is left after the fixes decides the exit code.
        if (values.fix) {
          const again = analyzable(file, after);
          report = toSource(coach.analyze(again.text, options), after, again.map);
        }
      }
    }
    return [{ file: name, text: source.original, report }];
  };

  let unreadable = 0;
  // Progress on stderr once a run takes more than a second; quiet in CI and for machine-readable output.
  const started = Date.now();
  const quiet = Boolean(process.env.CI) || kind !== 'stylish' || !process.stderr.isTTY;
  const queue = stdin ? ['-', ...files] : files;
  queue.forEach((file, i) => {
    if (!quiet && Date.now() - started > 1000 && (i + 1) % 50 === 0) io.err(`reply-coach: ${i + 1}/${queue.length} files`);
    const ext = extname(file).toLowerCase();
    if (STRUCTURED.includes(ext) && !field) {
      io.err(`reply-coach: ${file}: a JSON/YAML file needs --field to say where the text is, skipped`);
      return;
    }
    if (file !== '-' && !STRUCTURED.includes(ext) && !SUPPORTED.includes(ext)) {
      io.err(`reply-coach: ${file}: not a .txt, .md, .html, .json or .yaml file, skipped`);
      return;
    }
    try {
      results.push(...checkFile(file));
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      io.err(`reply-coach: ${e.message.replace(`${io.cwd}/`, '')}`);
      if (!e.skipped) unreadable++;
    }
  });
  if (values['fix-dry-run']) {
    for (const f of fixes) io.out(createTwoFilesPatch(f.file, f.file, f.before, f.after, '', '', { context: 1 }));
  } else if (values.fix) {
    for (const f of fixes) {
      if (f.path === '-') io.out(f.after);
      else writeFileSync(f.path, f.after);
    }
  }
  if (!values['fix-dry-run']) io.out(format(kind, results, io.version));
  if (unreadable > 0) return 2;
  const findings = results.flatMap((r) => r.report.findings);
  const failing = findings.some((f) => RANK[f.severity] >= RANK[failOn]);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return failing || warnings > maxWarnings ? 1 : 0;
}
