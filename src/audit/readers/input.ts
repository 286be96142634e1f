/** Opening an input file (or standard input) as a byte stream whose progress the audit can show. */
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';

/** Bytes read so far across every input, for the progress line's ETA. */
export interface ByteCount {
  read: number;
}

export const STDIN = '-';

/** The size of a file, or undefined for standard input and anything that is not a regular file. */
export function fileSize(file: string): number | undefined {
  if (file === STDIN) return undefined;
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** A stream of the file's bytes. */
export function openBytes(file: string): Readable {
  // 64 KB chunks (Node's default): the share read, and so the ETA, moves in small steps.
  return file === STDIN ? process.stdin : createReadStream(file);
}

/**
 * The bytes' first chunk, to tell the file's layout (a JSON array, an object, lines), and a
 * stream that still yields every byte, each chunk added to `count` as it is read.
 */
export async function peek(bytes: Readable, count?: ByteCount): Promise<{ head: string; bytes: Readable }> {
  const iterator = bytes[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  const head = first.done ? '' : first.value.toString('utf8');
  async function* all(): AsyncGenerator<Buffer> {
    try {
      for (let next = first; !next.done; next = await iterator.next()) {
        if (count) count.read += next.value.length;
        yield next.value;
      }
    } finally {
      await iterator.return?.(); // closes the file when reading stops early (--limit)
    }
  }
  return { head, bytes: Readable.from(all(), { objectMode: false }) };
}
