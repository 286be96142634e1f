import pc from 'picocolors';
import type { Report, Severity } from '../index.js';

export interface FileReport {
  file: string;
  report: Report;
}

export const FORMATS = ['stylish', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

const COLOR: Record<Severity, (s: string) => string> = { error: pc.red, warning: pc.yellow, suggestion: pc.cyan };

/** ESLint-like text: a block per file, then a count. */
function stylish(results: FileReport[]): string {
  const out: string[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const { file, report } of results) {
    if (report.findings.length === 0) continue;
    out.push(pc.underline(file));
    for (const f of report.findings) {
      count[f.severity]++;
      out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${COLOR[f.severity](f.severity.padEnd(10))} ${f.message}  ${pc.dim(f.ruleId)}`);
    }
    out.push('');
  }
  const total = count.error + count.warning + count.suggestion;
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

export function format(kind: Format, results: FileReport[]): string {
  if (kind === 'json') return JSON.stringify(results, null, 2);
  return kind === 'github' ? github(results) : stylish(results);
}
