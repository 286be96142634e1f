import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, OptionsError, RulePackError, type AnalyzeOptions, type Report } from './index.js';
import { EXAMPLE } from './data/example.js';
import pkg from '../package.json' with { type: 'json' };
import { runCheck } from './cli/check.js';
import { UsageError } from './documents/fixes.js';
import { ConfigError } from './documents/config.js';
import { runLsp } from './lsp/command.js';

const HELP = `Usage: reply-coach [options] [file | -]
       reply-coach check [globs... | -] [options]   (see reply-coach check --help)
       reply-coach lsp --stdio                       (language server; see reply-coach lsp --help)

Coaches a support reply draft. With no file, analyzes a built-in example.

Options:
  --language <code>     draft language (en, pl, cs, sk, uz); detected when absent
  --channel <name>      email | chat | social | sms | voice (default email)
  --name <name>         the customer's name
  --locale <bcp47>      the customer's locale, e.g. en-GB
  --formality <f>       formal | informal
  --in-reply-to <file>  the customer's message this draft answers
  --json                print the report as JSON
  -h, --help            show this help`;

function render(report: Report, draft: string): string {
  const out: string[] = [];
  out.push(`Language: ${report.language.code}${report.language.detected ? ` (detected, confidence ${report.language.confidence})` : ''}`);
  out.push(`Words: ${report.metrics.words}, sentences: ${report.metrics.sentences}${report.metrics.readability ? `, ${report.metrics.readability.formula} ${report.metrics.readability.score}` : ''}`);
  out.push('');
  out.push(report.findings.length === 0 ? 'No findings.' : `${report.findings.length} findings:`);
  for (const f of report.findings) {
    const excerpt = f.start === f.end ? '(insertion point)' : `“${f.excerpt.length > 60 ? `${f.excerpt.slice(0, 57)}...` : f.excerpt}”`;
    out.push(`  ${f.line}:${f.column}  ${f.severity.padEnd(10)} ${f.ruleId}  ${excerpt}`);
    out.push(`      ${f.message}`);
    if (f.suggestions[0]) out.push(`      → ${f.suggestions[0].label}`);
  }
  out.push('');
  out.push('Scores: ' + Object.entries(report.scores).map(([k, v]) => `${k} ${v}`).join(', '));
  if (report.rewrite !== draft) {
    out.push('');
    out.push('Rewritten draft:');
    out.push('----------------');
    out.push(report.rewrite);
  }
  return out.join('\n');
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      language: { type: 'string' },
      channel: { type: 'string' },
      name: { type: 'string' },
      locale: { type: 'string' },
      formality: { type: 'string' },
      'in-reply-to': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const file = positionals[0];
  let draft: string;
  let options: AnalyzeOptions;
  if (file === undefined) {
    draft = EXAMPLE.draft;
    options = structuredClone(EXAMPLE.options) as AnalyzeOptions;
    if (!values.json) console.log(`No draft given: analyzing the built-in example.\n\n${draft}\n\n${'='.repeat(60)}`);
  } else {
    draft = readFileSync(file === '-' ? 0 : file, 'utf8');
    const audience = { name: values.name, locale: values.locale, formality: values.formality };
    options = {
      language: values.language,
      channel: values.channel,
      audience: Object.values(audience).some((v) => v !== undefined) ? audience : undefined,
      inReplyTo: values['in-reply-to'] ? readFileSync(values['in-reply-to'], 'utf8') : undefined,
    } as AnalyzeOptions;
    options = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  }
  const report = analyze(draft, options);
  console.log(values.json ? JSON.stringify(report, null, 2) : render(report, draft));
  return 0;
}

try {
  const argv = process.argv.slice(2);
  process.exitCode =
    argv[0] === 'check'
      ? runCheck(argv.slice(1), { out: (s) => console.log(s), err: (s) => console.error(s), cwd: process.cwd(), version: pkg.version })
      : argv[0] === 'lsp'
        ? runLsp(argv.slice(1), { out: (s) => console.log(s), version: pkg.version })
        : main(argv);
} catch (e) {
  const known = [OptionsError, RulePackError, UsageError, ConfigError].some((Kind) => e instanceof Kind);
  if (known || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`reply-coach: ${(e as Error).message}`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
