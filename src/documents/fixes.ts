// What the CLI and the language server share once a report exists: moving it onto the
// source file (HTML decoded to text) and applying its safe fixes.
import { applyEdits } from '../coach/edits.js';
import { LineIndex } from '../coach/position.js';
import type { Report, TextEdit } from '../schema/report.js';

export { UsageError } from './errors.js';

/** The line ending a text mostly uses: inserted lines take it, so a CRLF file stays CRLF. */
export function lineEnding(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text[i - 1] === '\r') crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** An edit's text with the file's line endings. */
const withEnding = (text: string, eol: string) => (eol === '\n' ? text : text.replace(/\r?\n/g, eol));

/** What the coach read of a file, and how to find it in the file (as `analyzable` and `readSource` give it). */
export interface Reading {
  /** The analyzed text: the file itself, Markdown with non-prose blanked, or an HTML file's decoded text. */
  text: string;
  /** Source offset of each text offset, where the text is not the file's length (decoded HTML, a field of an export). */
  map?: number[];
  /** Places an edit of the text in the file (HTML: inserted paragraphs as elements, text escaped). */
  place?: (edit: TextEdit) => TextEdit;
}

/**
 * A report on the text the coach read, moved onto the source file: offsets,
 * lines, columns, excerpts, edits (placed by `place` for HTML, in the file's
 * line endings) and the rewrite, which is the file with the fixes applied
 * (never the analyzed text, whose front matter, code and link addresses are
 * blanks). Findings on the subject line keep their offsets in the subject.
 */
export function toSource(report: Report, original: string, { text, map, place }: Reading): Report {
  const eol = lineEnding(original);
  // The coach read the file itself: its report, and its rewrite, hold as they are.
  if (text === original && eol === '\n') return report;
  const at = (offset: number) => (map ? map[Math.min(offset, map.length - 1)]! : offset);
  const move = (e: TextEdit): TextEdit => {
    const placed = place ? place(e) : map ? { ...e, start: at(e.start), end: e.end === e.start ? at(e.start) : at(e.end - 1) + 1 } : e;
    return { ...placed, text: withEnding(placed.text, eol) };
  };
  const lines = new LineIndex(original);
  const findings = report.findings.map((f) => {
    if (f.field === 'subject') return f;
    const start = at(f.start);
    const end = f.end === f.start ? start : at(f.end - 1) + 1;
    const suggestions = f.suggestions.map((s) => ({ ...s, edits: s.edits.map(move) }));
    return { ...f, start, end, ...lines.at(start), excerpt: original.slice(start, end), suggestions };
  });
  const moved: Report = withFindings(report, findings, () => fixed(original, moved));
  return moved;
}

/**
 * A report with other findings and a rewrite made on first read; its other
 * fields as they are, in their order. Copied property by property: spreading
 * the report would read its lazy rewrite, a re-analysis that may be thrown away.
 */
export function withFindings(report: Report, findings: Report['findings'], rewrite: () => string): Report {
  const copy = {} as Report;
  let made: string | undefined;
  for (const key of Object.keys(report)) {
    if (key === 'rewrite') Object.defineProperty(copy, key, { enumerable: true, get: () => (made ??= rewrite()) });
    else if (key === 'findings') copy.findings = findings;
    else Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(report, key)!);
  }
  return copy;
}

/**
 * The first suggestion of every fixable finding, applied to the original file
 * (clashing edits are skipped and wait for the next run). The analyzed text may
 * have masked parts (front matter, code blocks) that no edit touches, so the
 * edits hold for the original as well.
 */
export function fixed(original: string, report: Report): string {
  return applyEdits(
    original,
    // A subject line's fixes are edits of the subject, not of the file.
    report.findings.flatMap((f) => (f.fixable && f.field !== 'subject' && f.suggestions[0] ? f.suggestions[0].edits : [])),
  );
}
