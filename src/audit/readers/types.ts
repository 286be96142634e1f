/** What the audit's readers share: a raw record with where it came from, and the problems they report. */
import { htmlText } from '../../documents/html.js';
import type { AuditRow } from '../schema.js';

/** Where a record sits in its file: a line (JSONL, CSV) or a position in a JSON array. */
export interface Where {
  file: string;
  /** 1-based line of the record's start. */
  line?: number;
  /** The record's path in a whole-file JSON document, e.g. "tickets[3]". */
  path?: string;
}

export const whereText = (w: Where): string => `${w.file}${w.line !== undefined ? `:${w.line}` : ''}${w.path !== undefined ? ` (${w.path})` : ''}`;

/** A record as a source reads it, before it is turned into audit rows. */
export interface RawRecord {
  value: unknown;
  where: Where;
}

/** A record that could not be read or mapped: counted and reported, never a crash, never dropped in silence. */
export interface ReadIssue {
  where: Where;
  message: string;
}

/** A record that is readable but not the shape the format needs; the message names the field. */
export class RecordError extends Error {
  override readonly name = 'RecordError';
}

/** Names and kinds of people and groups that an export side-loads (Zendesk users and groups). */
export interface SideLoads {
  users: Map<string, { name?: string; role?: string; locale?: string }>;
  groups: Map<string, string>;
}

export const emptySideLoads = (): SideLoads => ({ users: new Map(), groups: new Map() });

/** Turns one record of an export into the agent replies it holds (a ticket holds several). */
export type RecordMapper = (record: unknown, where: Where, side: SideLoads) => AuditRow[];

/** A value from an export as text: ids may be numbers; empty and missing are both absent. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return undefined;
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object a record must be, or a RecordError naming what it is instead. */
export function asObject(value: unknown, what: string): Record<string, unknown> {
  if (!isObject(value)) throw new RecordError(`${what} must be a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  return value;
}

/** Drops the fields that are absent, so rows carry only what the export has. */
export function compact(row: Record<string, string | undefined>): AuditRow {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) if (value !== undefined) out[key] = value;
  return out as AuditRow;
}

/** Sorts messages by time where every one has a parseable time; keeps the export's order otherwise. */
export function chronological<T>(items: readonly T[], at: (item: T) => unknown): T[] {
  const times = items.map((item) => Date.parse(String(at(item) ?? '')));
  if (times.some(Number.isNaN)) return [...items];
  return items.map((item, i) => ({ item, time: times[i]!, i })).sort((a, b) => a.time - b.time || a.i - b.i).map((x) => x.item);
}

/** A message's text: the first plain-text field the export fills, else its HTML field read as text. */
export function messageText(message: Record<string, unknown>, plain: readonly string[], html: string): string | undefined {
  for (const key of plain) {
    const value = text(message[key]);
    if (value !== undefined) return value;
  }
  const markup = text(message[html]);
  return markup === undefined ? undefined : htmlText(markup).text;
}
