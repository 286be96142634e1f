// Reading the files the CLI checks and the documents the language server coaches:
// bytes to text (UTF-8 or UTF-16, BOM kept aside), then Markdown and HTML to the
// prose the coach reads (src/documents/markdown.ts, src/documents/html.ts).
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Reading } from './fixes.js';
import { htmlText } from './html.js';
import { mailText } from './mail.js';
import { markdownText } from './markdown.js';

/** How a file's bytes were decoded, so a fixed file is written back the same way. */
export interface Encoding {
  charset: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Whether the file starts with a byte order mark (kept first when written). */
  bom: boolean;
}

/** A file's text as the coach reads it (`text`, `map` and `place` are as `Reading` says, of `original`). */
export interface Source extends Reading {
  file: string;
  /** The file's text, decoded, without its byte order mark: offsets and columns count from here. */
  original: string;
  encoding?: Encoding;
  /** The bytes as read: a fix is written only if the file still holds them. */
  bytes?: Buffer;
}

export class SourceError extends Error {
  override readonly name = 'SourceError';
  /** A file passed over on purpose, not one that failed to read. */
  constructor(
    message: string,
    readonly skipped = false,
  ) {
    super(message);
  }
}

export const SUPPORTED = ['.txt', '.md', '.markdown', '.html', '.htm', '.eml'];

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16 = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

const swap = (bytes: Buffer) => Buffer.from(bytes).swap16();

/** UTF-16 without a byte order mark: text in Latin script has a zero in every other byte. */
function guessUtf16(bytes: Buffer): Encoding['charset'] | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) (i % 2 ? odd++ : even++);
  const pairs = bytes.length / 2;
  if (odd >= pairs * 0.3 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.3 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Text with controls other than tab, line breaks and form feed is not a draft. */
const BINARY = /[\0-\x08\x0E-\x1F]/;

/** Decodes a file's bytes; SourceError (not checked) for bytes that are not text. */
export function decode(bytes: Buffer, file: string): { original: string; encoding: Encoding } {
  let charset: Encoding['charset'] = 'utf-8';
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bom = true;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [charset, bom] = ['utf-16le', true];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [charset, bom] = ['utf-16be', true];
  else if (bytes.includes(0)) charset = guessUtf16(bytes) ?? charset;
  let original: string;
  try {
    if (charset === 'utf-8') original = UTF8.decode(bom ? bytes.subarray(3) : bytes);
    else {
      const body = bom ? bytes.subarray(2) : bytes;
      original = UTF16.decode(charset === 'utf-16be' ? swap(body) : body);
    }
  } catch {
    if (charset === 'utf-8' && !bytes.includes(0)) throw new SourceError(`${file}: not valid UTF-8; not checked, and never rewritten`);
    throw new SourceError(`${file}: binary file, not checked`);
  }
  if (BINARY.test(original)) throw new SourceError(`${file}: binary file, not checked`);
  return { original, encoding: { charset, bom } };
}

/** Text back to bytes in the file's own encoding, byte order mark first. */
export function encode(text: string, encoding: Encoding): Buffer {
  const body = encoding.bom ? `\uFEFF${text}` : text;
  if (encoding.charset === 'utf-8') return Buffer.from(body, 'utf8');
  const le = Buffer.from(body, 'utf16le');
  return encoding.charset === 'utf-16be' ? le.swap16() : le;
}

/** Reads a file (or standard input for "-"); bytes that are not text are refused with a SourceError. */
export function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    throw new SourceError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { original, encoding } = decode(bytes, file);
  return { file, original, encoding, bytes, ...analyzable(file, original) };
}

/**
 * How a file is read, by its extension. Any other text (.txt, .eml, standard
 * input) is read as an email: a header block it opens with is not the reply.
 */
export function readingOf(file: string): 'markdown' | 'html' | 'mail' {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'mail';
}

/** The text the coach reads for a file's content: Markdown with its non-prose parts blanked, HTML's text, an email's body. */
export function analyzable(file: string, content: string): Reading {
  const reading = readingOf(file);
  if (reading === 'html') return htmlText(content);
  return { text: reading === 'markdown' ? markdownText(content) : mailText(content) };
}

/**
 * Writes a fixed file: only if it still holds the bytes it was read with (an
 * edit made meanwhile is never overwritten), through a temporary file renamed
 * over it (never half-written), keeping its mode and encoding. Returns false,
 * writing nothing, when the file changed since it was read.
 */
export function writeSource(source: Source, text: string): boolean {
  const path = source.file;
  let now: Buffer;
  try {
    now = readFileSync(path);
  } catch {
    return false;
  }
  if (source.bytes && !now.equals(source.bytes)) return false;
  const mode = statSync(path).mode & 0o7777;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.reply-coach.tmp`);
  try {
    writeFileSync(temporary, encode(text, source.encoding ?? { charset: 'utf-8', bom: false }), { mode });
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created.
    }
    throw e;
  }
  return true;
}
