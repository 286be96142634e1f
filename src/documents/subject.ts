// The subject line a document carries itself: `subject:` in a Markdown file's YAML front
// matter, or the Subject header of an email (Neovim's and mutt's `mail`, a .eml or .txt
// file that opens with headers). The CLI and the language server both read it here.
import { isMap, isScalar, parse, parseDocument } from 'yaml';
import { applyEdits } from '../coach/edits.js';
import { LineIndex } from '../coach/position.js';
import type { Finding, Report, TextEdit } from '../schema/report.js';
import { offsets } from './fields.js';
import { withFindings } from './fixes.js';
import { mailHeaders } from './mail.js';
import { readingOf } from './sources.js';

/** A subject line found in a document. */
export interface DocumentSubject {
  /** The subject as the coach reads it. */
  text: string;
  /** Document offset of each UTF-16 unit of `text`, and of its end. */
  map: number[];
  /** Where the subject's value is written in the document (quotes included). */
  start: number;
  end: number;
  /** How a new subject is written there (quoted in YAML when a plain value would not read back the same). */
  render: (subject: string) => string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n/;
const FENCE = /^---[ \t]*\r?$/m;

/** A YAML value written plain when it reads back as itself, else double-quoted (JSON's quoting is valid YAML). */
const yamlValue = (value: string) => {
  try {
    if (!/[\r\n]/.test(value) && parse(`subject: ${value}`)?.subject === value) return value;
  } catch {
    // Not plain YAML: quoted below.
  }
  return JSON.stringify(value);
};

/** A Markdown file's front matter (`---` fences, as micromark reads them), parsed; `from` is where its YAML starts. */
function frontMatter(source: string) {
  const open = FRONT_MATTER.exec(source);
  if (!open) return undefined;
  const from = open[0].length;
  const close = FENCE.exec(source.slice(from));
  if (!close) return undefined;
  const yaml = source.slice(from, from + close.index);
  try {
    return { from, yaml, doc: parseDocument(yaml, { keepSourceTokens: false }) };
  } catch {
    return undefined;
  }
}

/** `subject:` in a Markdown file's YAML front matter. */
function frontMatterSubject(source: string): DocumentSubject | undefined {
  const { from, doc } = frontMatter(source) ?? {};
  if (!doc) return undefined;
  // Front matter that is not valid YAML ("subject: Re: Update" unquoted) has no subject to rely on.
  const node = isMap(doc.contents) && doc.errors.length === 0 ? doc.contents.get('subject', true) : undefined;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const [start, end] = [from! + node.range[0], from! + node.range[1]];
  const text = node.value;
  return { text, map: offsets(source.slice(start, end), start, text), start, end, render: yamlValue };
}

/**
 * Where front matter that is not valid YAML names a subject, which is then not
 * read ("subject: Re: Update" needs quotes: ": " opens a mapping in YAML).
 */
export function unreadSubject(kind: string, source: string): { line: number; column: number; message: string } | undefined {
  const { from, yaml, doc } = kind === 'markdown' ? (frontMatter(source) ?? {}) : {};
  if (!doc || doc.errors.length === 0 || !/^subject[ \t]*:/m.test(yaml!)) return undefined;
  const error = doc.errors[0]!;
  // YAML's own message places the error in the front matter; the caller places it in the file.
  return { ...new LineIndex(source).at(from! + error.pos[0]), message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') };
}

/** The Subject header of an email: its value up to the end of the line (folded lines are not read). */
function mailSubject(source: string): DocumentSubject | undefined {
  const header = mailHeaders(source).find((h) => h.name.toLowerCase() === 'subject');
  if (!header) return undefined;
  const text = source.slice(header.valueStart, header.valueEnd);
  const map = Array.from({ length: text.length + 1 }, (_, k) => header.valueStart + k);
  return { text, map, start: header.valueStart, end: header.valueEnd, render: (s) => s.replace(/\s*[\r\n]+\s*/g, ' ') };
}

/**
 * The subject line of a Markdown file (front matter) or an email (its header),
 * if it has one. Plain text is read as an email: one that opens with a header
 * block is one, and `analyzable` does not coach its headers either.
 */
export function documentSubject(kind: string, source: string): DocumentSubject | undefined {
  if (kind === 'markdown') return frontMatterSubject(source);
  if (kind === 'mail' || kind === 'plaintext') return mailSubject(source);
  return undefined;
}

/** The subject line a file carries, read as its extension says (`analyzable` reads the rest of it the same way). */
export const fileSubject = (file: string, source: string) => documentSubject(readingOf(file), source);

/**
 * A suggestion's edits of the subject as one edit of the document: the new
 * subject written over the old value, in the document's syntax (a new value
 * with ": " must be quoted in YAML; editing inside the plain value would break it).
 */
export function subjectEdit(subject: DocumentSubject, edits: TextEdit[]): TextEdit {
  return { start: subject.start, end: subject.end, text: subject.render(applyEdits(subject.text, edits)) };
}

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
