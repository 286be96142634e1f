/**
 * Generic exports (JSONL, JSON arrays, CSV) with a field mapping:
 * `--map reply=body,agent=author_id,at=created_at,customer=prev_message`. A path may go
 * into nested objects with dots (`author.name`); without a mapping, each field is read
 * from the column or key of its own name.
 */
import { basename } from 'node:path';
import { UsageError } from '../../documents/fixes.js';
import type { AuditRow } from '../schema.js';
import { compact, isObject, RecordError, text, type RecordMapper, type Where } from './types.js';

export const FIELDS = ['id', 'reply', 'agent', 'team', 'at', 'inReplyTo', 'locale', 'language', 'channel', 'subject', 'customerName'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldMap = Record<Field, string>;

/** Shorter names a mapping may use. */
const ALIASES: Record<string, Field> = { customer: 'inReplyTo', name: 'customerName' };

/** The mapping from `--map a=b,c=d`: every field not named reads the key of its own name. */
export function parseMap(spec: string | undefined): FieldMap {
  const map = Object.fromEntries(FIELDS.map((f) => [f, f])) as FieldMap;
  if (!spec) return map;
  for (const pair of spec.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    const path = eq < 0 ? '' : pair.slice(eq + 1).trim();
    const field: Field | undefined = ALIASES[name] ?? FIELDS.find((f) => f === name);
    if (!field) throw new UsageError(`--map: no field "${name}"; fields are ${[...FIELDS, ...Object.keys(ALIASES)].join(', ')}`);
    if (!path) throw new UsageError(`--map: "${name}" needs a column or key after =, e.g. ${name}=${name === 'reply' ? 'body' : 'my_column'}`);
    map[field] = path;
  }
  return map;
}

/** The value at a key, or at a dotted path into nested objects (a key with dots in it wins, as CSV columns may have them). */
export function valueAt(record: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(record, path)) return record[path];
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (!isObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** Where a record came from as an id, for exports whose records have none. */
export const whereId = (where: Where): string => `${basename(where.file)}:${where.line ?? where.path ?? ''}`;

export function genericMapper(map: FieldMap): RecordMapper {
  return (record, where) => {
    if (!isObject(record)) throw new RecordError(`a record must be a JSON object, got ${Array.isArray(record) ? 'an array' : typeof record}`);
    const get = (field: Field) => text(valueAt(record, map[field]));
    const reply = get('reply');
    if (reply === undefined) throw new RecordError(`no reply text at "${map.reply}"${map.reply === 'reply' ? ' (name the field with --map reply=<column>)' : ''}`);
    const row: Record<string, string | undefined> = { id: get('id') ?? whereId(where), reply };
    for (const field of FIELDS) if (field !== 'id' && field !== 'reply') row[field] = get(field);
    if (row.channel) row.channel = row.channel.toLowerCase();
    return [compact(row) as AuditRow];
  };
}
