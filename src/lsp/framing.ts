import { Transform, type TransformCallback } from 'node:stream';

/** A frame of the base protocol that cannot be read: the stream cannot be trusted past it. */
export class FramingError extends Error {
  override readonly name = 'FramingError';
}

const SEPARATOR = Buffer.from('\r\n\r\n');
/** Headers are a line or two; more than this without the blank line is not a header. */
const MAX_HEADER = 8192;

/**
 * Checks LSP's framing (headers ending in CRLF CRLF, a Content-Length, a JSON
 * body of exactly that length) and passes the bytes on unchanged. One bad frame
 * (a wrong Content-Length, LF-only separators) would leave the JSON-RPC reader
 * waiting forever, answering nothing: this stream fails instead, so the server
 * can say why and exit, and the client restarts it.
 */
export class FrameChecker extends Transform {
  private buffer: Buffer = Buffer.alloc(0);

  override _transform(chunk: Buffer, _: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    try {
      this.drain();
    } catch (e) {
      done(e as Error);
      return;
    }
    this.push(chunk);
    done();
  }

  private drain(): void {
    for (;;) {
      const end = this.buffer.indexOf(SEPARATOR);
      if (end === -1) {
        if (this.buffer.length > MAX_HEADER || /\n\n/.test(this.buffer.subarray(0, MAX_HEADER).toString('latin1'))) {
          throw new FramingError('malformed message header (headers must end with CRLF CRLF)');
        }
        return;
      }
      const headers = this.buffer.subarray(0, end).toString('ascii');
      const length = /^content-length: *(\d+) *$/im.exec(headers);
      if (!length || headers.split('\r\n').some((line) => !/^[\w-]+: *.*$/.test(line) || line.includes('\n'))) {
        throw new FramingError(`malformed message header ${JSON.stringify(headers.slice(0, 80))}`);
      }
      const size = Number(length[1]);
      if (this.buffer.length < end + 4 + size) return;
      const body = this.buffer.subarray(end + 4, end + 4 + size).toString('utf8');
      try {
        JSON.parse(body);
      } catch {
        throw new FramingError(`message body is not JSON of its Content-Length (${size} bytes)`);
      }
      this.buffer = this.buffer.subarray(end + 4 + size);
    }
  }
}
