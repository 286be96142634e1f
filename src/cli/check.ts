import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { globSync } from 'tinyglobby';
import { createCoach, type Report, type Severity } from '../index.js';
import { loadConfig } from '../documents/config.js';
import { format, FORMATS, type FileReport, type Format } from './format.js';
import { fieldSources } from '../documents/fields.js';
import { analyzable, readSource, SourceError, SUPPORTED, writeSource } from '../documents/sources.js';
import { fixed, toSource, UsageError } from '../documents/fixes.js';
import { COACH_FLAGS, coachOptions, spellingFor, unsupported } from './options.js';
import { AUDIENCE_HELP } from './help.js';
import { unknownDirectiveRules } from '../documents/directives.js';
import { LineIndex } from '../coach/position.js';
import { analyzeFile } from './analyze-file.js';

const STRUCTURED = ['.json', '.yaml', '.yml'];

export const CHECK_HELP = `Usage: reply-coach check [globs... | -] [options]

Checks canned responses (.txt, .md, .html, .eml) and exits 0 when clean, 1 on findings at or
above --fail-on (or more warnings than --max-warnings), 2 on a usage or configuration error or
when a file could not be checked (unreadable, binary, not UTF-8/UTF-16, or in a language without
rules that the config's skipLanguages does not name). A file's own subject line (Markdown front
matter subject:, an email's Subject: header) is checked as --subject is; --subject wins over it.

Options:
  --format <f>          stylish (default) | json | github | sarif | junit
  --output-file <file>  write the report to a file instead of standard output (-o)
  --quiet               report only findings that fail the run (at or above --fail-on)
  --fix                 write the safe fixes back into the files
  --fix-dry-run         print the safe fixes as a diff, change nothing
  --fail-on <severity>  error | warning (default) | suggestion
  --max-warnings <n>    fail when there are more warnings than this
  --config <file>       config file (default: reply-coach.config.json, .reply-coachrc.json
                        or .reply-coachrc.yaml, searched from the working directory upward)
  --language <code>     draft language; detected per file when absent
  --channel <name>      email | chat | social | sms | voice
${AUDIENCE_HELP}
  --in-reply-to <file>  the customer's message the drafts answer
  --field <path>        check JSON/YAML macro exports: the strings at this field
                        (e.g. comment_value, actions[].value)
  --subject-field <path>
                        with --field: each macro's subject line, in the same record
                        (e.g. title, subject); checked as --subject is
  --stdin               read one draft from standard input (also "-")
  --no-color            no colors (also NO_COLOR=1)`;

const RANK: Record<Severity, number> = { suggestion: 1, warning: 2, error: 3 };

export interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  version: string;
  /** Whether standard output takes colors. */
  color?: boolean;
}


