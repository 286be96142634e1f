/**
 * The audit's data shapes: a reply as read from an export, what scoring one reply gives,
 * and the summary over many. Results travel between worker threads and queue workers, so
 * they are plain JSON; a summary is built from mergeable sums, so any split of the input
 * (threads, machines) merges to the same numbers.
 */
import { array, boolean, int, minimum, nullable, number, object, optional, pick, record, string, type output as Infer } from '../schema/zod.js';
import { FindingSchema } from '../schema/report.js';
import { CategorySchema, ChannelSchema, SeveritySchema } from '../schema/common.js';

/** One agent reply to score, after the export's fields were mapped. */
export const AuditRowSchema = object({
  /** Stable id from the source (ticket and comment id, tweet ids). */
  id: string(),
  /** The reply as sent. */
  reply: string(),
  agent: optional(string()),
  team: optional(string()),
  /** When it was sent, ISO 8601 (weeks are ISO weeks in UTC). */
  at: optional(string()),
  /** The customer's message it answers. */
  inReplyTo: optional(string()),
  /** The customer's locale (BCP 47). */
  locale: optional(string()),
  /** The reply's language, when the export knows it; detected otherwise. */
  language: optional(string()),
  channel: optional(ChannelSchema),
  subject: optional(string()),
  /** The customer's name, for greeting-by-name checks. */
  customerName: optional(string()),
});

/** A row with its position in the whole input: results are ordered, and ties broken, by it. */
export const SequencedRowSchema = object({ seq: int().check(minimum(0)), row: AuditRowSchema });

/** A finding as the audit keeps it: no line, column or suggestions (rows are scored, not edited). */
export const AuditFindingSchema = pick(FindingSchema, { ruleId: true, category: true, severity: true, message: true, start: true, end: true, excerpt: true });

/** What scoring one reply gives: enough for every summary, and the reply itself for the worst list. */
export const RowResultSchema = object({
  seq: int().check(minimum(0)),
  id: string(),
  agent: string(),
  team: string(),
  at: optional(string()),
  /** ISO week of `at` ("2026-W49"), or null without a valid date. */
  week: nullable(string()),
  language: string(),
  /** false when no rule pack covers the reply's language: not scored, not in the means. */
  supported: boolean(),
  /** The overall score, 0..100. */
  score: number(),
  scores: record(CategorySchema, number()),
  findings: array(AuditFindingSchema),
  reply: string(),
  /** Why the row's own options (locale, language, channel) were dropped, when the coach rejected them. */
  invalidOptions: optional(string()),
});

const CategoryStatsSchema = object({
  /** Findings of this category (any severity). */
  findings: int(),
  /** Mean category score over the checked replies, 0..100 (null when none was checked). */
  meanScore: nullable(number()),
});

/** The numbers of one group of replies (all, one agent, one team, one week). */
export const GroupStatsSchema = object({
  replies: int(),
  /** Replies in a supported language, which are scored. */
  checked: int(),
  meanScore: nullable(number()),
  errors: int(),
  warnings: int(),
  suggestions: int(),
  /** Checked replies with at least one warning or error: what a QA reviewer would mark down. */
  flagged: int(),
  categories: record(CategorySchema, CategoryStatsSchema),
});

export const RuleStatsSchema = object({
  ruleId: string(),
  category: CategorySchema,
  severity: SeveritySchema,
  /** Findings of the rule. */
  count: int(),
  /** Replies with at least one finding of the rule. */
  replies: int(),
  /** The first few findings in input order. */
  examples: array(object({ id: string(), excerpt: string(), message: string() })),
});

export const WorstReplySchema = object({
  seq: int(),
  id: string(),
  agent: string(),
  team: string(),
  at: optional(string()),
  score: number(),
  reply: string(),
  findings: array(AuditFindingSchema),
});

export const AuditSummarySchema = object({
  totals: GroupStatsSchema,
  /** Replies per language code (detected or given). */
  languages: record(string(), int()),
  agents: array(object({ agent: string(), stats: GroupStatsSchema })),
  teams: array(object({ team: string(), stats: GroupStatsSchema })),
  /** By ISO week, oldest first; replies without a date are under "undated". */
  weeks: array(object({ week: string(), stats: GroupStatsSchema })),
  /** Every rule that fired, most findings first. */
  rules: array(RuleStatsSchema),
  /** The lowest-scoring checked replies, lowest first (ties: input order). */
  worst: array(WorstReplySchema),
});

export type AuditRow = Infer<typeof AuditRowSchema>;
export type SequencedRow = Infer<typeof SequencedRowSchema>;
export type AuditFinding = Infer<typeof AuditFindingSchema>;
export type RowResult = Infer<typeof RowResultSchema>;
export type GroupStats = Infer<typeof GroupStatsSchema>;
export type RuleStats = Infer<typeof RuleStatsSchema>;
export type WorstReply = Infer<typeof WorstReplySchema>;
export type AuditSummary = Infer<typeof AuditSummarySchema>;
