import type { AnalyzeOptions, Coach, Report } from '../index.js';
import { LineIndex } from '../coach/position.js';
import { toSource, type Reading } from '../documents/fixes.js';
import { readingOf } from '../documents/sources.js';
import { fileSubject, placeSubject, unreadSubject } from '../documents/subject.js';

/** The subject line a file carries, and where its text starts (1-based line and column). */
export interface SubjectInFile {
  text: string;
  line: number;
  column: number;
}

/**
 * A file's report. Its subject line is --subject when given (findings keep
 * their offsets into it), else the one the file carries (front matter
 * `subject:`, a `Subject:` header), whose findings are placed on its text in
 * the file as the language server places them; a file with neither has none.
 * `warn` hears of a subject that front matter names but does not hold as YAML.
 */
export function analyzeFile(
  coach: Coach,
  options: AnalyzeOptions,
  file: string,
  original: string,
  reading: Reading,
  warn?: (message: string) => void,
): { report: Report; subject?: SubjectInFile } {
  const inFile = options.subject === undefined ? fileSubject(file, original) : undefined;
  const unread = options.subject === undefined && !inFile && warn ? unreadSubject(readingOf(file), original) : undefined;
  if (unread) warn!(`${unread.line}:${unread.column}: front matter is not valid YAML (${unread.message}), so its subject is not checked; a subject with ": " in it needs quotes`);
  const report = toSource(coach.analyze(reading.text, inFile ? { ...options, subject: inFile.text } : options), original, reading);
  if (!inFile) return { report };
  const at = new LineIndex(original).at(inFile.map[0]!);
  return { report: placeSubject(report, original, inFile, inFile.text), subject: { text: inFile.text, line: at.line, column: at.column } };
}

/** Where a finding is, as the text formats print it: on a --subject line, its column there; else its line and column in the file. */
export const findingPlace = (f: Report['findings'][number], subjectInFile: boolean) =>
  f.field === 'subject' && !subjectInFile ? `subject:${f.column}` : `${f.line}:${f.column}`;