/** Runs `reply-coach check`; returns the exit code. */
export function runCheck(argv: string[], io: Output): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...COACH_FLAGS,
      format: { type: 'string' },
      'output-file': { type: 'string', short: 'o' },
      quiet: { type: 'boolean' },
      'fail-on': { type: 'string' },
      'max-warnings': { type: 'string' },
      stdin: { type: 'boolean' },
      fix: { type: 'boolean' },
      field: { type: 'string' },
      'subject-field': { type: 'string' },
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

  const coach = createCoach({ packs, ...spellingFor(config, values, io.err) });
  const options = coachOptions(config, values, io.cwd);
  const skipLanguages = new Set(config.skipLanguages ?? []);

  const results: FileReport[] = [];
  const field = values.field ?? config.field;
  const subjectField = values['subject-field'] ?? config.subjectField;
  if (subjectField !== undefined && field === undefined) throw new UsageError('--subject-field needs --field (where the macro text is)');
  let notChecked = 0;

  /** The reports of one file (several for a macro export); SourceError when it cannot be read. Fixes are written at once. */
  const checkFile = (file: string): FileReport[] => {
    const name = file === '-' ? '<stdin>' : file;
    const path = file === '-' ? '-' : resolve(io.cwd, file);
    const source = readSource(path);
    if (STRUCTURED.includes(extname(file).toLowerCase())) {
      const drafts = fieldSources(file, source.original, field!, subjectField);
      if (drafts.length === 0) io.err(`reply-coach: ${file}: no text at field "${field}"`);
      if (values.fix && drafts.length) io.err(`reply-coach: ${file}: --fix does not rewrite JSON/YAML exports; use --format json for the rewrites`);
      return drafts.map((d) => {
        const withSubject = d.subject === undefined ? options : { ...options, subject: d.subject };
        return { file, text: source.original, report: toSource(coach.analyze(d.text, withSubject), source.original, d) };
      });
    }
    const unknown = unknownDirectiveRules(source.original, coach.ruleIds);
    if (unknown.length) {
      const lines = new LineIndex(source.original);
      for (const u of unknown) {
        const { line, column } = lines.at(u.offset);
        io.err(`reply-coach: ${name}:${line}:${column}: no rule "${u.id}" in this directive${u.suggestion ? `; did you mean ${u.suggestion}?` : ''}`);
      }
    }
    const warn = (message: string) => io.err(`reply-coach: ${name}:${message}`);
    const analysis = analyzeFile(coach, options, file, source.original, source, warn);
    if ((values.fix || values['fix-dry-run']) && !unsupported(analysis.report)) {
      const after = fixed(source.original, analysis.report);
      if (after !== source.original) {
        if (values['fix-dry-run']) io.out(createTwoFilesPatch(name, name, source.original, after, '', '', { context: 1 }));
        else if (path === '-') io.out(after);
        else if (!writeSource({ ...source, file: path }, after)) {
          io.err(`reply-coach: ${file}: changed while being checked, not fixed`);
        } else {
          // What is left after the fixes decides the exit code.
          return [{ file: name, text: after, ...analyzeFile(coach, options, file, after, analyzable(file, after)) }];
        }
      }
    }
    return [{ file: name, text: source.original, ...analysis }];
  };

  // Progress on stderr once a run takes more than a second; quiet in CI and for machine-readable output.
  const started = Date.now();
  const progress = !process.env.CI && kind === 'stylish' && process.stderr.isTTY && !values['output-file'];
  const queue = stdin ? ['-', ...files] : files;
  queue.forEach((file, i) => {
    if (progress && Date.now() - started > 1000 && (i + 1) % 50 === 0) io.err(`reply-coach: ${i + 1}/${queue.length} files`);
    const ext = extname(file).toLowerCase();
    if (STRUCTURED.includes(ext) && !field) {
      io.err(`reply-coach: ${file}: a JSON/YAML file needs --field to say where the text is, skipped`);
      return;
    }
    if (file !== '-' && !STRUCTURED.includes(ext) && !SUPPORTED.includes(ext)) {
      io.err(`reply-coach: ${file}: not a .txt, .md, .html, .eml, .json or .yaml file, skipped`);
      return;
    }
    try {
      for (const result of checkFile(file)) {
        if (unsupported(result.report)) {
          const code = result.report.language.code;
          if (skipLanguages.has(code)) io.err(`reply-coach: ${result.file}: language "${code}" has no rules, skipped (skipLanguages)`);
          else {
            io.err(`reply-coach: ${result.file}: not checked: language "${code}" has no rules (add it to skipLanguages in the config to pass over it)`);
            notChecked++;
          }
          continue;
        }
        results.push(result);
      }
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      io.err(`reply-coach: ${e.message.replace(`${io.cwd}/`, '')}`);
      if (!e.skipped) notChecked++;
    }
  });
  const failing = (f: Report['findings'][number]) => RANK[f.severity] >= RANK[failOn];
  const shown = values.quiet ? results.map((r) => ({ ...r, report: { ...r.report, findings: r.report.findings.filter(failing) } })) : results;
  if (!values['fix-dry-run']) {
    const toFile = values['output-file'];
    const text = format(kind, shown, io.version, { color: !toFile && (io.color ?? false), quiet: values.quiet ?? false });
    if (toFile) writeFileSync(resolve(io.cwd, toFile), text.endsWith('\n') || text === '' ? text : `${text}\n`);
    else if (text !== '') io.out(text);
  }
  if (notChecked > 0) return 2;
  const findings = results.flatMap((r) => r.report.findings);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return findings.some(failing) || warnings > maxWarnings ? 1 : 0;
}
