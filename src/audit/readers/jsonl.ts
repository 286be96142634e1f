/** JSON Lines: one record per line, read line by line; a line that is not JSON is reported with its number and skipped. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { RawRecord, ReadIssue } from './types.js';

export async function* jsonlRecords(bytes: Readable, file: string, report: (issue: ReadIssue) => void): AsyncGenerator<RawRecord> {
  const lines = createInterface({ input: bytes, crlfDelay: Infinity });
  let line = 0;
  for await (let text of lines) {
    line++;
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      report({ where: { file, line }, message: `not JSON: ${(error as Error).message}` });
      continue;
    }
    yield { value, where: { file, line } };
  }
}
