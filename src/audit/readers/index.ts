/**
 * Reads audit rows from export files, one record at a time: each file's bytes are split
 * into records (JSON Lines, a whole JSON document, CSV), each record is mapped to the agent
 * replies it holds (generic mapping, Zendesk, Freshdesk, Help Scout, the Twitter corpus), and
 * every reply gets its position in the whole input (seq, across files). A record that cannot
 * be read or mapped is reported with its file and line and counted; reading goes on.
 */
import { extname } from 'node:path';
import { AuditRowSchema, type SequencedRow } from '../schema.js';
import { csvRecords } from './csv.js';
import { openBytes, peek, STDIN, type ByteCount } from './input.js';
import { jsonItems, type JsonItem } from './json.js';
import { jsonlRecords } from './jsonl.js';
import { genericMapper, parseMap } from './map.js';
import { freshdeskMapper } from './freshdesk.js';
import { helpscoutMapper } from './helpscout.js';
import { isCorpusId, twcsMapper } from './twcs.js';
import { zendeskMapper } from './zendesk.js';
import { emptySideLoads, isObject, RecordError, text, type RawRecord, type ReadIssue, type RecordMapper, type SideLoads, type Where } from './types.js';

export const FORMATS = ['auto', 'jsonl', 'json', 'csv', 'zendesk', 'freshdesk', 'helpscout', 'twcs'] as const;
export type Format = (typeof FORMATS)[number];
type Shape = 'zendesk' | 'freshdesk' | 'helpscout' | 'twcs' | 'generic';

export interface ReadOptions {
  format?: Format;
  /** `--map` for generic exports. */
  map?: string;
  /** Stop after this many rows. */
  limit?: number;
  /** Bytes read so far, for the progress line. */
  bytes?: ByteCount;
  onIssue?: (issue: ReadIssue) => void;
}

/** What reading found, for the closing lines and the tests. */
export interface ReadStats {
  records: number;
  rows: number;
  /** Records reported and skipped. */
  bad: number;
}

/** Which export a record is, from its fields. */
export function shapeOf(record: unknown): Shape {
  if (!isObject(record)) return 'generic';
  const ticket = isObject(record.ticket) ? record.ticket : record;
  if (Array.isArray(ticket.comments)) return 'zendesk';
  if (Array.isArray(ticket.conversations) || 'description_text' in ticket) return 'freshdesk';
  if (isObject(record._embedded) && Array.isArray(record._embedded.threads)) return 'helpscout';
  if (isCorpusId(record.id) && ('reply' in record || 'text' in record)) return 'twcs';
  return 'generic';
}

const MAPPERS: Record<Exclude<Shape, 'generic'>, RecordMapper> = { zendesk: zendeskMapper, freshdesk: freshdeskMapper, helpscout: helpscoutMapper, twcs: twcsMapper };

type Layout = 'lines' | 'document' | 'csv';

/** How a file's bytes split into records: by the format, the extension, or its first character and line. */
function layoutOf(file: string, format: Format, head: string): Layout {
  const ext = extname(file).toLowerCase();
  if (format === 'csv') return 'csv';
  if (format === 'jsonl' || format === 'twcs') return 'lines';
  if (format === 'json') return 'document';
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'lines';
  if (ext === '.json') return 'document';
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'document';
  const firstLine = start.split('\n', 1)[0]!;
  try {
    JSON.parse(firstLine);
    return 'lines';
  } catch {
    return 'document';
  }
}

/** Zendesk pages side-load users and groups anywhere in the document: read them first (files only; standard input gets what comes before the tickets). */
async function sideLoadsOf(file: string, side: SideLoads): Promise<void> {
  for await (const item of jsonItems(openBytes(file), new Set(['user', 'group']))) addSideLoad(item, side);
}

function addSideLoad(item: JsonItem, side: SideLoads): void {
  if (!isObject(item.value)) return;
  const id = text(item.value.id);
  if (id === undefined) return;
  if (item.part === 'group') {
    const name = text(item.value.name);
    if (name) side.groups.set(id, name);
  } else side.users.set(id, { name: text(item.value.name), role: text(item.value.role), locale: text(item.value.locale) });
}

/** The records of one file, whatever its layout. */
async function* recordsOf(file: string, format: Format, side: SideLoads, options: ReadOptions, report: (issue: ReadIssue) => void): AsyncGenerator<RawRecord> {
  const name = file === STDIN ? '<stdin>' : file;
  const { head, bytes } = await peek(openBytes(file), options.bytes);
  const layout = layoutOf(file, format, head);
  if (layout === 'csv') yield* csvRecords(bytes, name, report);
  else if (layout === 'lines') yield* jsonlRecords(bytes, name, report);
  else {
    if (file !== STDIN && head.trimStart().replace(/^\uFEFF/, '').startsWith('{') && (format === 'auto' || format === 'zendesk')) await sideLoadsOf(file, side);
    for await (const item of jsonItems(bytes, new Set(['record', 'user', 'group']))) {
      if (item.part === 'record') yield { value: item.value, where: item.path ? { file: name, path: item.path } : { file: name } };
      else addSideLoad(item, side);
    }
  }
}

function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || 'row'}: ${i.message}`).join('; ');
}

/**
 * The rows of every file in order, numbered across files. Stops early at `limit`.
 * `stats` is filled in as it goes.
 */
export async function* readRows(files: readonly string[], options: ReadOptions = {}, stats: ReadStats = { records: 0, rows: 0, bad: 0 }): AsyncGenerator<SequencedRow> {
  const format = options.format ?? 'auto';
  const generic = genericMapper(parseMap(options.map));
  const report = (issue: ReadIssue) => {
    stats.bad++;
    options.onIssue?.(issue);
  };
  const limit = options.limit ?? Infinity;
  for (const file of files) {
    if (stats.rows >= limit) return;
    const side = emptySideLoads();
    let mapper: RecordMapper | undefined = format === 'auto' || format === 'jsonl' || format === 'json' || format === 'csv' ? undefined : MAPPERS[format];
    const records = recordsOf(file, format, side, options, report);
    try {
      for (;;) {
        let next: IteratorResult<RawRecord>;
        try {
          next = await records.next();
        } catch (error) {
          // A document that stops parsing (broken JSON, a file that vanished) loses the rest of that file only.
          report({ where: { file: file === STDIN ? '<stdin>' : file }, message: `stopped reading: ${(error as Error).message}` });
          break;
        }
        if (next.done) break;
        const { value, where } = next.value;
        stats.records++;
        // Without --format, the first record tells which export the file is.
        mapper ??= format === 'auto' && shapeOf(value) !== 'generic' ? MAPPERS[shapeOf(value) as Exclude<Shape, 'generic'>] : generic;
        let rows;
        try {
          rows = mapper(value, where, side);
        } catch (error) {
          if (!(error instanceof RecordError)) throw error;
          report({ where, message: error.message });
          continue;
        }
        for (const row of rows) {
          const parsed = AuditRowSchema.safeParse(row);
          if (!parsed.success) {
            report({ where: whereOfRow(where, row.id), message: fieldErrors(parsed.error.issues) });
            continue;
          }
          yield { seq: stats.rows++, row: parsed.data };
          if (stats.rows >= limit) return;
        }
      }
    } finally {
      await records.return(undefined); // closes the file when reading stops early
    }
  }
}

const whereOfRow = (where: Where, id: unknown): Where => (typeof id === 'string' && where.path === undefined && where.line === undefined ? { ...where, path: id } : where);

export type { ReadIssue, Where } from './types.js';
export { whereText } from './types.js';
