/**
 * What an audit run puts in Redis for its workers: the run's metadata (the coach's
 * config as data, so a worker on another machine builds the same coach) and the jobs
 * (slices of the input). Workers check both with these schemas before they use them.
 */
import { array, int, minimum, object, pick, string, type output as Infer } from '../../schema/zod.js';
import { CoachConfigSchema } from '../../schema/options.js';
import { SequencedRowSchema } from '../schema.js';

/** The part of a coach's config that is plain data (no detector or nlp functions): language, channel, rules, packs… */
export const QueueCoachConfigSchema = pick(CoachConfigSchema, {
  language: true,
  audience: true,
  channel: true,
  categories: true,
  rules: true,
  packs: true,
  template: true,
  team: true,
  builtinPacks: true,
});

export const RunMetaSchema = object({
  /** The reply-coach version of the producer; a worker of another version leaves the run alone (scores would differ). */
  version: string(),
  createdAt: string(),
  config: QueueCoachConfigSchema,
  /** The summary limits: every job's accumulator must be built with the producer's. */
  limits: object({ worst: int().check(minimum(0)), examples: int().check(minimum(0)) }),
});

/** One job: a slice of the input, and its index, under which its result is stored exactly once. */
export const JobDataSchema = object({ index: int().check(minimum(0)), rows: array(SequencedRowSchema) });

export type QueueCoachConfig = Infer<typeof QueueCoachConfigSchema>;
export type RunMeta = Infer<typeof RunMetaSchema>;
export type JobData = Infer<typeof JobDataSchema>;

/** Redis keys and BullMQ names of a run. BullMQ queue names may not hold ':', Redis keys use it. */
export const RUNS_KEY = 'reply-coach:audit:runs';
export const metaKey = (runId: string): string => `reply-coach:audit:run:${runId}`;
export const resultsKey = (runId: string): string => `reply-coach:audit:run:${runId}:results`;
export const queueName = (runId: string): string => `reply-coach-audit-${runId}`;
/** A result the producer has merged is replaced by this, so Redis holds no more than the jobs in flight. */
export const MERGED = 'merged';
