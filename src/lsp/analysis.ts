import type { AnalyzeOptions, Coach, Report } from '../index.js';
import { fixed, toSource } from '../documents/fixes.js';
import { analyzable } from '../documents/sources.js';

/** How a document's text is read: as `reply-coach check` reads a .txt, .md or .html file. */
export type Kind = 'plaintext' | 'markdown' | 'html';

/** Any other languageId (Neovim's `text` or `mail`, say) is coached as plain text: the client chose to send it. */
export function kindOf(languageId: string): Kind {
  return languageId === 'markdown' || languageId === 'html' ? languageId : 'plaintext';
}

// `analyzable` picks the reading by file extension; a document has a languageId instead.
const AS_FILE: Record<Kind, string> = { plaintext: 'draft.txt', markdown: 'draft.md', html: 'draft.html' };

/** One document version, coached: the report's offsets are offsets into `original`, the editor's text. */
export interface Analysis {
  version: number;
  kind: Kind;
  original: string;
  /** What the coach read: `original` with non-prose blanked (Markdown) or the decoded text (HTML). */
  text: string;
  report: Report;
}

export function analyzeDocument(coach: Coach, options: AnalyzeOptions, kind: Kind, original: string, version: number): Analysis {
  const { text, map } = analyzable(AS_FILE[kind], original);
  return { version, kind, original, text, report: toSource(coach.analyze(text, options), original, map) };
}

/**
 * The document with every safe fix applied, as `check --fix` writes it. Where
 * the coach read the editor's text unchanged, the report's own rewrite is used
 * (it gives fixes that clashed a second pass); otherwise the fixes are applied
 * to the editor's text, whose masked parts (front matter, tags) no fix touches.
 */
export function withSafeFixes(analysis: Analysis): string {
  return analysis.text === analysis.original ? analysis.report.rewrite : fixed(analysis.original, analysis.report);
}
