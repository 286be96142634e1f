// The subject line a document carries itself: `subject:` in a Markdown file's YAML front
// matter, or the Subject header of an email being written (Neovim's and mutt's `mail`).
import { isMap, isScalar, parse, parseDocument } from 'yaml';
import { applyEdits } from '../coach/edits.js';
import type { TextEdit } from '../schema/report.js';
import { offsets } from './fields.js';
import { mailHeaders } from './mail.js';

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

/** `subject:` in a Markdown file's YAML front matter (`---` fences, as micromark reads them). */
function frontMatterSubject(source: string): DocumentSubject | undefined {
  const open = FRONT_MATTER.exec(source);
  if (!open) return undefined;
  const from = open[0].length;
  const close = FENCE.exec(source.slice(from));
  if (!close) return undefined;
  let doc;
  try {
    doc = parseDocument(source.slice(from, from + close.index), { keepSourceTokens: false });
  } catch {
    return undefined;
  }
  // Front matter that is not valid YAML ("subject: Re: Update" unquoted) has no subject to rely on.
  const node = isMap(doc.contents) && doc.errors.length === 0 ? doc.contents.get('subject', true) : undefined;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  const text = node.value;
  const raw = source.slice(from + start, from + end);
  return { text, map: offsets(raw, from + start, text), start: from + start, end: from + end, render: yamlValue };
}

/** The Subject header of an email: its value up to the end of the line (folded lines are not read). */
function mailSubject(source: string): DocumentSubject | undefined {
  const header = mailHeaders(source).find((h) => h.name.toLowerCase() === 'subject');
  if (!header) return undefined;
  const text = source.slice(header.valueStart, header.valueEnd);
  const map = Array.from({ length: text.length + 1 }, (_, k) => header.valueStart + k);
  return { text, map, start: header.valueStart, end: header.valueEnd, render: (s) => s.replace(/\s*[\r\n]+\s*/g, ' ') };
}

/** The subject line of a Markdown file (front matter) or an email (its header), if it has one. */
export function documentSubject(kind: string, source: string): DocumentSubject | undefined {
  if (kind === 'markdown') return frontMatterSubject(source);
  if (kind === 'mail') return mailSubject(source);
  return undefined;
}

/**
 * A suggestion's edits of the subject as one edit of the document: the new
 * subject written over the old value, in the document's syntax (a new value
 * with ": " must be quoted in YAML; editing inside the plain value would break it).
 */
export function subjectEdit(subject: DocumentSubject, edits: TextEdit[]): TextEdit {
  return { start: subject.start, end: subject.end, text: subject.render(applyEdits(subject.text, edits)) };
}
