/** Scores one exported reply with a coach: the report cut down to what the audit keeps. */
import type { Coach } from '../coach/coach.js';
import type { AnalyzeOptions } from '../schema/options.js';
import type { AuditRow, RowResult } from './schema.js';
import { isoWeek } from './week.js';

/** Rows without an agent or team are grouped under this name. */
export const UNKNOWN = '(unknown)';

export function scoreRow(coach: Coach, seq: number, row: AuditRow): RowResult {
  const options: AnalyzeOptions = {};
  if (row.language) options.language = row.language;
  if (row.channel) options.channel = row.channel;
  if (row.inReplyTo) options.inReplyTo = row.inReplyTo;
  if (row.subject !== undefined) options.subject = row.subject;
  if (row.locale || row.customerName) {
    options.audience = {};
    if (row.locale) options.audience.locale = row.locale;
    if (row.customerName) options.audience.name = row.customerName;
  }
  let report;
  let invalidOptions: string | undefined;
  try {
    report = coach.analyze(row.reply, options);
  } catch (error) {
    // A row whose locale or language the coach rejects is still scored, without them,
    // and says why: one bad row must not stop an audit of a million.
    invalidOptions = (error as Error).message;
    report = coach.analyze(row.reply, row.inReplyTo ? { inReplyTo: row.inReplyTo } : {});
  }
  const { overall, ...scores } = report.scores;
  return {
    seq,
    id: row.id,
    agent: row.agent || UNKNOWN,
    team: row.team || UNKNOWN,
    ...(row.at ? { at: row.at } : {}),
    week: isoWeek(row.at),
    language: report.language.code,
    supported: report.language.supported !== false,
    score: overall,
    scores,
    // The audit keeps no line, column or suggestions (AuditFindingSchema).
    findings: report.findings.map(({ ruleId, category, severity, message, start, end, excerpt }) => ({ ruleId, category, severity, message, start, end, excerpt })),
    reply: row.reply,
    ...(invalidOptions ? { invalidOptions } : {}),
  };
}
