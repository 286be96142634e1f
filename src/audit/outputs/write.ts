/** Writing the audit's files: the summary as JSON and CSV, the worst replies, one line per scored row. */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import type { AuditSummary, RowResult } from '../schema.js';
import { summaryCsvFiles } from './summary-csv.js';

/** Writes a file, making its folder first. */
export async function writeText(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** agents.csv, teams.csv, weeks.csv, categories.csv and rules.csv in `dir`; returns the paths written. */
export async function writeSummaryCsv(dir: string, summary: AuditSummary): Promise<string[]> {
  const files = Object.entries(summaryCsvFiles(summary));
  await Promise.all(files.map(([name, text]) => writeText(join(dir, name), text)));
  return files.map(([name]) => join(dir, name));
}

/** rows.jsonl: one RowResult a line, in input order, written as results come (waits when the disk is slower). */
export interface RowsWriter {
  write(result: RowResult): Promise<void>;
  close(): Promise<void>;
}

export async function createRowsWriter(file: string): Promise<RowsWriter> {
  await mkdir(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {}); // surfaced by the next write or close
  return {
    async write(result) {
      if (!out.write(`${JSON.stringify(result)}\n`)) await Promise.race([once(out, 'drain'), failed]);
    },
    async close() {
      out.end();
      await Promise.race([once(out, 'finish'), failed]);
    },
  };
}
