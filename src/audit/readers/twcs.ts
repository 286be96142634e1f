/**
 * The Twitter customer-support corpus in ../shared/corpus (see its SOURCES.md): pairs-*.jsonl
 * rows {id, source, customer, reply} and replies-*.jsonl rows {id, source, text}, ids
 * "<source>:<brand>:<tweet ids>". It has no timestamps and no agent ids: the brand is the team,
 * and the agent is the reply's sign-off (^JK, -Becky, *SR, /CB, ~AT) within that brand.
 * The file name's language (pairs-en.jsonl) is the one the corpus was filtered to.
 */
import { basename } from 'node:path';
import type { AuditRow } from '../schema.js';
import { asObject, compact, RecordError, text, type RecordMapper } from './types.js';

const ID = /^(?:twcs|ibmcdp):([^:]+):/;
/** A sign-off closing the reply: a mark, an optional space, initials or a first name. */
const SIGN_OFF = /(?:^|\s)([-^*~/])\s?([A-Z][A-Za-z]{0,14})\s*$/;
const FILE_LANGUAGE = /-([a-z]{2})\.jsonl$/;

/** The agent's sign-off at the end of a reply ("^JK"), or undefined. */
export function signOff(reply: string): string | undefined {
  const m = SIGN_OFF.exec(reply);
  return m ? `${m[1]}${m[2]}` : undefined;
}

export const isCorpusId = (id: unknown): boolean => typeof id === 'string' && ID.test(id);

export const twcsMapper: RecordMapper = (record, where) => {
  const row = asObject(record, 'a corpus row');
  const id = text(row.id);
  const brand = id === undefined ? undefined : ID.exec(id)?.[1];
  if (!id || !brand) throw new RecordError(`id: expected "<source>:<brand>:<tweet ids>", got ${JSON.stringify(row.id)}`);
  const reply = text(row.reply) ?? text(row.text);
  if (reply === undefined) throw new RecordError(`${id}: no "reply" (pairs) or "text" (replies)`);
  const mark = signOff(reply);
  return [
    compact({
      id,
      reply,
      team: brand,
      // Initials are only unique within a brand.
      agent: mark ? `${brand} ${mark}` : undefined,
      inReplyTo: text(row.customer),
      channel: 'social',
      language: FILE_LANGUAGE.exec(basename(where.file))?.[1],
    }) as AuditRow,
  ];
};
