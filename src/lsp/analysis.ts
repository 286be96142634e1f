import type { AnalyzeOptions, Coach, Report } from '../index.js';
import { fixed, toSource } from '../documents/fixes.js';
import { analyzable } from '../documents/sources.js';
import { documentSubject, placeSubject } from '../documents/subject.js';

import type { Kind } from './kind.js';

export { kindOf, type Kind } from './kind.js';

// `analyzable` picks the reading by file extension; a document has a languageId instead.
const AS_FILE: Record<Kind, string> = { plaintext: 'draft.txt', markdown: 'draft.md', html: 'draft.html', mail: 'draft.eml' };

/** One document version, coached: the report's offsets are offsets into `original`, the editor's text. */
export interface Analysis {
  version: number;
  kind: Kind;
  original: string;
  /** What the coach read: `original` with non-prose blanked (Markdown) or the decoded text (HTML). */
  text: string;
  report: Report;
}

/**
 * Coaches a document as `check` reads its file. Its subject is the one the
 * document carries (Markdown front matter, a mail header), else the settings'.
 */
export function analyzeDocument(coach: Coach, options: AnalyzeOptions, kind: Kind, original: string, version: number): Analysis {
  const reading = analyzable(AS_FILE[kind], original);
  const inDocument = documentSubject(kind, original);
  const subject = inDocument?.text ?? options.subject;
  const report = toSource(coach.analyze(reading.text, subject === undefined ? options : { ...options, subject }), original, reading);
  return { version, kind, original, text: reading.text, report: placeSubject(report, original, inDocument, subject) };
}

/**
 * The document with every safe fix applied, as `check --fix` writes it. Where
 * the coach read the editor's text unchanged, the report's own rewrite is used
 * (it gives fixes that clashed a second pass); otherwise the fixes are applied
 * to the editor's text, whose masked parts (front matter, tags) no fix touches.
 */
export function withSafeFixes(analysis: Analysis): string {
  // A CRLF document's report was moved (its edits take CRLF), so its rewrite is made from the edits as well.
  return analysis.text === analysis.original ? analysis.report.rewrite : fixed(analysis.original, analysis.report);
}
