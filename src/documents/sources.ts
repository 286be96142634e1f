import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/** A file's text as the coach reads it: same length as the original, so offsets map one to one. */
export interface Source {
  file: string;
  original: string;
  text: string;
  /** Where `text` is not the same length as `original` (decoded HTML): source offset of each text offset. */
  map?: number[];
}

export class SourceError extends Error {
  /** A file passed over on purpose (binary), not one that failed to read. */
  constructor(
    message: string,
    readonly skipped = false,
  ) {
    super(message);
  }
}

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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…' };

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16) || 32);
  if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)) || 32);
  return ENTITIES[body] ?? ' ';
}

/**
 * HTML: the text only. Scripts, styles, tags and comments (other than our
 * directives) are blanked to spaces of the same length; entities are decoded
 * ("can&apos;t" reads as "can't"), so `map` gives, for each UTF-16 unit of the
 * text (and its end), the offset in the source file.
 */
function htmlText(source: string): { text: string; map: number[] } {
  let blanked = source;
  for (const re of [/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, /<!--(?!\s*reply-coach-)[\s\S]*?-->/g, /<\/?[a-zA-Z][^>]*>/g]) {
    for (const m of blanked.matchAll(re)) blanked = blank(blanked, m.index, m.index + m[0].length);
  }
  let text = '';
  const map: number[] = [];
  const entity = /&(?:[a-zA-Z]+|#\d+|#[xX][0-9a-fA-F]+);/y;
  for (let i = 0; i < blanked.length; ) {
    entity.lastIndex = i;
    const m = blanked[i] === '&' ? entity.exec(blanked) : null;
    const piece = m ? decodeEntity(m[0]) : blanked[i]!;
    for (let k = 0; k < piece.length; k++) map.push(i);
    text += piece;
    i += m ? m[0].length : 1;
  }
  map.push(blanked.length);
  return { text, map };
}

export const SUPPORTED = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Reads a file (or standard input for "-"); binary files are refused with a SourceError. */
export function readSource(file: string): Source {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    throw new SourceError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (buffer.includes(0)) throw new SourceError(`${file}: binary file, skipped`, true);
  const original = buffer.toString('utf8');
  return { file, original, ...analyzable(file, original) };
}

/** The text the coach reads for a file's content: Markdown with its non-prose parts blanked, HTML's text. */
export function analyzable(file: string, content: string): { text: string; map?: number[] } {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return htmlText(content);
  return { text: ext === '.md' || ext === '.markdown' ? maskMarkdown(content) : content };
}
