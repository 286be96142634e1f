/** Scores one job's rows into an accumulator: what a worker stores as the job's result. */
import type { Coach } from '../../coach/coach.js';
import { scoreRow } from '../score-row.js';
import { accumulate, createAccumulator, type Accumulator, type SummaryLimits } from '../summary.js';
import type { JobData } from './schema.js';

export function scoreJob(coach: Coach, limits: SummaryLimits, job: JobData): Accumulator {
  const acc = createAccumulator(limits);
  for (const { seq, row } of job.rows) accumulate(acc, scoreRow(coach, seq, row));
  return acc;
}
