/**
 * CSV with a header row, streamed through csv-parse: RFC 4180 quoting (quoted commas,
 * quotes and line breaks), a UTF-8 byte order mark, CRLF or LF line ends. A record with
 * the wrong number of fields, or a quote left open, is reported with its line and skipped.
 */
import { pipeline, type Readable } from 'node:stream';
import { parse, type CsvError, type InfoRecord, type Options } from 'csv-parse';
import type { RawRecord, ReadIssue } from './types.js';

/**
 * The first line of each record. csv-parse gives the line a record ends on, but counts a CRLF
 * inside quotes as two lines (and every line after it one too many), so the CRLFs seen so far
 * are taken off; the record's own line breaks then lead back to its first line.
 */
function lineFinder(): (endLine: number, raw: string | undefined) => number {
  let crlfInQuotes = 0;
  return (endLine, raw) => {
    const record = (raw ?? '').replace(/^[\r\n]+|[\r\n]+$/g, '');
    crlfInQuotes += record.match(/\r\n/g)?.length ?? 0;
    return endLine - crlfInQuotes - (record.match(/\r\n|\r|\n/g)?.length ?? 0);
  };
}

export async function* csvRecords(bytes: Readable, file: string, report: (issue: ReadIssue) => void): AsyncGenerator<RawRecord> {
  let header: string[] | undefined;
  const firstLine = lineFinder();
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    raw: true,
    // Called in parse order, so each record knows its own line (raw: the record and any empty lines before it).
    // With raw on, csv-parse hands each record over as { record, raw }.
    on_record: ((read: { record: string[] }, info: InfoRecord) => ({ record: read.record, line: firstLine(info.lines, info.raw) })) as unknown as Options['on_record'],
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const line = error ? firstLine((error as CsvError & { lines: number }).lines, raw) : undefined;
      report({ where: line === undefined ? { file } : { file, line }, message: (error?.message ?? 'unreadable record').replace(/ (on|at) line \d+/, '') });
    },
  });
  pipeline(bytes, parser, () => {});
  for await (const { record, line } of parser as AsyncIterable<{ record: string[]; line: number }>) {
    if (!header) {
      header = record.map((name) => name.trim());
      continue;
    }
    if (record.length !== header.length) continue; // csv-parse reported it through on_skip
    yield { value: Object.fromEntries(header.map((name, i) => [name, record[i]])), where: { file, line } };
  }
}
