import type { Finding, Report } from '../index.js';
import { LineIndex } from '../coach/position.js';
import { withFindings } from '../documents/fixes.js';
import { subjectEdit, type DocumentSubject } from '../documents/subject.js';

/**
 * Findings on the subject line, placed in the document: on the subject's own
 * text when the document holds it (front matter, a mail header), its fixes
 * rewriting that value; else at the document's start, the subject quoted in
 * the message, with no edits (the subject is a setting, not in the document).
 */
export function placeSubject(report: Report, original: string, inDocument: DocumentSubject | undefined, subject: string | undefined): Report {
  if (!report.findings.some((f) => f.field === 'subject')) return report;
  const lines = new LineIndex(original);
  const place = (f: Finding): Finding => {
    if (f.field !== 'subject') return f;
    if (!inDocument) {
      return { ...f, start: 0, end: 0, line: 1, column: 1, excerpt: '', message: `Subject “${subject ?? ''}”: ${f.message}`, suggestions: [], fixable: false };
    }
    const start = inDocument.map[Math.min(f.start, inDocument.map.length - 1)]!;
    const end = f.end === f.start ? start : inDocument.map[Math.min(f.end - 1, inDocument.map.length - 1)]! + 1;
    const suggestions = f.suggestions.map((s) => ({ ...s, edits: [subjectEdit(inDocument, s.edits)] }));
    return { ...f, start, end, ...lines.at(start), excerpt: original.slice(start, end), suggestions };
  };
  return withFindings(report, report.findings.map(place), () => report.rewrite);
}
