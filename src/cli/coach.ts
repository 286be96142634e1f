// The default command: `reply-coach [options] [files... | -]`, a detailed report per draft.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createColors } from 'picocolors';
import { createCoach, type AnalyzeOptions, type Report } from '../index.js';
import { EXAMPLE } from '../data/example.js';
import { loadConfig } from '../documents/config.js';
import { readSource } from '../documents/sources.js';
import { analyzeFile, findingPlace } from './analyze-file.js';
import { COACH_FLAGS, coachOptions, spellingFor, unsupported } from './options.js';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  color: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A report as text; `subjectInFile`: its subject findings are placed in the file, not on --subject. */
export function render(report: Report, draft: string, color: boolean, subjectInFile = false): string {
  const pc = createColors(color);
  const out: string[] = [];
  const language = report.language;
  out.push(`Language: ${language.code}${language.detected ? ` (detected, confidence ${language.confidence})` : ''}`);
  if (unsupported(report)) {
    out.push('', pc.yellow(`Not checked: reply-coach has no rules for "${language.code}" (it coaches en, pl, cs, sk and uz).`));
    return out.join('\n');
  }
  out.push(`Words: ${report.metrics.words}, sentences: ${report.metrics.sentences}${report.metrics.readability ? `, ${report.metrics.readability.formula} ${report.metrics.readability.score}` : ''}`);
  out.push('');
  out.push(report.findings.length === 0 ? 'No findings.' : `${plural(report.findings.length, 'finding')}:`);
  const SEVERITY = { error: pc.red, warning: pc.yellow, suggestion: pc.cyan };
  for (const f of report.findings) {
    const excerpt = f.start === f.end ? '(insertion point)' : `“${f.excerpt.length > 60 ? `${f.excerpt.slice(0, 57)}...` : f.excerpt}”`;
    out.push(`  ${findingPlace(f, subjectInFile)}  ${SEVERITY[f.severity](f.severity.padEnd(10))} ${pc.dim(f.ruleId)}  ${excerpt}`);
    out.push(`      ${f.message}`);
    if (f.suggestions[0]) out.push(`      → ${f.suggestions[0].label}`);
  }
  out.push('');
  out.push('Scores: ' + Object.entries(report.scores).map(([k, v]) => `${k} ${v}`).join(', '));
  if (report.rewrite !== draft) {
    out.push('', 'Rewritten draft:', '----------------', report.rewrite);
  }
  return out.join('\n');
}

/** Runs the default command; returns the exit code (0: reports printed; 2: a draft could not be checked). */
export function runCoach(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...COACH_FLAGS, json: { type: 'boolean' } },
  });
  const { config, packs } = loadConfig(io.cwd, values.config);
  const coach = createCoach({ packs, ...spellingFor(config, values, io.err) });
  if (positionals.length === 0) {
    const options = structuredClone(EXAMPLE.options) as AnalyzeOptions;
    const report = coach.analyze(EXAMPLE.draft, options);
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    const audience = options.audience ?? {};
    io.out(
      [
        'No draft given: analyzing the built-in example, a reply to an upset customer.',
        '',
        `Customer: ${audience.name ?? '(unnamed)'}, locale ${audience.locale ?? '(not given)'}, ${audience.formality ?? 'neutral'} register; channel ${options.channel ?? 'email'}, language ${options.language ?? '(detected)'}`,
        `Their message: “${options.inReplyTo ?? ''}”`,
        '',
        EXAMPLE.draft,
        '='.repeat(60),
      ].join('\n'),
    );
    io.out(render(report, EXAMPLE.draft, io.color));
    io.out(
      [
        '',
        'Try next:',
        '  reply-coach my-reply.txt --name Anna --locale en-GB     coach your own draft',
        '  echo "We can\'t refund this." | reply-coach - --json      a report as JSON',
        '  reply-coach check "templates/**/*.md"                    check canned responses in CI',
        '  reply-coach rules                                        every rule; reply-coach explain <rule-id>',
      ].join('\n'),
    );
    return 0;
  }
  const options = coachOptions(config, values, io.cwd);
  const reports: { file: string; report: Report }[] = [];
  let failed = 0;
  for (const file of positionals) {
    const name = file === '-' ? '<stdin>' : file;
    const source = readSource(file === '-' ? '-' : resolve(io.cwd, file));
    const { report, subject } = analyzeFile(coach, options, file, source.original, source, (message) => io.err(`reply-coach: ${name}:${message}`));
    if (unsupported(report)) {
      io.err(`reply-coach: ${name}: not checked: language "${report.language.code}" has no rules`);
      failed++;
    }
    reports.push({ file: name, ...(subject ? { subject } : {}), report });
    if (!values.json) {
      if (positionals.length > 1) io.out(`${reports.length > 1 ? '\n' : ''}${'='.repeat(60)}\n${file}\n${'='.repeat(60)}`);
      io.out(render(report, source.original, io.color, subject !== undefined));
    }
  }
  if (values.json) io.out(JSON.stringify(positionals.length === 1 ? reports[0]!.report : reports, null, 2));
  return failed ? 2 : 0;
}
