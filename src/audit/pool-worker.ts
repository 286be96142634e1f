/**
 * The audit pool's worker thread (dist/audit-worker.js): scores one batch of rows per task with
 * a coach built once per thread from the plain-data config the pool was started with.
 */
import { Tinypool } from 'tinypool';
import { createCoach, type Coach, type CoachConfig } from '../index.js';
import type { RowResult, SequencedRow } from './schema.js';
import { scoreRow } from './score-row.js';

/** What the pool hands every worker: the CLI's packs, rules and options as JSON, never functions. */
export interface PoolWorkerData {
  coachConfig: CoachConfig;
}

let coach: Coach | undefined;

/** Built on the first task, not at import: a config the coach rejects fails that task (and the audit), it does not kill the thread. */
function coachOfThread(): Coach {
  return (coach ??= createCoach((Tinypool.workerData as PoolWorkerData).coachConfig));
}

export default function scoreBatch(rows: SequencedRow[]): RowResult[] {
  const c = coachOfThread();
  return rows.map(({ seq, row }) => scoreRow(c, seq, row));
}
