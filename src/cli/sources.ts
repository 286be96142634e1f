import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/** A file's text as the coach reads it: same length as the original, so offsets map one to one. */
export interface Source {
  file: string;
  original: string;
  text: string;
}

export class SourceError extends Error {}

/** Blanks a span with spaces, keeping line breaks, so the text keeps its length and line numbers. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** Markdown: front matter and fenced code blocks are not prose to coach. */
function maskMarkdown(text: string): string {
  let out = text;
  const front = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(out);
  if (front) out = blank(out, 0, front[0].length);
  for (const m of out.matchAll(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm)) out = blank(out, m.index, m.index + m[0].length);
  return out;
}

export const SUPPORTED = ['.txt', '.md', '.markdown'];

/** Reads a file (or standard input for "-"); binary files are refused with a SourceError. */
export function readSource(file: string): Source {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    throw new SourceError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (buffer.includes(0)) throw new SourceError(`${file}: binary file, skipped`);
  const original = buffer.toString('utf8');
  return { file, original, text: analyzable(file, original) };
}

/** The text the coach reads for a file's content: Markdown with its non-prose parts blanked. */
export function analyzable(file: string, content: string): string {
  const ext = extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? maskMarkdown(content) : content;
}
