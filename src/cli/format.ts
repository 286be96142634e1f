import { createColors } from 'picocolors';
import type { Report, Severity } from '../index.js';
import { LineIndex } from '../coach/position.js';
import { findingPlace, type SubjectInFile } from './analyze-file.js';

export interface FileReport {
  file: string;
  /** The text that was analyzed (to place the end of each finding). */
  text: string;
  report: Report;
  /** The subject line the file carries, when it was checked: its findings are placed in the file. */
  subject?: SubjectInFile;
}

export const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** ANSI colors in the stylish format. */
  color?: boolean;
  /** Nothing at all when there is nothing to report (stylish). */
  quiet?: boolean;
}

/** ESLint-like text: a block per file, then a count. */
function stylish(results: FileReport[], { color = false, quiet = false }: FormatOptions): string {
  const pc = createColors(color);
  const COLOR: Record<Severity, (s: string) => string> = { error: pc.red, warning: pc.yellow, suggestion: pc.cyan };
  const out: string[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const { file, report, subject } of results) {
    if (report.findings.length === 0) continue;
    out.push(pc.underline(file));
    for (const f of report.findings) {
      count[f.severity]++;
      out.push(`  ${findingPlace(f, subject !== undefined).padEnd(8)} ${COLOR[f.severity](f.severity.padEnd(10))} ${f.message}  ${pc.dim(f.ruleId)}`);
    }
    out.push('');
  }
  const total = count.error + count.warning + count.suggestion;
  if (quiet && total === 0) return '';
  out.push(
    total === 0
      ? pc.green('No problems found.')
      : `${total} problem${total === 1 ? '' : 's'} (${count.error} error${count.error === 1 ? '' : 's'}, ${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.suggestion} suggestion${count.suggestion === 1 ? '' : 's'})`,
  );
  return out.join('\n');
}

// GitHub workflow commands escape these in data and, with ',' and ':', in properties.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'notice' };

/** One workflow annotation per finding. */
function github(results: FileReport[]): string {
  const lines: string[] = [];
  for (const { file, report } of results) {
    for (const f of report.findings) {
      lines.push(`::${LEVEL[f.severity]} file=${prop(file)},line=${f.line},col=${f.column},title=${prop(f.ruleId)}::${data(f.message)}`);
    }
  }
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'note' };

/** SARIF 2.1.0 for code-scanning tools; columns are UTF-16 code units, as SARIF's default column kind says. */
function sarif(results: FileReport[], version: string): string {
  const rules = new Map<string, Severity>();
  const out = results.flatMap(({ file, text, report }) => {
    const lines = new LineIndex(text);
    return report.findings.map((f) => {
      rules.set(f.ruleId, f.severity);
      const end = lines.at(f.end);
      return {
        ruleId: f.ruleId,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.replace(/\\/g, '/') },
              region: { startLine: f.line, startColumn: f.column, endLine: end.line, endColumn: end.column },
            },
          },
        ],
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reply-coach',
            version,
            rules: [...rules].map(([id, severity]) => ({ id, defaultConfiguration: { level: SARIF_LEVEL[severity] } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/**
 * XML 1.0 allows neither most control characters nor lone surrogates, even as
 * character references: they are shown as U+FFFD so the document stays well-formed.
 */
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xml = (s: string) => s.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML: a test suite per file, a failing test case per finding. */
function junit(results: FileReport[]): string {
  const suites = results.map(({ file, report }) => {
    const cases = report.findings.length
      ? report.findings.map(
          (f) =>
            `    <testcase classname="${xml(file)}" name="${xml(`${f.line}:${f.column} ${f.ruleId}`)}">\n` +
            `      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${file}:${f.line}:${f.column} “${f.excerpt}”`)}</failure>\n    </testcase>`,
        )
      : [`    <testcase classname="${xml(file)}" name="no findings"/>`];
    const count = Math.max(1, report.findings.length);
    return `  <testsuite name="${xml(file)}" tests="${count}" failures="${report.findings.length}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = results.reduce((n, r) => n + Math.max(1, r.report.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.report.findings.length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="reply-coach" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>`;
}

export function format(kind: Format, results: FileReport[], version = '0.0.0', options: FormatOptions = {}): string {
  switch (kind) {
    case 'json':
      return JSON.stringify(results.map(({ file, report, subject }) => ({ file, ...(subject ? { subject } : {}), report })), null, 2);
    case 'github':
      return github(results);
    case 'sarif':
      return sarif(results, version);
    case 'junit':
      return junit(results);
    case 'stylish':
      return stylish(results, options);
  }
}
